import type { Checklist, Condition, Method, Question, Stage, Step, StepKind } from '../content/types';

/** A small seeded PRNG (mulberry32), so generated checklists are the same on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (s: string) => ({ zh: `步骤 ${s}`, en: `Step ${s}` });

/**
 * A test-only checklist of `stepCount` steps over four stages: questions that switch steps on and off,
 * method branches with one submission each, follow-ups, requirements on earlier steps, one confirmation.
 */
export function generateChecklist(stepCount: number, seed = 1): Checklist {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const questionCount = Math.max(2, Math.round(stepCount / 25));
  const questions: Question[] = Array.from({ length: questionCount }, (_, i) => ({
    id: `q${i}`,
    title: text(`q${i}?`),
    needsActionWhen: rnd() < 0.8 ? 'yes' : 'no',
    unsureAdvice: text(`q${i} unsure`),
  }));
  const stageIds = ['s0', 's1', 's2', 's3'];
  const stepsByStage: Step[][] = [[], [], [], []];
  const earlier: string[] = [];
  const special = 3; // two submissions and one confirmation
  for (let i = 0; i < stepCount - special; i++) {
    const stage = Math.floor((i * 4) / (stepCount - special));
    const r = rnd();
    let when: Condition | undefined;
    if (r < 0.3) when = { question: pick(questions).id, is: rnd() < 0.8 ? 'yes' : 'no' };
    else if (r < 0.4) when = { anyOf: [{ question: pick(questions).id, is: 'yes' }, { question: pick(questions).id, is: 'no' }] };
    else if (r < 0.55) when = { method: pick<Method>(['online', 'store']) };
    const kind: StepKind = rnd() < 0.9 ? 'prerequisite' : 'followUp';
    const requires = earlier.length && rnd() < 0.1 ? [pick(earlier)] : undefined;
    const step: Step = { id: `t${i}`, kind, title: text(`${i}`), why: text(`${i} why`), ...(when ? { when } : {}), ...(requires ? { requires } : {}) };
    stepsByStage[Math.min(stage, 3)]?.push(step);
    earlier.push(step.id);
  }
  stepsByStage[2]?.push(
    { id: 'submitOnline', kind: 'submit', when: { method: 'online' }, title: text('submit online'), why: text('submit') },
    { id: 'submitStore', kind: 'submit', when: { method: 'store' }, title: text('submit store'), why: text('submit') },
    { id: 'confirmed', kind: 'confirm', title: text('confirmed'), why: text('confirmed') },
  );
  const stages: Stage[] = stageIds.map((id, i) => ({
    id,
    title: text(`stage ${i}`),
    questions: questions.filter((_, qi) => qi % 4 === i),
    steps: stepsByStage[i] ?? [],
    ...(i === 2 ? { choosesMethod: true } : {}),
  }));
  return {
    stages,
    method: { title: text('method'), options: { online: text('online'), store: text('store') }, why: text('method why') },
  };
}
