import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startNavigation } from './app/navigation';
import { chosenLang, langFromAddress, loadWords } from './i18n/useLang';
import { useDevice } from './store/lines';
import { followOtherTabs, whenRead } from './store/progressStore';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const fromAddress = langFromAddress();
if (fromAddress) useDevice.getState().setLang(fromAddress);

followOtherTabs();
// Whenever the language changes (here, in another tab, by an import), all its words load, for whatever page
// comes next; the page keeps the language it shows until they are in.
useDevice.subscribe((state, before) => {
  if (state.lang !== before.lang) void loadWords(chosenLang(state.lang), { pages: true }).catch(() => undefined);
});
// Ask the browser to keep this site's data rather than clear it under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

/**
 * The words of the language on screen, the page the address names (with its words) and the open line's saved
 * progress, then the first render.
 * Not a top-level await: the page files import this file's chunk (vite.config.ts puts everything the first
 * page needs in one), and a module still awaiting at its top level would keep them waiting for ever.
 */
async function start(root: HTMLElement) {
  await Promise.all([loadWords(chosenLang(useDevice.getState().lang), { pages: false }), startNavigation(), whenRead()]);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline support comes after the page is up: none of it is on the first load's path.
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    void import('./app/serviceWorker').then(({ startServiceWorker }) => startServiceWorker());
  }
}

void start(root);
