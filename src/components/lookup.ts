import { checklist } from '../content/checklist';
import { questionsById, stepsById } from '../content/lookups';
import type { Bilingual } from '../content/types';
import type { Target } from '../rules/evaluate';

/** What a blocker or next step is called on the page. */
export function targetTitle(target: Target): Bilingual {
  switch (target.kind) {
    case 'question':
      return questionsById.get(target.questionId)?.title ?? { zh: target.questionId, en: target.questionId };
    case 'method':
      return checklist.method.title;
    case 'step':
      return stepsById.get(target.stepId)?.title ?? { zh: target.stepId, en: target.stepId };
  }
}
