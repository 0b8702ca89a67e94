import { questionsById, tasksById } from '../content/lookups';
import type { Bilingual } from '../content/types';
import type { Target } from '../rules/evaluate';

/** What a blocker or the next step is called on the page. */
export function targetTitle(target: Target): Bilingual {
  if (target.kind === 'question') return questionsById.get(target.questionId)?.title ?? { zh: target.questionId, en: target.questionId };
  return tasksById.get(target.taskId)?.title ?? { zh: target.taskId, en: target.taskId };
}
