import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';
import { pageShown, startNavigation } from '../app/navigation';
import type { Lang } from '../content/types';
import { useDevice } from '../store/lines';

/** Renders the app at an address (`#/`, `#/questions`, `#/task/backup`…) in a language, its page loaded. */
export async function openPage(hash: string, lang: Lang) {
  useDevice.getState().setLang(lang);
  history.replaceState(null, '', hash);
  await act(() => startNavigation());
  const user = userEvent.setup();
  render(<App />);
  return user;
}

/** Follows a link or Back to another address, and waits until its page is on screen. */
export async function goTo(hash: string) {
  await act(async () => {
    // The navigation starts on the address's change event (its listener comes first), then loads and renders the page.
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = hash;
    await changed;
    await pageShown();
  });
}
