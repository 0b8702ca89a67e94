import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge';
import { emptyProgress, type Progress } from './progress';

const p = (patch: Partial<Progress>): Progress => ({ ...emptyProgress, ...patch });

describe('two tabs on one line: a save merges what the other tab saved since', () => {
  const base = p({ answers: { esim: 'yes' }, ticks: { decide: { at: 1 } }, notes: { decide: 'old' }, method: 'store' });

  it('keeps every change of both tabs, of every kind', () => {
    const ours = p({ ...base, ticks: { ...base.ticks, backup: { at: 2 } }, notes: { decide: 'old', backup: 'ours' }, history: [{ at: 2, kind: 'tick', id: 'backup' }] });
    const theirs = p({
      ...base,
      answers: { esim: 'yes', contract: 'no' },
      method: 'online',
      customEntries: [{ id: 'x1', label: 'Steam' }],
      dates: { refundDue: '2027-01-05' },
      history: [{ at: 3, kind: 'answer', id: 'contract', answer: 'no' }],
    });
    const merged = mergeProgress(base, ours, theirs);
    expect(merged.ticks).toEqual({ decide: { at: 1 }, backup: { at: 2 } });
    expect(merged.notes).toEqual({ decide: 'old', backup: 'ours' });
    expect(merged.answers).toEqual({ esim: 'yes', contract: 'no' });
    expect(merged.method).toBe('online');
    expect(merged.customEntries).toEqual([{ id: 'x1', label: 'Steam' }]);
    expect(merged.dates).toEqual({ refundDue: '2027-01-05' });
    expect(merged.history.map((h) => h.at)).toEqual([2, 3]);
  });

  it('a removal in either tab is a change like any other', () => {
    const ours = p({ ...base, ticks: {} });
    const theirs = p({ ...base, notes: {} });
    const merged = mergeProgress(base, ours, theirs);
    expect(merged.ticks).toEqual({});
    expect(merged.notes).toEqual({});
    expect(merged.answers).toEqual({ esim: 'yes' });
  });

  it('where both changed the same thing, this tab (saving now) wins', () => {
    const merged = mergeProgress(base, p({ ...base, notes: { decide: 'ours' } }), p({ ...base, notes: { decide: 'theirs' } }));
    expect(merged.notes.decide).toBe('ours');
  });

  it('the history keeps each entry once, and folds past the cap', () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({ at: i + 1, kind: 'tick' as const, id: `t${i}` }));
    const ours = p({ history: entries.slice(0, 90) });
    const theirs = p({ history: [...entries.slice(0, 50), ...entries.slice(90)].concat(Array.from({ length: 70 }, (_, i) => ({ at: 200 + i, kind: 'tick' as const, id: `u${i}` }))) });
    const merged = mergeProgress(p({ history: entries.slice(0, 50) }), ours, theirs);
    expect(merged.history).toHaveLength(150);
    expect(merged.historyFolded).toBe(20);
    expect(merged.history.at(-1)?.at).toBe(269);
  });
});
