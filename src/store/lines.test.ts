import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import v3Saved from './fixtures/v3-partway.json';
import { currentLineKey, devicesKey, legacyKey, lineKey, moveToLines, restoreDevice, useCurrentLine, useDevice } from './lines';
import { addLine, removeLine, renameLine, undoRemoveLine, useLineUndo } from './lineActions';
import { followOtherTabs, openLine, useProgress } from './progressStore';
import { actions } from './progressActions';
import { useStorageStatus } from './progressStorage';
import { schemaVersion } from './progress';

const v3Raw = JSON.stringify(v3Saved);

interface Saved {
  readonly version: number;
  readonly state: Record<string, unknown> & { readonly ticks: Record<string, unknown> };
}
/** What is saved under a key, parsed. */
const savedAt = (key: string): Saved => JSON.parse(localStorage.getItem(key) ?? '{"version":0,"state":{"ticks":{}}}') as Saved;

/** Reads the device and this tab's line from storage, as a page load does. */
async function reload() {
  await useDevice.persist.rehydrate();
  useCurrentLine.setState({ id: useDevice.getState().lastLine });
  await useProgress.persist.rehydrate();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the single checklist of schema 3 becomes the first line', () => {
  it('moves the saved value as it was to the first line, and the language and notice to the device', () => {
    localStorage.clear();
    localStorage.setItem(legacyKey, v3Raw);
    const device = moveToLines(localStorage);
    expect(device.lines).toHaveLength(1);
    expect(device.lang).toBe('zh');
    expect(device.storageNoticeSeen).toBe(true);
    const id = device.lastLine;
    expect(localStorage.getItem(lineKey(id))).toBe(v3Raw);
    expect(localStorage.getItem(legacyKey)).toBeNull();
    expect(JSON.parse(localStorage.getItem(devicesKey) ?? '{}')).toMatchObject({ state: { lines: [{ id, name: '', last4: '' }], lang: 'zh' } });
  });

  it('on the first load after the update: nothing lost, the old value kept as a backup, schema 4 from the next change', async () => {
    localStorage.clear();
    localStorage.setItem(legacyKey, v3Raw);
    await reload();
    const s = useProgress.getState();
    expect(s.answers).toEqual({ place: 'mainland', ...v3Saved.state.answers });
    expect(s.ticks).toEqual(v3Saved.state.ticks);
    expect(s.notes).toEqual({ checkStatus: '10086 工单 A123，客服 8848 号' });
    expect(s.customEntries).toEqual(v3Saved.state.customEntries);
    expect(s.method).toBe('store');
    expect(s.history).toEqual(v3Saved.state.history);
    expect(useDevice.getState().lang).toBe('zh');
    expect(localStorage.getItem(`${currentLineKey()}:v3:backup`)).toBe(v3Raw);
    actions.setNote('decide', 'keep the number? no');
    const saved = savedAt(currentLineKey());
    expect(saved.version).toBe(schemaVersion);
    expect(saved.state).not.toHaveProperty('lang');
    expect(saved.state).not.toHaveProperty('storageNoticeSeen');
  });

  it('with storage full, the line stays under the old key and is read from there', async () => {
    localStorage.clear();
    localStorage.setItem(legacyKey, v3Raw);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await reload();
    expect(currentLineKey()).toBe(legacyKey);
    expect(useProgress.getState().ticks).toEqual(v3Saved.state.ticks);
    setItem.mockRestore();
    expect(localStorage.getItem(legacyKey)).toBe(v3Raw);
  });
});

