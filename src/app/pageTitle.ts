import type { CoreWords } from '../content/words';
import type { Route } from '../routing/route';

/** The browser tab's title for a page: the page, then the app. */
export function pageTitle(words: CoreWords, route: Route): string {
  const t = words.ui;
  switch (route.page) {
    case 'overview':
      return t.documentTitle;
    case 'task':
      // A step of the other list has no title on this one: the app's name alone.
      return words.tasks[route.taskId] ? `${words.tasks[route.taskId]?.title} · ${t.appTitle}` : t.appTitle;
    default:
      return `${t.pages[route.page]} · ${t.appTitle}`;
  }
}
