import { useEffect, type ComponentType } from 'react';
import { create } from 'zustand';

/**
 * A view whose code the first render does not wait for, because most first renders show nothing of it. It
 * renders nothing until its code is in, and asks for it only once the page has something for it to show
 * (`when`): a page with nothing for it never fetches it, so nothing else waits behind it. `preload` asks
 * earlier: main.tsx awaits it before the first render when the line will show the view, so that it never
 * moves in under the person's eyes or finger. If the code cannot load (offline, with no copy kept), the view
 * stays away and nothing else is lost; the next render asks again.
 */
export function later<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const useLoaded = create<{ View: ComponentType<Props> | null }>(() => ({ View: null }));
  let loading: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (View) => useLoaded.setState({ View }),
      () => {
        loading = null;
      },
    ));
  function Later({ when, ...props }: Props & { when: boolean }) {
    const View = useLoaded((s) => s.View);
    useEffect(() => {
      if (when && !View) void preload();
    });
    return View ? <View {...(props as Props)} /> : null;
  }
  return { Later, preload };
}

/** Storage warnings (StorageAlerts.tsx), in the fixed bar at the foot of every page (app/BottomBar.tsx). */
export const storageAlertsView = later(() => import('./StorageAlerts').then((m) => m.StorageAlerts));

/** The notice that the browser can remove the progress (KeepWarning.tsx): said once, when there is progress. */
export const keepWarningView = later(() => import('./KeepWarning').then((m) => m.KeepWarning));

/** The dates to come (ComingDates.tsx): only a line with a date written down, or submitted, has any (`mayHaveComingDates`). */
export const comingDatesView = later(() => import('./ComingDates').then((m) => m.ComingDates));
