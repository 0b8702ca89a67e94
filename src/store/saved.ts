/*
 * What every reader and writer of saved data shares: the checks on untrusted values, the id and digits
 * patterns, the one saved form (`{ state, version }`, as zustand's persist reads it) and the names of the
 * copies kept beside a value. Pure.
 */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ids of lines and own entries, as `newId` makes them. */
export const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]{1,24}$/.test(v);

/** The last four digits of a number: exactly four digits. */
export const isLast4 = (v: unknown): v is string => typeof v === 'string' && /^\d{4}$/.test(v);

/** The saved form of a value: the only place it is built. */
export function savedForm(state: unknown, version: number): string {
  return JSON.stringify({ state, version });
}

/** The key of the `n`th copy of an unreadable value saved under `key` (0 for the first). */
export const backupKey = (key: string, n: number): string => (n === 0 ? `${key}:backup` : `${key}:backup:${n}`);

/** The key prefix of the copies kept of `key`'s value when it was migrated from `version`. */
export const migratedFromKey = (key: string, version: number): string => `${key}:v${version}`;

/** Whether `candidate` holds a copy of `key`'s value: an unreadable one, or one from before a migration. */
export function isCopyOf(key: string, candidate: string): boolean {
  if (!candidate.startsWith(`${key}:`)) return false;
  const rest = candidate.slice(key.length + 1);
  return /^(v\d+:)?backup(:\d+)?$/.test(rest);
}
