import { checklist } from '../content/checklist';
import type { Bilingual, Question, Step } from '../content/types';
import type { Target } from '../rules/evaluate';

const steps = new Map<string, Step>(checklist.stages.flatMap((s) => s.steps.map((st) => [st.id, st] as const)));
const questions = new Map<string, Question>(checklist.stages.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));

export function stepById(id: string): Step | undefined {
  return steps.get(id);
}

/** What a blocker or next step is called on the page. */
export function targetTitle(target: Target): Bilingual {
  switch (target.kind) {
    case 'question':
      return questions.get(target.questionId)?.title ?? { zh: target.questionId, en: target.questionId };
    case 'method':
      return checklist.method.title;
    case 'step':
      return steps.get(target.stepId)?.title ?? { zh: target.stepId, en: target.stepId };
  }
}
