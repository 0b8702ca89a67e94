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

  it('a list item is done or not used, never both; the history says which', () => {
    s().markItem('rebind.wechat', 'notUsed');
    expect(s().ticks['rebind.wechat']).toMatchObject({ notUsed: true });
    s().markItem('rebind.wechat', 'done');
    expect(s().ticks['rebind.wechat']).not.toHaveProperty('notUsed');
    s().markItem('rebind.wechat', null);
    expect(s().ticks).not.toHaveProperty('rebind.wechat');
    expect(s().history.map((h) => h.kind)).toEqual(['notUsed', 'tick', 'untick']);
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
