import { afterEach, describe, expect, it, vi } from 'vitest';
import { followOtherTabs, useProgress } from './progressStore';
import { actions } from './progressActions';
import { currentLineKey, devicesKey } from './lines';
import { isReadOnly, progressStorage, useStorageStatus } from './progressStorage';
import { schemaVersion } from './progress';

const keys = () => Object.keys(localStorage).sort();

async function load(raw: string) {
  localStorage.setItem(currentLineKey(), raw);
  await useProgress.persist.rehydrate();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saved-state faults lose nothing', () => {
  it('corrupt JSON: backed up before anything is written, and the page starts empty', async () => {
    await load('{"state": {"ticks": ');
    // Cut off mid-value: nothing could be recovered, and the page says so (not "what could be read is restored").
    expect(useStorageStatus.getState().corrupt).toEqual({ raw: '{"state": {"ticks": ', backupKey: `${currentLineKey()}:backup`, dropped: null, recovered: false });
    actions.setTicked('checkStatus', true);
    expect(localStorage.getItem(`${currentLineKey()}:backup`)).toBe('{"state": {"ticks": ');
    expect(localStorage.getItem(currentLineKey())).toContain('checkStatus');
  });

  it('a foreign shape: backed up, and what can be read is kept', async () => {
    const raw = JSON.stringify({ state: { ticks: { checkStatus: { at: Date.now() } } }, version: 'one' });
    await load(raw);
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(localStorage.getItem(`${currentLineKey()}:backup`)).toBe(raw);
  });

  it('the same damaged value read twice is backed up once', async () => {
    await load('oops');
    await useProgress.persist.rehydrate();
    expect(keys().filter((k) => k !== devicesKey)).toEqual([currentLineKey(), `${currentLineKey()}:backup`]);
  });

  it('a newer version: shown, truly read-only (changes refused, not made and reverted), never written over', async () => {
    const raw = JSON.stringify({ state: { answers: { esim: 'yes' }, fromTheFuture: true }, version: schemaVersion + 1 });
    await load(raw);
    expect(useStorageStatus.getState().newerVersion).toBe(schemaVersion + 1);
    expect(isReadOnly(useStorageStatus.getState())).toBe(true);
    expect(useProgress.getState().answers).toEqual({ esim: 'yes' });
    expect(actions.setTicked('checkStatus', true)).toBe('readOnly');
    expect(actions.answer('esim', 'no')).toBe('readOnly');
    expect(actions.setNote('backup', 'x')).toBe('readOnly');
    expect(actions.startOver()).toBe('readOnly');
    expect(useProgress.getState().ticks).toEqual({});
    expect(useProgress.getState().answers).toEqual({ esim: 'yes' });
    expect(localStorage.getItem(currentLineKey())).toBe(raw);
  });

  it('wrong types inside a value of this version: reported with how many, the original kept aside, the rest saved', async () => {
    const raw = JSON.stringify({ state: { ticks: 'lots', notes: { backup: 42, decide: 'keep this' }, answers: { esim: 'yes' } }, version: schemaVersion });
    await load(raw);
    expect(useStorageStatus.getState().corrupt).toEqual({ raw, backupKey: `${currentLineKey()}:backup`, dropped: 2, recovered: true });
    expect(localStorage.getItem(`${currentLineKey()}:backup`)).toBe(raw);
    expect(useProgress.getState().notes).toEqual({ decide: 'keep this' });
    expect(useProgress.getState().answers).toEqual({ esim: 'yes' });
    // Saved repaired at once, so the next visit reads it cleanly; the copy stays.
    const saved = JSON.parse(localStorage.getItem(currentLineKey()) ?? '{}') as { state: { notes: unknown } };
    expect(saved.state.notes).toEqual({ decide: 'keep this' });
    expect(isReadOnly(useStorageStatus.getState())).toBe(false);
  });

  it('a v1 save is migrated, and the v1 value kept aside', async () => {
    const raw = JSON.stringify({ state: { ticks: { checkStatus: { at: Date.now() } } }, version: 1 });
    await load(raw);
    expect(useProgress.getState().history.map((h) => h.kind)).toEqual(['tick']);
    expect(localStorage.getItem(`${currentLineKey()}:v1:backup`)).toBe(raw);
  });

  it('setItem throwing: the change stays in memory, the person is told, saving resumes', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => actions.setTicked('checkStatus', true)).not.toThrow();
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(useStorageStatus.getState().notSaving).toBe(true);
    setItem.mockRestore();
    actions.setTicked('backup', true);
    expect(useStorageStatus.getState().notSaving).toBe(false);
    expect(localStorage.getItem(currentLineKey())).toContain('checkStatus');
  });

  it('localStorage unavailable: works in memory and says so', () => {
    const broken = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const storage = progressStorage(broken);
    expect(storage.getItem(currentLineKey())).toBeNull();
    expect(useStorageStatus.getState().unavailable).toBe(true);
    expect(() => storage.setItem(currentLineKey(), { state: useProgress.getState(), version: schemaVersion })).not.toThrow();
    expect(useStorageStatus.getState().notSaving).toBe(true);
  });

  it('without room for a backup of damaged data, nothing is written over it', async () => {
    const realSetItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (this: Storage, key: string, value: string) => void;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.includes(':backup')) throw new DOMException('full', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    await load('damaged');
    expect(useStorageStatus.getState().corrupt).toEqual({ raw: 'damaged', backupKey: null, dropped: null, recovered: false });
    expect(actions.setTicked('checkStatus', true)).toBe('readOnly');
    expect(localStorage.getItem(currentLineKey())).toBe('damaged');
  });
});

describe('tabs', () => {
  it('a save in another tab shows here without a write back', async () => {
    const stop = followOtherTabs();
    const raw = JSON.stringify({ state: { answers: { contract: 'no' } }, version: schemaVersion });
    localStorage.setItem(currentLineKey(), raw);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    window.dispatchEvent(new StorageEvent('storage', { key: currentLineKey(), newValue: raw, storageArea: localStorage }));
    await vi.waitFor(() => expect(useProgress.getState().answers).toEqual({ contract: 'no' }));
    expect(setItem).not.toHaveBeenCalled();
    stop();
  });

  it('a tab holding unsaved changes keeps them', () => {
    const stop = followOtherTabs();
    const failing = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    actions.answer('contract', 'yes');
    expect(useStorageStatus.getState().notSaving).toBe(true);
    failing.mockRestore();
    localStorage.setItem(currentLineKey(), JSON.stringify({ state: { answers: { contract: 'no' } }, version: schemaVersion }));
    window.dispatchEvent(new StorageEvent('storage', { key: currentLineKey() }));
    expect(useProgress.getState().answers).toEqual({ contract: 'yes' });
    stop();
  });
});
