import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Draws the page with React DOM, the largest file the page loads. main.tsx imports this module together with
 * the words and the page file the address names, and index.html preloads it (vite.config.ts), so they all
 * download at once rather than one after another.
 */
export function render(root: HTMLElement, page: ReactNode) {
  createRoot(root).render(page);
}
