import type { Checklist, Condition, Path } from './types';

/** Where a number from abroad is from: the answers to the first question but 中国大陆. */
export const abroadPlaces = ['uk', 'hk', 'us', 'other'] as const;
export type AbroadPlace = (typeof abroadPlaces)[number];
/** Where the number is from: the first question's options; its answer picks the list. */
export const places = ['mainland', ...abroadPlaces] as const;

export const isAbroadPlace = (v: unknown): v is AbroadPlace => abroadPlaces.includes(v as AbroadPlace);

/** The conditions of each list, for the content to say where a task or an item applies. */
export const onMainland = { question: 'place', is: 'mainland' } as const satisfies Condition;
export const fromAbroad = { anyOf: abroadPlaces.map((is) => ({ question: 'place', is })) } as const satisfies Condition;

/**
 * Which list a number has, from where it is from (the `place` question's answer): one from abroad's, or a
 * mainland number's (also until the question is answered: the list shown meanwhile, as `evaluate` does).
 */
export function pathOf(answers: Readonly<Record<string, unknown>>): Path {
  const place = Object.hasOwn(answers, 'place') ? answers.place : undefined;
  return isAbroadPlace(place) ? 'abroad' : 'mainland';
}

/**
 * Whether something with this condition can apply on a path: a condition on where the number is from is read
 * for that path, a question is asked on it only where its own condition may hold, a way of cancelling only
 * where it is offered; anything else may hold. What the words of each path must name (validate.ts).
 */
export function mayApplyOn(checklist: Checklist, c: Condition | undefined, path: Path): boolean {
  if (!c) return true;
  if ('anyOf' in c) return c.anyOf.some((inner) => mayApplyOn(checklist, inner, path));
  if ('allOf' in c) return c.allOf.every((inner) => mayApplyOn(checklist, inner, path));
  if ('notMethod' in c) return true;
  if ('method' in c) return mayApplyOn(checklist, checklist.methods[c.method].when, path);
  const question = checklist.questions.find((q) => q.id === c.question);
  if (!question) return false;
  if (question.decidesList) return (c.is === 'mainland') === (path === 'mainland');
  return mayApplyOn(checklist, question.when, path);
}
