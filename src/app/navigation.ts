import { flushSync } from 'react-dom';
import { create } from 'zustand';
import type { Page } from '../routing/pageProps';
import { parseRoute, type PageName, type Route } from '../routing/route';
import { currentLang, currentPath, loadWords } from '../i18n/useLang';

/**
 * The pages other than the overview are files of their own, loaded when first opened (the service worker
 * keeps them for offline use). The overview comes with the app, so the page most visits start on needs
 * nothing more.
 */
const pageFiles: Readonly<Record<Exclude<PageName, 'overview'>, () => Promise<Page>>> = {
  questions: () => import('../pages/QuestionsPage').then((m) => m.QuestionsPage),
  task: () => import('../pages/TaskPage').then((m) => m.TaskPage),
  print: () => import('../pages/PrintPage').then((m) => m.PrintPage),
  data: () => import('../pages/DataPage').then((m) => m.DataPage),
  lines: () => import('../pages/LinesPage').then((m) => m.LinesPage),
  notFound: () => import('../pages/NotFoundPage').then((m) => m.NotFoundPage),
};

interface Navigation {
  readonly route: Route;
  /** The page for the route, or null for the overview (which App renders itself). */
  readonly page: Page | null;
  /** A page file could not be loaded (offline before it was ever kept, or a newer version replaced it). */
  readonly failed: boolean;
}

export const useNavigation = create<Navigation>(() => ({ route: { page: 'overview' }, page: null, failed: false }));

/** The page's file and, for any page but the overview, the rest of the words of the language on screen. */
async function pageFor(route: Route): Promise<Page | null> {
  if (route.page === 'overview') return null;
  const [page] = await Promise.all([pageFiles[route.page](), loadWords(currentLang(), currentPath(), { pages: true })]);
  return page;
}

/** Where the person was on the overview when they left it, to return there with Back. */
let overviewScroll = 0;
/** Counts navigations, so a slow page file never lands after a newer one. */
let latest = 0;
/** The latest navigation: it settles once its page is on screen, or its file failed to load. */
let shown: Promise<void> = Promise.resolve();

/** Resolves once the page for the address is on screen, including a navigation that starts while waiting. */
export async function pageShown(): Promise<void> {
  let awaited: Promise<void>;
  do {
    awaited = shown;
    await awaited;
  } while (awaited !== shown);
}

async function go(route: Route, { moveFocus }: { moveFocus: boolean }) {
  const ticket = ++latest;
  let page: Page | null;
  try {
    page = await pageFor(route);
  } catch {
    if (ticket === latest) useNavigation.setState({ route, page: null, failed: true });
    return;
  }
  if (ticket !== latest) return;
  // Rendered now, not later, so the new page's heading is there to take the focus.
  flushSync(() => useNavigation.setState({ route, page, failed: false }));
  if (!moveFocus) return;
  const heading = document.getElementById('page-heading');
  heading?.focus({ preventScroll: true });
  window.scrollTo(0, route.page === 'overview' ? overviewScroll : 0);
}

function onHashChange(event: HashChangeEvent) {
  const from = parseRoute(new URL(event.oldURL).hash);
  if (from.page === 'overview') overviewScroll = window.scrollY;
  shown = go(parseRoute(location.hash), { moveFocus: true });
}

/**
 * Follows the address from now on, and loads the first page: on a first load the browser's own focus and
 * scroll stay as they are. Scrolling on Back and Forward is the page's (overview: where the person was; any
 * other page: its top), not the browser's guess.
 */
export async function startNavigation(): Promise<void> {
  history.scrollRestoration = 'manual';
  window.addEventListener('hashchange', onHashChange);
  shown = go(parseRoute(location.hash), { moveFocus: false });
  await shown;
}
