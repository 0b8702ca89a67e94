import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

/**
 * The first screen as a person on their first visit sees it: the default language (Chinese), nothing
 * answered or ticked. The build puts it in index.html so the first paint does not wait for JavaScript;
 * `main.tsx` hydrates it when the browser would show exactly this, and renders afresh otherwise.
 */
export function firstScreenMarkup(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
