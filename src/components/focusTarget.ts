import type { Target } from '../rules/evaluate';

/** The id of the control a blocker or the next step leads to. */
export function targetId(target: Target): string {
  switch (target.kind) {
    case 'question':
      return `q-${target.questionId}-yes`;
    case 'method':
      return 'method-online';
    case 'step':
      return `step-${target.stepId}`;
  }
}

export function focusTarget(target: Target) {
  const el = document.getElementById(targetId(target));
  if (!el) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}
