import { describe, expect, it } from 'vitest';
import { safeStorage } from './safeStorage';
import { storageKey, useProgress } from './progressStore';

const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(`${storageKey}:backup:`));

describe('safeStorage keeps what it cannot read', () => {
  it.each([
    ['corrupt JSON', '{"state": {"ticks": '],
    ['a foreign shape', '[1,2,3]'],
    ['a newer version', JSON.stringify({ state: { ticks: { a: { at: 1 } } }, version: 99 })],
  ])('%s is backed up before anything is written over it', async (_label, raw) => {
    localStorage.setItem(storageKey, raw);
    await useProgress.persist.rehydrate();
    useProgress.getState().setTicked('checkStatus', true);
    expect(backups().map((k) => localStorage.getItem(k))).toEqual([raw]);
  });

  it('reads a valid saved state back', () => {
    localStorage.setItem('k', JSON.stringify({ state: { method: 'store' }, version: 1 }));
    expect(safeStorage(1).getItem('k')).toEqual({ state: { method: 'store' }, version: 1 });
  });

  it('a throwing storage never escapes into an action', () => {
    const broken = () => {
      throw new Error('SecurityError');
    };
    const storage = safeStorage(1, broken);
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.setItem('k', { state: {}, version: 1 })).not.toThrow();
    const full = { ...localStorage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, getItem: () => null } as unknown as Storage;
    expect(() => safeStorage(1, () => full).setItem('k', { state: {}, version: 1 })).not.toThrow();
  });
});
