import { describe, expect, it } from 'vitest';
import { listItemsById } from '../content/lookups';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../test/fixtures';
import { localToday, useEntryUndo, useProgress } from './progressStore';

const s = () => useProgress.getState();

/** A person with nothing special, every prerequisite done, in a store: ready to submit. */
function readyInStore() {
  for (const [q, a] of Object.entries(nothingSpecial)) s().answer(q, a);
  s().chooseMethod('store');
  // The lists first: the counter visit waits for what protects the person (re-binding, automatic payments).
  for (const id of listItemsById.keys()) s().markItem(id, 'notUsed');
  for (const id of plainTasksBeforeStoreSubmission) expect(s().setTicked(id, true)).toBe('ok');
}

describe('the store refuses what cannot be true', () => {
  it('a task that cannot start yet is not ticked, whatever the page does; unticking is always allowed', () => {
    s().setTicked('storeSubmit', true);
    expect(s().ticks).not.toHaveProperty('storeSubmit');
    readyInStore();
    s().setTicked('storeSubmit', true);
    expect(s().ticks).toHaveProperty('storeSubmit');
    expect(s().history.at(-1)).toMatchObject({ kind: 'submit', id: 'storeSubmit' });
    s().setTicked('backup', false);
    expect(s().ticks).not.toHaveProperty('backup');
  });

  it('the confirmation needs a real date, not after today, and a submission', () => {
    expect(s().confirm({ date: '2026-11-20', reference: '' })).toBe('notSubmitted');
    readyInStore();
    s().setTicked('storeSubmit', true);
    expect(s().confirm({ date: '', reference: '' })).toBe('needsDate');
    expect(s().confirm({ date: '2026-02-30', reference: '' })).toBe('needsDate');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(s().confirm({ date: localToday(tomorrow), reference: '' })).toBe('futureDate');
    expect(s().confirmation).toBeNull();
    expect(s().confirm({ date: localToday(), reference: '  ZX-1  ' })).toBe('ok');
    expect(s().confirmation).toEqual({ date: localToday(), reference: 'ZX-1' });
    expect(s().confirm(null)).toBe('ok');
    expect(s().confirmation).toBeNull();
  });

  it('a list item is still to change, changed or not on this number, one at a time; the history says which', () => {
    const shape = () => Object.keys(s().ticks['rebind.wechat'] ?? {}).join();
    s().markItem('rebind.wechat', 'notUsed');
    expect(shape()).toBe('at,notUsed');
    s().markItem('rebind.wechat', 'pending');
    expect(shape()).toBe('at,pending');
    s().markItem('rebind.wechat', 'pending');
    s().markItem('rebind.wechat', 'done');
    expect(shape()).toBe('at');
    s().markItem('rebind.wechat', null);
    expect(s().ticks).not.toHaveProperty('rebind.wechat');
    expect(s().history.map((h) => h.kind)).toEqual(['notUsed', 'pending', 'tick', 'untick']);
  });
});

describe('a whole group marked "none of these on this number" in one go', () => {
  it('marks only what has no mark yet, at one time, with one entry in the history naming the group', () => {
    s().markItem('rebind.wechat', 'pending');
    s().markItem('rebind.qq', 'done');
    expect(s().markGroupNotUsed('rebind', 'social')).toBe('ok');
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
    expect(s().markGroupNotUsed('rebind', 'social')).toBe('ok');
    expect(s().history).toHaveLength(3);
    expect(s().markGroupNotUsed('rebind', 'nothing')).toBe('unknown');
  });

  it('with the banks: the banks item when none is listed, else each bank listed and not marked', () => {
    s().markGroupNotUsed('rebind', 'payment');
    expect(s().ticks['rebind.banks']).toMatchObject({ notUsed: true });
    s().startOver();
    expect(s().addCustomEntry('ICBC', 'bank')).toBe('ok');
    const icbc = `custom.${s().customEntries[0]?.id}`;
    s().markItem(icbc, null);
    s().markGroupNotUsed('rebind', 'payment');
    expect(s().ticks[icbc]).toMatchObject({ notUsed: true });
    expect(s().ticks).not.toHaveProperty('rebind.banks');
  });
});

describe('entries of the person’s own: accounts, and banks', () => {
  it('a new entry is still to change (the person has it), a bank listed clears "no bank uses this number"', () => {
    s().markItem('rebind.banks', 'notUsed');
    expect(s().addCustomEntry('Steam')).toBe('ok');
    expect(s().addCustomEntry('招商银行', 'bank')).toBe('ok');
    const [steam, bank] = s().customEntries;
    expect(steam).toEqual({ id: steam?.id, label: 'Steam' });
    expect(bank).toEqual({ id: bank?.id, label: '招商银行', kind: 'bank' });
    expect(s().ticks[`custom.${steam?.id}`]).toMatchObject({ pending: true });
    expect(s().ticks[`custom.${bank?.id}`]).toMatchObject({ pending: true });
    expect(s().ticks).not.toHaveProperty('rebind.banks');
    // One name once, whichever list it is on.
    expect(s().addCustomEntry(' steam ', 'bank')).toBe('duplicate');
    expect(s().addCustomEntry('招商银行')).toBe('duplicate');
  });
});

