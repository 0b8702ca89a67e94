import type { CoreWords } from '../content/words';
import type { Route } from '../routing/route';

/** The browser tab's title for a page: the page, then the app. */
export function pageTitle(words: CoreWords, route: Route): string {
  const t = words.ui;
  switch (route.page) {
    case 'overview':
      return t.documentTitle;
    case 'task':
      return `${words.tasks[route.taskId]?.title ?? route.taskId} · ${t.appTitle}`;
    default:
      return `${t.pages[route.page]} · ${t.appTitle}`;
  }
}
