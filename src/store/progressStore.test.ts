import { describe, expect, it } from 'vitest';
import { listItemsById } from '../content/lookups';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../test/fixtures';
import { actions, useEntryUndo } from './progressActions';
import { localToday, useProgress } from './progressStore';

const s = () => useProgress.getState();

/** A person with nothing special, every prerequisite done, in a store: ready to submit. */
function readyInStore() {
  for (const [q, a] of Object.entries(nothingSpecial)) actions.answer(q, a);
  actions.chooseMethod('store');
  // The lists first: the counter visit waits for what protects the person (re-binding, automatic payments).
  for (const id of listItemsById.keys()) actions.markItem(id, 'notUsed');
  for (const id of plainTasksBeforeStoreSubmission) expect(actions.setTicked(id, true)).toBe('ok');
}

describe('the store refuses what cannot be true', () => {
  it('a task that cannot start yet is not ticked, whatever the page does; unticking is always allowed', () => {
    actions.setTicked('storeSubmit', true);
    expect(s().ticks).not.toHaveProperty('storeSubmit');
    readyInStore();
    actions.setTicked('storeSubmit', true);
    expect(s().ticks).toHaveProperty('storeSubmit');
    expect(s().history.at(-1)).toMatchObject({ kind: 'submit', id: 'storeSubmit' });
    actions.setTicked('backup', false);
    expect(s().ticks).not.toHaveProperty('backup');
  });

  it('the confirmation needs a real date, not after today, and a submission', () => {
    expect(actions.confirm({ date: '2026-11-20', reference: '' })).toBe('notSubmitted');
    readyInStore();
    actions.setTicked('storeSubmit', true);
    expect(actions.confirm({ date: '', reference: '' })).toBe('needsDate');
    expect(actions.confirm({ date: '2026-02-30', reference: '' })).toBe('needsDate');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(actions.confirm({ date: localToday(tomorrow), reference: '' })).toBe('futureDate');
    expect(s().confirmation).toBeNull();
    expect(actions.confirm({ date: localToday(), reference: '  ZX-1  ' })).toBe('ok');
    expect(s().confirmation).toEqual({ date: localToday(), reference: 'ZX-1' });
    expect(actions.confirm(null)).toBe('ok');
    expect(s().confirmation).toBeNull();
  });

  it('a list item is still to change, changed or not on this number, one at a time; the history says which', () => {
    const shape = () => Object.keys(s().ticks['rebind.wechat'] ?? {}).join();
    actions.markItem('rebind.wechat', 'notUsed');
    expect(shape()).toBe('at,notUsed');
    actions.markItem('rebind.wechat', 'pending');
    expect(shape()).toBe('at,pending');
    actions.markItem('rebind.wechat', 'pending');
    actions.markItem('rebind.wechat', 'done');
    expect(shape()).toBe('at');
    actions.markItem('rebind.wechat', null);
    expect(s().ticks).not.toHaveProperty('rebind.wechat');
    expect(s().history.map((h) => h.kind)).toEqual(['notUsed', 'pending', 'tick', 'untick']);
  });
});

describe('a whole group marked "none of these on this number" in one go', () => {
  it('marks only what has no mark yet, at one time, with one entry in the history naming the group', () => {
    actions.markItem('rebind.wechat', 'pending');
    actions.markItem('rebind.qq', 'done');
    expect(actions.markGroupNotUsed('rebind', 'social')).toBe('ok');
    const { ticks } = s();
    expect(ticks['rebind.wechat']).toMatchObject({ pending: true });
    expect(Object.keys(ticks['rebind.qq'] ?? {})).toEqual(['at']);
    const marked = ['weibo', 'douyin', 'kuaishou', 'xiaohongshu', 'bilibili'].map((id) => ticks[`rebind.${id}`]);
    expect(marked.every((t) => t?.notUsed === true && t.at === marked[0]?.at)).toBe(true);
    expect(s().history.map((h) => [h.kind, 'id' in h && h.id])).toEqual([
      ['pending', 'rebind.wechat'],
      ['tick', 'rebind.qq'],
      ['notUsed', 'rebind.social'],
    ]);
    // Nothing left unmarked: nothing changes, nothing is recorded.
    expect(actions.markGroupNotUsed('rebind', 'social')).toBe('ok');
    expect(s().history).toHaveLength(3);
    expect(actions.markGroupNotUsed('rebind', 'nothing')).toBe('unknown');
  });

  it('with the banks: the banks item when none is listed, else each bank listed and not marked', () => {
    actions.markGroupNotUsed('rebind', 'payment');
    expect(s().ticks['rebind.banks']).toMatchObject({ notUsed: true });
    actions.startOver();
    expect(actions.addCustomEntry('ICBC', 'bank')).toBe('ok');
    const icbc = `custom.${s().customEntries[0]?.id}`;
    actions.markItem(icbc, null);
    actions.markGroupNotUsed('rebind', 'payment');
    expect(s().ticks[icbc]).toMatchObject({ notUsed: true });
    expect(s().ticks).not.toHaveProperty('rebind.banks');
  });
});

