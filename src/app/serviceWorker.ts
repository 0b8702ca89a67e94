import { registerSW } from 'virtual:pwa-register';
import { useUpdateStatus } from './updateStatus';

/** Registers the service worker (loaded after the first render, so it costs nothing up front). */
export function startServiceWorker() {
  const update = registerSW({
    onNeedRefresh() {
      useUpdateStatus.setState({
        ready: true,
        apply: () => {
          // workbox reloads only pages that were already controlled when it registered (not a first visit);
          // reloading on the controller change covers both.
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
          void update(true);
        },
      });
    },
  });
}
