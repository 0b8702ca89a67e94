import { checklist } from './checklist';
import type { Question, Step } from './types';

/** Lookups over the built-in checklist, made once for every layer that needs them. */
const allSteps = checklist.stages.flatMap((s) => s.steps);

export const stepsById: ReadonlyMap<string, Step> = new Map(allSteps.map((st) => [st.id, st]));
export const questionsById: ReadonlyMap<string, Question> = new Map(checklist.stages.flatMap((s) => s.questions.map((q) => [q.id, q])));
/** Sub-items as their tick ids: `unbind.wechat`. */
export const subItemIds: ReadonlySet<string> = new Set(allSteps.flatMap((st) => (st.subItems ?? []).map((i) => `${st.id}.${i.id}`)));
/** The steps whose tick is the submission of the cancellation. */
export const submitStepIds: ReadonlySet<string> = new Set(allSteps.filter((st) => st.kind === 'submit').map((st) => st.id));
