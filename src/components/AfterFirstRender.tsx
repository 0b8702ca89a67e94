import { lazy, Suspense, useSyncExternalStore } from 'react';

// The history and the import/export panel sit at the end of the page: they load after the first render, so
// the first screen does not wait for them (and the prerendered page and its hydration stay the same).
const HistoryView = lazy(() => import('./HistoryView').then((m) => ({ default: m.HistoryView })));
const DataPanel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));

const noChanges = () => () => {};

export function AfterFirstRender() {
  // False in the build's prerender and while hydrating it (so both render the same), true in the browser.
  const inBrowser = useSyncExternalStore(noChanges, () => true, () => false);
  if (!inBrowser) return null;
  return (
    <Suspense fallback={null}>
      <HistoryView />
      <DataPanel />
    </Suspense>
  );
}
