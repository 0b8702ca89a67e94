import { describe, expect, it } from 'vitest';
import { backupKey, isCopyOf, isId, isLast4, isRecord, migratedFromKey, savedForm } from './saved';

describe('what every reader and writer of saved data shares', () => {
  it('builds the saved form persist reads back', () => {
    expect(JSON.parse(savedForm({ a: 1 }, 4))).toEqual({ state: { a: 1 }, version: 4 });
  });

  it('tells the copies kept of a key from other keys', () => {
    const key = 'cancel-line:line:abc';
    expect(isCopyOf(key, backupKey(key, 0))).toBe(true);
    expect(isCopyOf(key, backupKey(key, 7))).toBe(true);
    expect(isCopyOf(key, backupKey(migratedFromKey(key, 3), 0))).toBe(true);
    expect(isCopyOf(key, backupKey(migratedFromKey(key, 2), 4))).toBe(true);
    expect(isCopyOf(key, key)).toBe(false);
    expect(isCopyOf(key, 'cancel-line:line:abcd:backup')).toBe(false);
    expect(isCopyOf(key, `${key}:notes`)).toBe(false);
  });

  it('checks ids, digits and records the same way everywhere', () => {
    expect(isId('m1k2x9')).toBe(true);
    expect(isId('Has-Caps')).toBe(false);
    expect(isId('a'.repeat(25))).toBe(false);
    expect(isLast4('1234')).toBe(true);
    expect(isLast4('123')).toBe(false);
    expect(isLast4(1234)).toBe(false);
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
  });
});