describe('entries of the person’s own: accounts, and banks', () => {
  it('a new entry is still to change (the person has it), a bank listed clears "no bank uses this number"', () => {
    actions.markItem('rebind.banks', 'notUsed');
    expect(actions.addCustomEntry('Steam')).toBe('ok');
    expect(actions.addCustomEntry('招商银行', 'bank')).toBe('ok');
    const [steam, bank] = s().customEntries;
    expect(steam).toEqual({ id: steam?.id, label: 'Steam' });
    expect(bank).toEqual({ id: bank?.id, label: '招商银行', kind: 'bank' });
    expect(s().ticks[`custom.${steam?.id}`]).toMatchObject({ pending: true });
    expect(s().ticks[`custom.${bank?.id}`]).toMatchObject({ pending: true });
    expect(s().ticks).not.toHaveProperty('rebind.banks');
    // One name once, whichever list it is on.
    expect(actions.addCustomEntry(' steam ', 'bank')).toBe('duplicate');
    expect(actions.addCustomEntry('招商银行')).toBe('duplicate');
  });
});

describe('the store refuses, with a result, what the views used to decide', () => {
  it('unknown ids: no tick, mark, answer or note is saved for what the checklist does not have', () => {
    expect(actions.setTicked('noSuchTask', true)).toBe('unknown');
    expect(actions.setTicked('rebind', true)).toBe('unknown'); // a task with a list is settled by its items
    expect(actions.markItem('rebind.noSuchAccount', 'done')).toBe('unknown');
    expect(actions.markItem('custom.nobody', 'done')).toBe('unknown');
    expect(actions.answer('noSuchQuestion', 'yes')).toBe('unknown');
    expect(actions.setNote('noSuchTask', 'x')).toBe('unknown');
    expect(s().ticks).toEqual({});
    expect(s().answers).toEqual({});
    expect(s().notes).toEqual({});
    expect(s().history).toEqual([]);
  });

  it('a blocked tick says so', () => {
    expect(actions.setTicked('storeSubmit', true)).toBe('blocked');
  });

  it('the submission holds once the confirmation is recorded, or once steps after it are done', () => {
    readyInStore();
    expect(actions.setTicked('storeSubmit', true)).toBe('ok');
    expect(actions.setTicked('keepProof', true)).toBe('ok');
    expect(actions.setTicked('storeSubmit', false)).toBe('afterDone');
    expect(actions.setTicked('keepProof', false)).toBe('ok');
    expect(actions.confirm({ date: localToday(), reference: '' })).toBe('ok');
    expect(actions.setTicked('storeSubmit', false)).toBe('confirmed');
    expect(s().ticks).toHaveProperty('storeSubmit');
    expect(actions.confirm(null)).toBe('ok');
    expect(actions.setTicked('storeSubmit', false)).toBe('ok');
    expect(s().ticks).not.toHaveProperty('storeSubmit');
  });
});

