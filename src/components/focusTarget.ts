import { tasksById } from '../content/lookups';
import type { Target } from '../rules/evaluate';

/** The id of the control a blocker or the next step leads to. */
export function targetId(target: Target): string {
  if (target.kind === 'question') return `q-${target.questionId}-yes`;
  return tasksById.get(target.taskId)?.kind === 'method' ? 'method-online' : `task-${target.taskId}`;
}

export function focusTarget(target: Target) {
  const el = document.getElementById(targetId(target));
  if (!el) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}
