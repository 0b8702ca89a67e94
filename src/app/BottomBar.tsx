import { useEffect, useRef } from 'react';
import { storageAlertsView } from '../components/later';
import { hasStorageWarning, useStorageStatus } from '../store/progressStorage';
import { UpdateBanner } from './UpdateBanner';

/**
 * Warnings that can appear at any moment (storage, a new version) sit in one bar fixed at the foot of the
 * screen: they appear where the person can see them without moving anything under their finger. The page
 * keeps room for the bar below its end and scrolls focus clear of it (`--bottom-bar`, styles.css), and a
 * focused control the bar would cover when it appears is brought into view above it (WCAG 2.2 "focus not
 * obscured").
 */
export function BottomBar() {
  const warning = useStorageStatus(hasStorageWarning);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const height = element.offsetHeight;
      document.documentElement.style.setProperty('--bottom-bar', `${height}px`);
      const focused = document.activeElement;
      if (height > 0 && focused instanceof HTMLElement && focused !== document.body && !element.contains(focused)) {
        if (focused.getBoundingClientRect().bottom > window.innerHeight - height) focused.scrollIntoView({ block: 'nearest' });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="bottom-bar screen-only" ref={bar}>
      <div role="alert" className="storage-alerts">
        <storageAlertsView.Later when={warning} />
      </div>
      <UpdateBanner />
    </div>
  );
}
