import type { Checklist, Condition, Path } from './types';

/**
 * Which list a number has, from where it is from (the `place` question's answer): one from abroad's, or a
 * mainland number's (also until the question is answered: the list shown meanwhile, as `evaluate` does).
 */
export function pathOf(answers: Readonly<Record<string, unknown>>): Path {
  const place = Object.hasOwn(answers, 'place') ? answers.place : undefined;
  return place === 'uk' || place === 'hk' || place === 'us' || place === 'other' ? 'abroad' : 'mainland';
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
