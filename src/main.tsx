import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langFromAddress } from './components/useLang';
import { followOtherTabs, useProgress } from './store/progressStore';
import './styles.css';

const fromAddress = langFromAddress();
if (fromAddress) useProgress.getState().setLang(fromAddress);

followOtherTabs();
// Ask the browser to keep this site's data rather than clear it under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support comes after the page is up: none of it is on the first load's path.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void import('./pwa').then(({ startServiceWorker }) => startServiceWorker());
}