describe('the list of lines', () => {
  it('is saved on a first visit, so the next visit opens the same line', async () => {
    localStorage.clear();
    await reload();
    const id = useCurrentLine.getState().id;
    actions.setNote('decide', 'keep it?');
    await reload();
    expect(useCurrentLine.getState().id).toBe(id);
    expect(useProgress.getState().notes).toEqual({ decide: 'keep it?' });
  });

  it('is rebuilt from the lines saved on the device when it is lost', async () => {
    localStorage.clear();
    localStorage.setItem(lineKey('abc1'), JSON.stringify({ state: { notes: { decide: 'x' } }, version: schemaVersion }));
    await reload();
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual(['abc1']);
    expect(useProgress.getState().notes).toEqual({ decide: 'x' });
  });

  it('adds a line back whose progress is saved but which a damaged list does not name', () => {
    const device = restoreDevice({ lines: [{ id: 'a1', name: 'Work', last4: '12345', createdAt: 1 }, { id: 'BAD!' }], lastLine: 'zz' }, ['a1', 'b2'], 5);
    expect(device.lines).toEqual([
      { id: 'a1', name: 'Work', last4: '', createdAt: 1 },
      { id: 'b2', name: '', last4: '', createdAt: 5 },
    ]);
    expect(device.lastLine).toBe('a1');
  });

  it('adds a named line with the last four digits only, and opens it empty; the first line keeps its progress', () => {
    const first = useCurrentLine.getState().id;
    actions.setTicked('checkStatus', true);
    expect(addLine('  ', '')).toBe('empty');
    expect(addLine('Work', '138 0013 8000')).toBe('badDigits');
    expect(addLine('Work', '8000')).toBe('ok');
    const work = useCurrentLine.getState().id;
    expect(work).not.toBe(first);
    expect(useDevice.getState().lines.map((l) => [l.name, l.last4])).toEqual([
      ['', ''],
      ['Work', '8000'],
    ]);
    expect(useProgress.getState().ticks).toEqual({});
    actions.setTicked('decide', true);
    openLine(first);
    expect(Object.keys(useProgress.getState().ticks)).toEqual(['checkStatus']);
    openLine(work);
    expect(Object.keys(useProgress.getState().ticks)).toEqual(['decide']);
    expect(savedAt(lineKey(first)).state.ticks).toHaveProperty('checkStatus');
  });

  it('renames a line, refusing an empty name or digits that are not four', () => {
    const id = useCurrentLine.getState().id;
    expect(renameLine(id, 'Old SIM', '')).toBe('ok');
    expect(renameLine(id, '', '')).toBe('empty');
    expect(renameLine(id, 'Old SIM', '12a4')).toBe('badDigits');
    expect(renameLine(id, 'x'.repeat(41), '')).toBe('tooLong');
    expect(useDevice.getState().lines[0]).toMatchObject({ name: 'Old SIM', last4: '' });
  });

  it('removes a line with its progress, and undo brings both back until the next change', () => {
    const first = useCurrentLine.getState().id;
    actions.setTicked('checkStatus', true);
    addLine('Work', '');
    const work = useCurrentLine.getState().id;
    openLine(first);
    removeLine(first);
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual([work]);
    expect(useCurrentLine.getState().id).toBe(work);
    expect(localStorage.getItem(lineKey(first))).toBeNull();
    undoRemoveLine();
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual([first, work]);
    expect(useCurrentLine.getState().id).toBe(first);
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');

    removeLine(work);
    expect(useLineUndo.getState().removed?.line.id).toBe(work);
    actions.setTicked('decide', true);
    expect(useLineUndo.getState().removed).toBeNull();
  });

  it('removing a line removes the copies kept of it too (unreadable and pre-migration values); undo puts them back', () => {
    const first = useCurrentLine.getState().id;
    addLine('Work', '');
    const work = useCurrentLine.getState().id;
    const copies = [`${lineKey(first)}:backup`, `${lineKey(first)}:backup:1`, `${lineKey(first)}:v3:backup`];
    for (const key of copies) localStorage.setItem(key, `copy of ${key}`);
    // Another line's key that merely starts with the same letters is not a copy.
    localStorage.setItem(`${lineKey(first)}x`, 'another');
    removeLine(first);
    for (const key of copies) expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${lineKey(first)}x`)).toBe('another');
    undoRemoveLine();
    for (const key of copies) expect(localStorage.getItem(key)).toBe(`copy of ${key}`);
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual([first, work]);
  });

  it('switching line while storage refuses writes: saved first if it can be, else refused with nothing lost', () => {
    const first = useCurrentLine.getState().id;
    addLine('Work', '');
    const work = useCurrentLine.getState().id;
    openLine(first);
    const failing = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    actions.setTicked('checkStatus', true);
    expect(useStorageStatus.getState().notSaving).toBe(true);
    expect(openLine(work)).toBe('notSaved');
    expect(addLine('Third', '')).toBe('notSaved');
    expect(useCurrentLine.getState().id).toBe(first);
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(useStorageStatus.getState().notSaving).toBe(true);
    // Room again: the switch saves the open line first, then opens the other.
    failing.mockRestore();
    expect(openLine(work)).toBe('ok');
    expect(savedAt(lineKey(first)).state.ticks).toHaveProperty('checkStatus');
  });

  it('removing the only line leaves one empty line, and undo puts the old one back in its place', () => {
    const only = useCurrentLine.getState().id;
    actions.setTicked('checkStatus', true);
    removeLine(only);
    expect(useDevice.getState().lines).toHaveLength(1);
    expect(useCurrentLine.getState().id).not.toBe(only);
    expect(useProgress.getState().ticks).toEqual({});
    undoRemoveLine();
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual([only]);
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
  });
});

describe('two tabs', () => {
  it('on different lines never take each other’s changes; on the same line the later change is shown', () => {
    const stop = followOtherTabs();
    const mine = useCurrentLine.getState().id;
    addLine('Other', '');
    const other = useCurrentLine.getState().id;
    openLine(mine);
    actions.setTicked('checkStatus', true);
    // Another tab, on the other line, saves a tick there.
    const otherValue = JSON.stringify({ state: { ticks: { decide: { at: Date.now() } } }, version: schemaVersion });
    localStorage.setItem(lineKey(other), otherValue);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: lineKey(other), newValue: otherValue, storageArea: localStorage })));
    expect(Object.keys(useProgress.getState().ticks)).toEqual(['checkStatus']);
    expect(savedAt(lineKey(mine)).state.ticks).toHaveProperty('checkStatus');
    // Another tab, on this line, saves later: it wins, and this tab shows it.
    const sameValue = JSON.stringify({ state: { ticks: { backup: { at: Date.now() } } }, version: schemaVersion });
    localStorage.setItem(lineKey(mine), sameValue);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: lineKey(mine), newValue: sameValue, storageArea: localStorage })));
    expect(Object.keys(useProgress.getState().ticks)).toEqual(['backup']);
    stop();
  });

  it('two tabs on one line that save before hearing of each other keep both changes, of every kind', () => {
    const mine = useCurrentLine.getState().id;
    actions.setTicked('checkStatus', true);
    // Another tab on this line saves an answer, a method, a note, a date and an own entry; its storage event has
    // not arrived yet when this tab saves its next change.
    const theirs = JSON.parse(localStorage.getItem(lineKey(mine)) ?? '{}') as { state: Record<string, unknown>; version: number };
    theirs.state = {
      ...theirs.state,
      answers: { contract: 'no' },
      method: 'online',
      notes: { decide: 'from the other tab' },
      dates: { refundDue: '2027-01-05' },
      customEntries: [{ id: 'x1', label: 'Steam' }],
    };
    localStorage.setItem(lineKey(mine), JSON.stringify(theirs));
    actions.setTicked('backup', true);
    const saved = savedAt(lineKey(mine)).state;
    expect(Object.keys(saved.ticks).sort()).toEqual(['backup', 'checkStatus']);
    expect(saved).toMatchObject({ answers: { contract: 'no' }, method: 'online', notes: { decide: 'from the other tab' }, dates: { refundDue: '2027-01-05' } });
    // This tab shows the merged value too.
    expect(useProgress.getState().answers).toEqual({ contract: 'no' });
    expect(useProgress.getState().customEntries).toEqual([{ id: 'x1', label: 'Steam' }]);
  });

  it('a tab whose line another tab removed opens the line the device used last', () => {
    const stop = followOtherTabs();
    const mine = useCurrentLine.getState().id;
    addLine('Other', '');
    const other = useCurrentLine.getState().id;
    openLine(mine);
    // The other tab removes this line.
    const device = { ...useDevice.getState(), lines: useDevice.getState().lines.filter((l) => l.id !== mine), lastLine: other };
    localStorage.setItem(devicesKey, JSON.stringify({ state: device, version: 1 }));
    localStorage.removeItem(lineKey(mine));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: devicesKey, storageArea: localStorage })));
    expect(useCurrentLine.getState().id).toBe(other);
    stop();
  });
});
