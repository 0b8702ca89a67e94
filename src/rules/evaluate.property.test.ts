import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { validateChecklist } from '../content/validate';
import type { Checklist } from '../content/types';
import { generateChecklist } from '../test/generateChecklist';
import { evaluate, type ProgressInput } from './evaluate';

function ids(c: Checklist) {
  const steps = c.stages.flatMap((s) => s.steps);
  return {
    questions: c.stages.flatMap((s) => s.questions.map((q) => q.id)),
    steps: steps.map((s) => s.id),
    subs: steps.flatMap((s) => (s.subItems ?? []).map((i) => `${s.id}.${i.id}`)),
  };
}

/** Random progress over a checklist: real ids mixed with junk ids and junk values. */
function progressArb(c: Checklist): fc.Arbitrary<ProgressInput> {
  const { questions, steps, subs } = ids(c);
  const answerValue = fc.oneof(fc.constantFrom('yes', 'no', 'unsure'), fc.constantFrom('maybe', '', 1, null));
  const tickValue = fc.oneof(fc.record({ at: fc.integer() }), fc.constantFrom(true, null, 0, 'x'));
  const key = (real: string[]) => fc.oneof(fc.constantFrom(...real), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString'));
  return fc.record({
    answers: fc.dictionary(key(questions), answerValue),
    ticks: fc.dictionary(key([...steps, ...subs]), tickValue, { maxKeys: steps.length + 5 }),
    method: fc.constantFrom('online', 'store', null, 'fax', 3),
    confirmation: fc.oneof(fc.constant(null), fc.record({ date: fc.oneof(fc.constant('2026-11-24'), fc.constant(''), fc.integer()) })),
  });
}

/** Progress that mostly uses valid values, so the interesting states (ready, submitted) are reached often. */
function validProgressArb(c: Checklist): fc.Arbitrary<ProgressInput> {
  const { questions, steps } = ids(c);
  return fc.record({
    answers: fc.dictionary(fc.constantFrom(...questions), fc.constantFrom('yes', 'no', 'unsure')),
    ticks: fc.uniqueArray(fc.constantFrom(...steps), { maxLength: steps.length }).map((xs) => Object.fromEntries(xs.map((x) => [x, { at: 1 }]))),
    method: fc.constantFrom('online', 'store', null),
    confirmation: fc.constantFrom(null, { date: '2026-11-24' }),
  });
}

const checklists: [string, Checklist][] = [
  ['built-in', checklist],
  ['generated 60', generateChecklist(60, 7)],
  ['generated 300', generateChecklist(300, 11)],
];

describe.each(checklists)('properties of evaluate on the %s checklist', (_name, c) => {
  it('the generated content is itself valid', () => {
    expect(validateChecklist(c)).toEqual([]);
  });

  const arbs = [progressArb(c), validProgressArb(c)];
  for (const [label, arb] of [['junk-laced', arbs[0]], ['valid', arbs[1]]] as const) {
    if (!arb) continue;
    it(`never throws and is deterministic (${label} progress)`, () => {
      fc.assert(
        fc.property(arb, (p) => {
          expect(evaluate(c, p)).toEqual(evaluate(c, p));
        }),
        { numRuns: 150 },
      );
    });

    it(`blocked ⇔ there are blockers; ready means nothing blocks (${label})`, () => {
      fc.assert(
        fc.property(arb, (p) => {
          const e = evaluate(c, p);
          expect(e.readiness === 'blocked').toBe(e.blockers.length > 0);
          if (e.readiness === 'ready') expect(e.blockers).toEqual([]);
          if (e.readiness === 'submitted' || e.readiness === 'confirmed') expect(e.blockers).toEqual([]);
          else expect(e.warnings).toEqual([]);
        }),
        { numRuns: 200 },
      );
    });

    it(`a step that does not apply never blocks or warns (${label})`, () => {
      fc.assert(
        fc.property(arb, (p) => {
          const e = evaluate(c, p);
          for (const b of [...e.blockers, ...e.warnings]) {
            if (b.kind !== 'step') continue;
            const s = e.steps.get(b.stepId);
            expect(s?.status).not.toBe('notApplicable');
            expect(s?.status).not.toBe('done');
            expect(s?.kind).toBe('prerequisite');
          }
        }),
        { numRuns: 200 },
      );
    });

    it(`counts add up (${label})`, () => {
      fc.assert(
        fc.property(arb, (p) => {
          const e = evaluate(c, p);
          const all = [...e.steps.values()];
          expect(e.done).toBe(all.filter((s) => s.status === 'done').length);
          expect(e.applicable).toBe(all.filter((s) => s.status !== 'notApplicable').length);
          expect(e.stages.reduce((n, s) => n + s.done, 0)).toBe(e.done);
          expect(e.stages.reduce((n, s) => n + s.applicable, 0)).toBe(e.applicable);
          for (const s of e.stages) expect(s.done).toBeLessThanOrEqual(s.applicable);
          expect(e.steps.size).toBe(ids(c).steps.length);
        }),
        { numRuns: 200 },
      );
    });

    it(`the next step, if a step, is one that can be done now (${label})`, () => {
      fc.assert(
        fc.property(arb, (p) => {
          const e = evaluate(c, p);
          if (e.next?.kind === 'step' && e.readiness !== 'blocked') expect(e.steps.get(e.next.stepId)?.status).toBe('todo');
          if (e.readiness === 'blocked') expect(e.next).not.toBeNull();
        }),
        { numRuns: 200 },
      );
    });
  }
});
