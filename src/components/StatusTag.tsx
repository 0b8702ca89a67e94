import type { TaskStatus } from '../content/types';

/** A task's status in words, beside its name (GOV.UK task-list tags). */
export function StatusTag({ status, label }: { status: TaskStatus; label: string }) {
  return <strong className={`tag tag-${status}`}>{label}</strong>;
}