describe('own entries', () => {
  it('a duplicate name is refused, whatever its case, width or spaces; renaming into one too', () => {
    expect(actions.addCustomEntry('Steam')).toBe('ok');
    expect(actions.addCustomEntry('  steam ')).toBe('duplicate');
    expect(actions.addCustomEntry('ｓｔｅａｍ')).toBe('duplicate');
    expect(actions.addCustomEntry('Epic')).toBe('ok');
    const epic = s().customEntries[1]!.id;
    expect(actions.renameCustomEntry(epic, 'STEAM')).toBe('duplicate');
    expect(actions.renameCustomEntry(epic, 'epic')).toBe('ok');
    expect(s().customEntries.map((e) => e.label)).toEqual(['Steam', 'epic']);
  });

  it('removing one can be undone, with its place and mark, until the next change', () => {
    actions.addCustomEntry('A');
    actions.addCustomEntry('B');
    actions.addCustomEntry('C');
    const b = s().customEntries[1]!.id;
    actions.markItem(`custom.${b}`, 'done');
    expect(actions.removeCustomEntry(b)).toBe('ok');
    expect(s().customEntries.map((e) => e.label)).toEqual(['A', 'C']);
    expect(s().ticks).not.toHaveProperty(`custom.${b}`);
    actions.undoRemoveCustomEntry();
    expect(s().customEntries.map((e) => e.label)).toEqual(['A', 'B', 'C']);
    expect(s().ticks).toHaveProperty(`custom.${b}`);
    actions.removeCustomEntry(b);
    actions.answer('esim', 'yes');
    expect(useEntryUndo.getState().removed).toBeNull();
  });
});

describe('text limits count characters as a person sees them, and refuse rather than cut', () => {
  const family = '👨‍👩‍👧‍👦';

  it('an own entry of 60 family emoji is kept whole; 61 is refused and nothing changes', () => {
    expect(actions.addCustomEntry(family.repeat(60))).toBe('ok');
    expect(s().customEntries[0]?.label).toBe(family.repeat(60));
    expect(actions.addCustomEntry(family.repeat(61))).toBe('tooLong');
    expect(actions.addCustomEntry('   ')).toBe('empty');
    expect(s().customEntries).toHaveLength(1);
    const id = s().customEntries[0]!.id;
    expect(actions.renameCustomEntry(id, `${family.repeat(61)}`)).toBe('tooLong');
    expect(s().customEntries[0]?.label).toBe(family.repeat(60));
  });

  it('the 31st own entry is refused', () => {
    for (let i = 0; i < 30; i++) expect(actions.addCustomEntry(`App ${i}`)).toBe('ok');
    expect(actions.addCustomEntry('one more')).toBe('tooMany');
    expect(s().customEntries).toHaveLength(30);
  });

  it('a note at the limit is saved; one character over is refused and the saved note stays', () => {
    expect(actions.setNote('backup', '字'.repeat(2000))).toBe('ok');
    expect(actions.setNote('backup', '字'.repeat(2001))).toBe('tooLong');
    expect(s().notes.backup).toHaveLength(2000);
    expect(actions.setNote('backup', family.repeat(2000))).toBe('ok');
  });
});

describe('where the number is from, changed and changed back', () => {
  it('keeps each list’s marks and finds its way of cancelling again', () => {
    actions.answer('place', 'mainland');
    actions.chooseMethod('store');
    actions.markItem('rebind.qq', 'done');
    actions.answer('place', 'uk');
    actions.answer('plan', 'prepaid');
    actions.chooseMethod('lapse');
    actions.markItem('rebind.whatsapp', 'done');
    actions.markGroupNotUsed('rebind', 'social');
    // "None of these" on the list from abroad leaves the mainland's items of that group as they were.
    expect(s().ticks['rebind.weibo']).toBeUndefined();
    expect(s().ticks['rebind.x']?.notUsed).toBe(true);

    actions.answer('place', 'mainland');
    expect(s().method).toBe('store');
    expect(s().ticks['rebind.qq']).toBeDefined();
    actions.answer('place', 'uk');
    expect(s().method).toBe('lapse');
    expect(s().ticks['rebind.whatsapp']).toBeDefined();
    // A way the person never chose on a list is not made up: the choice stays as it is.
    actions.answer('place', 'hk');
    expect(s().method).toBe('lapse');
  });
});
