import { tasksById } from '../content/lookups';
import type { Target } from '../rules/evaluate';

/**
 * The pages, each at its own address after `#` (static hosting and the offline copy serve one file; Back,
 * Forward and reload work on every page).
 */
export type Route =
  | { readonly page: 'overview' }
  | { readonly page: 'questions' }
  | { readonly page: 'task'; readonly taskId: string }
  | { readonly page: 'print' }
  | { readonly page: 'data' }
  | { readonly page: 'lines' }
  | { readonly page: 'notFound' };

export type PageName = Route['page'];

/** The route an address's hash names: `#/`, `#/questions`, `#/task/<id>`, `#/print`, `#/data`, `#/lines`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { page: 'overview' };
  if (path === '/questions') return { page: 'questions' };
  if (path === '/print') return { page: 'print' };
  if (path === '/data') return { page: 'data' };
  if (path === '/lines') return { page: 'lines' };
  const task = /^\/task\/([A-Za-z]+)$/.exec(path);
  if (task?.[1] && tasksById.has(task[1])) return { page: 'task', taskId: task[1] };
  return { page: 'notFound' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'overview':
    case 'notFound':
      return '#/';
    case 'task':
      return `#/task/${route.taskId}`;
    default:
      return `#/${route.page}`;
  }
}

/** Where the next step or a blocker leads: the questions page, or the task's page. */
export function hrefOfTarget(target: Target): string {
  return target.kind === 'question' ? hrefOf({ page: 'questions' }) : hrefOf({ page: 'task', taskId: target.taskId });
}
