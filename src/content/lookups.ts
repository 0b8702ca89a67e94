import { checklist } from './checklist';
import { isTickable, kinds, type ListItem, type Question, type Task } from './types';

/** Lookups over the built-in checklist, made once for every layer that needs them. */
const allTasks = checklist.groups.flatMap((g) => g.tasks);

export const tasksById: ReadonlyMap<string, Task> = new Map(allTasks.map((t) => [t.id, t]));
export const questionsById: ReadonlyMap<string, Question> = new Map(checklist.questions.map((q) => [q.id, q]));
/** List items by their tick ids: `rebind.wechat`. */
export const listItemsById: ReadonlyMap<string, ListItem> = new Map(
  allTasks.flatMap((t) => (t.list ?? []).flatMap((g) => g.items.map((i) => [`${t.id}.${i.id}`, i] as const))),
);
/** The tasks whose tick is the submission of the cancellation. */
export const submitTaskIds: ReadonlySet<string> = new Set(allTasks.filter((t) => kinds[t.kind].isSubmission).map((t) => t.id));
/** Tasks a person ticks themselves (not the method choice, the confirmation, or a task made of a list). */
export const tickableTaskIds: ReadonlySet<string> = new Set(allTasks.filter(isTickable).map((t) => t.id));
/** Tasks that come after the submission (kinds' `afterSubmission`). */
export const afterSubmissionTaskIds: ReadonlySet<string> = new Set(allTasks.filter((t) => kinds[t.kind].afterSubmission).map((t) => t.id));
/** Whether any step that comes after the submission is ticked. */
export const afterSubmissionTicked = (ticks: Readonly<Record<string, unknown>>): boolean => Object.keys(ticks).some((id) => afterSubmissionTaskIds.has(id));

/**
 * A task as its page shows it: its list cut to the items that apply (`applies`, by tick id: the evaluation's
 * `listItems`), without groups left empty (the other path's).
 */
export function withItemsShown(task: Task, applies: ReadonlySet<string>): Task {
  if (!task.list) return task;
  const list = task.list.map((g) => ({ ...g, items: g.items.filter((i) => applies.has(`${task.id}.${i.id}`)) })).filter((g) => g.items.length > 0);
  return { ...task, list };
}
