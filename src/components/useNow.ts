import { useEffect } from 'react';
import { create } from 'zustand';

/** One clock for the whole page, refreshed every minute while anything shows a relative time. */
const useClock = create<{ now: number }>()(() => ({ now: Date.now() }));
let timer: ReturnType<typeof setInterval> | undefined;
let users = 0;

/** The current time, so "today" and "3 days ago" stay true on a page left open. */
export function useNow(): number {
  useEffect(() => {
    users += 1;
    timer ??= setInterval(() => useClock.setState({ now: Date.now() }), 60_000);
    return () => {
      users -= 1;
      if (users === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }, []);
  return useClock((s) => s.now);
}
