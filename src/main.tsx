import { StrictMode } from 'react';
import { addInstallLinks } from './app/installLinks';
import { App } from './app/App';
import { startNavigation } from './app/navigation';
import { chosenLang, currentPath, langFromAddress, loadWords } from './i18n/useLang';
import { pathOf } from './content/paths';
import { comingDatesView, keepWarningView } from './components/later';
import { mayHaveComingDates } from './rules/dates';
import { keepWarningDue, useDevice } from './store/lines';
import { followOtherTabs, useProgress, whenRead } from './store/progressStore';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const fromAddress = langFromAddress();
if (fromAddress) useDevice.getState().setLang(fromAddress);

followOtherTabs();
// Whenever the language changes (here, in another tab, by an import), all its words load, for whatever page
// comes next; the page keeps the language it shows until they are in.
useDevice.subscribe((state, before) => {
  if (state.lang !== before.lang) void loadWords(chosenLang(state.lang), currentPath(), { pages: true }).catch(() => undefined);
});
// Whenever the list changes path (the first answer, another line, an import), that path's words load; the
// other path's never do.
useProgress.subscribe((state, before) => {
  const path = pathOf(state.answers);
  if (path !== pathOf(before.answers)) void loadWords(chosenLang(useDevice.getState().lang), path, { pages: true }).catch(() => undefined);
});
// Ask the browser to keep this site's data rather than clear it under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

/**
 * Everything the first render needs, asked for at once so that nothing waits for anything else: React DOM and
 * the stylesheet (which index.html preloads: vite.config.ts), the words of the language and path on screen, the page
 * the address names (with the rest of that language's words, for any page but the overview) and the open
 * line's saved progress. Only this code can name the words and the page: they depend on the address and on
 * what this device saved. The stylesheet is applied just before the first render, so it blocks no paint and
 * nothing shows unstyled.
 * Not a top-level await: the page files import this file's chunk (vite.config.ts puts everything the first
 * page needs in one), and a module still awaiting at its top level would keep them waiting for ever.
 */
async function start(root: HTMLElement) {
  const [{ render }] = await Promise.all([
    import('./app/render'),
    import('./styles.css'),
    // The words of the open line's path, and the overview's views that only some lines show if this one may:
    // known once its progress is read (at once, from localStorage).
    whenRead().then(() =>
      Promise.all([
        loadWords(chosenLang(useDevice.getState().lang), currentPath(), { pages: false }),
        mayHaveComingDates(useProgress.getState()) ? comingDatesView.preload() : null,
        keepWarningDue(useDevice.getState().storageNoticeSeen, useProgress.getState().history) ? keepWarningView.preload() : null,
      ]),
    ),
    startNavigation(),
  ]);
  render(
    root,
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline support and what makes the page installable wait until it is on screen: none of it is on the first
  // paint's path.
  afterFirstPaint(() => addInstallLinks());
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    afterFirstPaint(() => void import('./app/serviceWorker').then(({ startServiceWorker }) => startServiceWorker()));
  }
}

/** Calls `then` once the page has painted something (the browser's first-contentful-paint entry). */
function afterFirstPaint(then: () => void) {
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return then();
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    then();
  }).observe({ type: 'paint', buffered: true });
}

void start(root);
