import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { browserLang, defaultLang, langFromAddress } from './components/useLang';
import { showsFirstScreen } from './firstScreen';
import { followOtherTabs, useProgress } from './store/progressStore';
import { initialStorageStatus, useStorageStatus } from './store/progressStorage';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The build prerenders the first screen into #root (src/prerender.tsx). React may hydrate it only if this
// browser renders exactly that: hydration renders from the stores' initial state and the browser's language,
// so nothing may have been loaded from storage, and both the browser's and the address's language must be
// the default one. Decided before the address's language is applied, which changes the state.
const fromAddress = langFromAddress();
const hydrates =
  root.hasAttribute('data-prerendered') &&
  (fromAddress ?? defaultLang) === defaultLang &&
  showsFirstScreen(
    {
      state: useProgress.getState(),
      initialState: useProgress.getInitialState(),
      storageStatus: useStorageStatus.getState(),
      initialStorageStatus,
      lang: browserLang(),
    },
    defaultLang,
  );

if (fromAddress) useProgress.getState().setLang(fromAddress);

followOtherTabs();
// Ask the browser to keep this site's data rather than clear it under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (hydrates) {
  hydrateRoot(root, app);
} else {
  // Not this person's page: drop it (public/boot.js has kept it hidden) and render theirs.
  root.replaceChildren();
  root.removeAttribute('data-prerendered');
  createRoot(root).render(app);
}
// React is listening now (events during hydration are replayed once it is done): the page may be used.
root.removeAttribute('inert');
document.documentElement.removeAttribute('data-prerender');

// Offline support comes after the page is up: none of it is on the first load's path.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void import('./pwa').then(({ startServiceWorker }) => startServiceWorker());
}
