import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { evaluate, type ProgressInput } from './evaluate';

const tasks = checklist.groups.flatMap((g) => g.tasks);
const questionIds = checklist.questions.map((q) => q.id);
const taskIds = tasks.map((t) => t.id);
const itemIds = tasks.flatMap((t) => (t.list ?? []).flatMap((g) => g.items.map((i) => `${t.id}.${i.id}`)));

/** Random progress: real ids mixed with junk ids and junk values. */
const junkLaced: fc.Arbitrary<ProgressInput> = (() => {
  const answerValue = fc.oneof(fc.constantFrom('yes', 'no', 'unsure'), fc.constantFrom('maybe', '', 1, null));
  const tickValue = fc.oneof(fc.record({ at: fc.integer() }), fc.record({ at: fc.integer(), notUsed: fc.constant(true) }), fc.constantFrom(true, null, 0, 'x'));
  const key = (real: string[]) => fc.oneof(fc.constantFrom(...real), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString'));
  return fc.record({
    answers: fc.dictionary(key(questionIds), answerValue),
    ticks: fc.dictionary(key([...taskIds, ...itemIds, 'custom.a']), tickValue, { maxKeys: 60 }),
    method: fc.constantFrom('online', 'store', null, 'fax', 3),
    confirmation: fc.oneof(fc.constant(null), fc.record({ date: fc.oneof(fc.constant('2026-11-24'), fc.constant(''), fc.integer()) })),
    customEntries: fc.constantFrom([], [{ id: 'a' }]),
  });
})();

/** Progress with valid values only, biased to tick much, so ready, submitted and confirmed are reached often. */
const valid: fc.Arbitrary<ProgressInput> = fc.record({
  answers: fc.dictionary(fc.constantFrom(...questionIds), fc.constantFrom('yes', 'no', 'unsure')),
  ticks: fc
    .tuple(fc.subarray(taskIds), fc.boolean())
    .map(([ids, allItems]) => Object.fromEntries([...ids, ...(allItems ? itemIds : [])].map((id) => [id, { at: 1 }]))),
  method: fc.constantFrom('online', 'store', null),
  confirmation: fc.constantFrom(null, { date: '2026-11-24' }),
  customEntries: fc.constant([]),
});

describe.each([
  ['junk-laced', junkLaced],
  ['valid', valid],
] as const)('properties of evaluate (%s progress)', (_label, arb) => {
  it('never throws, and the same input gives a deep-equal result across repeated and interleaved calls', () => {
    fc.assert(
      fc.property(arb, arb, (p, q) => {
        const first = evaluate(checklist, p);
        evaluate(checklist, q);
        expect(evaluate(checklist, p)).toEqual(first);
      }),
    );
  });

  it('blocked ⇔ there are blockers; after submission there are none', () => {
    fc.assert(
      fc.property(arb, (p) => {
        const e = evaluate(checklist, p);
        expect(e.readiness === 'blocked').toBe(e.blockers.length > 0);
        if (e.readiness === 'submitted' || e.readiness === 'confirmed') expect(e.blockers).toEqual([]);
        else expect(e.warnings).toEqual([]);
      }),
    );
  });

  it('a task that does not apply never blocks, nor anything after the cancellation', () => {
    fc.assert(
      fc.property(arb, (p) => {
        const e = evaluate(checklist, p);
        for (const b of e.blockers) {
          if (b.kind !== 'task') continue;
          const state = e.tasks.get(b.taskId);
          expect(state?.status).not.toBe('notApplicable');
          expect(e.groups.find((g) => g.id === state?.groupId)?.phase).not.toBe('after');
        }
      }),
    );
  });

  it('counts add up: left = total − done, and the groups sum to the whole', () => {
    fc.assert(
      fc.property(arb, (p) => {
        const e = evaluate(checklist, p);
        const states = [...e.tasks.values()];
        expect(e.counts.total).toBe(states.filter((s) => s.status !== 'notApplicable').length);
        expect(e.counts.done).toBe(states.filter((s) => s.status === 'done').length);
        expect(e.counts.left).toBe(e.counts.total - e.counts.done);
        expect(e.groups.reduce((n, g) => n + g.left, 0)).toBe(e.counts.left);
      }),
    );
  });

  it('a task cannot start exactly when it gives a reason and something it waits on', () => {
    fc.assert(
      fc.property(arb, (p) => {
        for (const s of evaluate(checklist, p).tasks.values()) {
          expect(s.status === 'cannotStart').toBe(s.reasons.length > 0);
          expect(s.waitsOn.length > 0).toBe(s.reasons.length > 0);
        }
      }),
    );
  });

  it('the next step, if any, is an unanswered question or a task that can be done now', () => {
    fc.assert(
      fc.property(arb, (p) => {
        const e = evaluate(checklist, p);
        if (e.next?.kind === 'question') {
          const id = e.next.questionId;
          expect(e.questions.find((q) => q.id === id)).toMatchObject({ asked: true, answer: null });
        } else if (e.next) {
          expect(['notStarted', 'inProgress']).toContain(e.tasks.get(e.next.taskId)?.status);
        } else {
          expect([...e.tasks.values()].some((s) => s.status === 'notStarted' || s.status === 'inProgress')).toBe(false);
        }
      }),
    );
  });
});
