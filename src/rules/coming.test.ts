import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { dateKinds, methods, optionsOf } from '../content/types';
import { comingDatesOf } from './coming';
import { mayHaveComingDates } from './dates';
import { evaluate } from './evaluate';

const tasks = checklist.groups.flatMap((g) => g.tasks);
const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

/** Any line a person can make: every question answered with one of its options or not, any ticks, dates and way. */
const progress = fc.record({
  answers: fc.record(Object.fromEntries(checklist.questions.map((q) => [q.id, fc.constantFrom(...optionsOf(q))])), { requiredKeys: [] }),
  ticks: fc.subarray(tasks.map((t) => t.id)).map((ids) => Object.fromEntries(ids.map((id) => [id, { at: 1 }]))),
  method: fc.constantFrom(null, ...methods),
  confirmation: fc.option(fc.record({ date: day }), { nil: null }),
  dates: fc.record(Object.fromEntries(dateKinds.map((kind) => [kind, day])), { requiredKeys: [] }),
  customEntries: fc.constant([]),
});

describe('which lines load the dates’ view before the first render (mayHaveComingDates)', () => {
  it('every line with a date to come is one of them, on either list', () => {
    let withDates = 0;
    fc.assert(
      fc.property(progress, day, (p, today) => {
        const { coming } = comingDatesOf(p, evaluate(checklist, p, today), today);
        if (coming.length > 0) withDates++;
        expect(coming.length === 0 || mayHaveComingDates(p)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // Not true by having no dates at all: most lines drawn have some.
    expect(withDates).toBeGreaterThan(100);
  });

  it('a line with nothing written down, submitted or confirmed is not', () => {
    expect(mayHaveComingDates({ dates: {}, confirmation: null, ticks: { checkStatus: { at: 1 } } })).toBe(false);
    expect(mayHaveComingDates({ dates: { lastUse: '2026-11-01' }, confirmation: null, ticks: {} })).toBe(true);
    expect(mayHaveComingDates({ dates: {}, confirmation: null, ticks: { onlineSubmit: { at: 1 } } })).toBe(true);
  });
});