describe('the store refuses, with a result, what the views used to decide', () => {
  it('unknown ids: no tick, mark, answer or note is saved for what the checklist does not have', () => {
    expect(s().setTicked('noSuchTask', true)).toBe('unknown');
    expect(s().setTicked('rebind', true)).toBe('unknown'); // a task with a list is settled by its items
    expect(s().markItem('rebind.noSuchAccount', 'done')).toBe('unknown');
    expect(s().markItem('custom.nobody', 'done')).toBe('unknown');
    expect(s().answer('noSuchQuestion', 'yes')).toBe('unknown');
    expect(s().setNote('noSuchTask', 'x')).toBe('unknown');
    expect(s().ticks).toEqual({});
    expect(s().answers).toEqual({});
    expect(s().notes).toEqual({});
    expect(s().history).toEqual([]);
  });

  it('a blocked tick says so', () => {
    expect(s().setTicked('storeSubmit', true)).toBe('blocked');
  });

  it('the submission holds once the confirmation is recorded, or once steps after it are done', () => {
    readyInStore();
    expect(s().setTicked('storeSubmit', true)).toBe('ok');
    expect(s().setTicked('keepProof', true)).toBe('ok');
    expect(s().setTicked('storeSubmit', false)).toBe('afterDone');
    expect(s().setTicked('keepProof', false)).toBe('ok');
    expect(s().confirm({ date: localToday(), reference: '' })).toBe('ok');
    expect(s().setTicked('storeSubmit', false)).toBe('confirmed');
    expect(s().ticks).toHaveProperty('storeSubmit');
    expect(s().confirm(null)).toBe('ok');
    expect(s().setTicked('storeSubmit', false)).toBe('ok');
    expect(s().ticks).not.toHaveProperty('storeSubmit');
  });
});

describe('own entries', () => {
  it('a duplicate name is refused, whatever its case, width or spaces; renaming into one too', () => {
    expect(s().addCustomEntry('Steam')).toBe('ok');
    expect(s().addCustomEntry('  steam ')).toBe('duplicate');
    expect(s().addCustomEntry('ｓｔｅａｍ')).toBe('duplicate');
    expect(s().addCustomEntry('Epic')).toBe('ok');
    const epic = s().customEntries[1]!.id;
    expect(s().renameCustomEntry(epic, 'STEAM')).toBe('duplicate');
    expect(s().renameCustomEntry(epic, 'epic')).toBe('ok');
    expect(s().customEntries.map((e) => e.label)).toEqual(['Steam', 'epic']);
  });

  it('removing one can be undone, with its place and mark, until the next change', () => {
    s().addCustomEntry('A');
    s().addCustomEntry('B');
    s().addCustomEntry('C');
    const b = s().customEntries[1]!.id;
    s().markItem(`custom.${b}`, 'done');
    expect(s().removeCustomEntry(b)).toBe('ok');
    expect(s().customEntries.map((e) => e.label)).toEqual(['A', 'C']);
    expect(s().ticks).not.toHaveProperty(`custom.${b}`);
    s().undoRemoveCustomEntry();
    expect(s().customEntries.map((e) => e.label)).toEqual(['A', 'B', 'C']);
    expect(s().ticks).toHaveProperty(`custom.${b}`);
    s().removeCustomEntry(b);
    s().answer('esim', 'yes');
    expect(useEntryUndo.getState().removed).toBeNull();
  });
});

describe('text limits count characters as a person sees them, and refuse rather than cut', () => {
  const family = '👨‍👩‍👧‍👦';

  it('an own entry of 60 family emoji is kept whole; 61 is refused and nothing changes', () => {
    expect(s().addCustomEntry(family.repeat(60))).toBe('ok');
    expect(s().customEntries[0]?.label).toBe(family.repeat(60));
    expect(s().addCustomEntry(family.repeat(61))).toBe('tooLong');
    expect(s().addCustomEntry('   ')).toBe('empty');
    expect(s().customEntries).toHaveLength(1);
    const id = s().customEntries[0]!.id;
    expect(s().renameCustomEntry(id, `${family.repeat(61)}`)).toBe('tooLong');
    expect(s().customEntries[0]?.label).toBe(family.repeat(60));
  });

  it('the 31st own entry is refused', () => {
    for (let i = 0; i < 30; i++) expect(s().addCustomEntry(`App ${i}`)).toBe('ok');
    expect(s().addCustomEntry('one more')).toBe('tooMany');
    expect(s().customEntries).toHaveLength(30);
  });

  it('a note at the limit is saved; one character over is refused and the saved note stays', () => {
    expect(s().setNote('backup', '字'.repeat(2000))).toBe('ok');
    expect(s().setNote('backup', '字'.repeat(2001))).toBe('tooLong');
    expect(s().notes.backup).toHaveLength(2000);
    expect(s().setNote('backup', family.repeat(2000))).toBe('ok');
  });
});

describe('where the number is from, changed and changed back', () => {
  it('keeps each list’s marks and finds its way of cancelling again', () => {
    s().answer('place', 'mainland');
    s().chooseMethod('store');
    s().markItem('rebind.qq', 'done');
    s().answer('place', 'uk');
    s().answer('plan', 'prepaid');
    s().chooseMethod('lapse');
    s().markItem('rebind.whatsapp', 'done');
    s().markGroupNotUsed('rebind', 'social');
    // "None of these" on the list from abroad leaves the mainland's items of that group as they were.
    expect(s().ticks['rebind.weibo']).toBeUndefined();
    expect(s().ticks['rebind.x']?.notUsed).toBe(true);

    s().answer('place', 'mainland');
    expect(s().method).toBe('store');
    expect(s().ticks['rebind.qq']).toBeDefined();
    s().answer('place', 'uk');
    expect(s().method).toBe('lapse');
    expect(s().ticks['rebind.whatsapp']).toBeDefined();
    // A way the person never chose on a list is not made up: the choice stays as it is.
    s().answer('place', 'hk');
    expect(s().method).toBe('lapse');
  });
});
