import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { mayApplyOn } from '../content/paths';
import { listItemsById } from '../content/lookups';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../test/fixtures';
import { evaluate, type ProgressInput } from './evaluate';

/** How the rules count a task made of a list (re-binding): its items' three marks, the banks, own entries. */
const rebindIds = [...listItemsById.entries()].filter(([id, item]) => id.startsWith('rebind.') && mayApplyOn(checklist, item.when, 'mainland')).map(([id]) => id);
const marked = (ids: readonly string[], tick: object) => Object.fromEntries(ids.map((id) => [id, tick]));
const base = (p: Partial<ProgressInput> = {}): ProgressInput => ({ answers: nothingSpecial, ticks: {}, method: 'store', confirmation: null, customEntries: [], ...p });
const list = (p: ProgressInput) => evaluate(checklist, p).tasks.get('rebind')?.list;
const status = (p: ProgressInput) => evaluate(checklist, p).tasks.get('rebind')?.status;

describe('a list item still to change is not settled; changed and not on this number are', () => {
  it('counts only the two settling marks, and the task is done only when no item is still to change', () => {
    const [first = '', ...rest] = rebindIds;
    const ticks = { ...marked(rest, { at: 1, notUsed: true }), [first]: { at: 1, pending: true } };
    expect(list(base({ ticks }))).toEqual({ settled: rebindIds.length - 1, total: rebindIds.length });
    expect(status(base({ ticks }))).toBe('inProgress');
    expect(status(base({ ticks: { ...ticks, [first]: { at: 2 } } }))).toBe('done');
  });

  it('own entries count, each by its mark', () => {
    const ticks = { ...marked(rebindIds, { at: 1 }), 'custom.a1': { at: 1, pending: true } };
    expect(list(base({ ticks, customEntries: [{ id: 'a1' }] }))).toEqual({ settled: rebindIds.length, total: rebindIds.length + 1 });
  });
});

describe('the banks: the banks item until one is listed, then each bank listed', () => {
  const others = rebindIds.filter((id) => id !== 'rebind.banks');
  it('with no bank listed, the banks item counts: settled by "no bank uses this number"', () => {
    const ticks = marked(others, { at: 1 });
    expect(status(base({ ticks }))).toBe('inProgress');
    expect(status(base({ ticks: { ...ticks, 'rebind.banks': { at: 1, notUsed: true } } }))).toBe('done');
  });

  it('with banks listed, they count instead, each still to change until changed', () => {
    const banks = [
      { id: 'b1', kind: 'bank' },
      { id: 'b2', kind: 'bank' },
    ];
    const ticks = { ...marked(others, { at: 1 }), 'custom.b1': { at: 1 }, 'custom.b2': { at: 1, pending: true } };
    expect(list(base({ ticks, customEntries: banks }))).toEqual({ settled: others.length + 1, total: others.length + 2 });
    expect(status(base({ ticks: { ...ticks, 'custom.b2': { at: 2 } }, customEntries: banks }))).toBe('done');
  });
});

describe('after the submission, nothing new is asked', () => {
  const submitted = (ticks: Record<string, object>) =>
    base({ ticks: { ...marked(plainTasksBeforeStoreSubmission, { at: 1 }), ...marked([...listItemsById.keys()], { at: 1, notUsed: true }), ...ticks, storeSubmit: { at: 2 } } });

  it('an item never marked (one added to the catalogue since) does not reopen the list or warn', () => {
    const later = submitted({});
    const ticks = { ...later.ticks };
    delete (ticks as Record<string, unknown>)['rebind.kuaishou'];
    const e = evaluate(checklist, { ...later, ticks });
    expect(e.readiness).toBe('submitted');
    expect(e.tasks.get('rebind')?.status).toBe('done');
    expect(e.warnings).toEqual([]);
  });

  it('an item marked still to change after it does reopen the list, with a warning', () => {
    const e = evaluate(checklist, submitted({ 'rebind.wechat': { at: 3, pending: true } }));
    expect(e.tasks.get('rebind')?.status).not.toBe('done');
    expect(e.warnings.map((w) => w.kind === 'task' && w.taskId)).toEqual(['rebind']);
  });
});
