import type { Migrated } from './migrations';
import { schemaVersion, type Progress } from './progress';
import { restoreProgress } from './restore';
import { isRecord } from './saved';

export type Loaded =
  /** Read (and migrated from an older version, when `migratedFrom` is set). */
  | { readonly kind: 'ok'; readonly progress: Progress; readonly migratedFrom: number | null }
  /** Broken JSON, a foreign shape or a failed migration: `progress` is what could be restored (maybe nothing). */
  | { readonly kind: 'corrupt'; readonly progress: Progress }
  /** A value of this version with `dropped` values of the wrong type or unknown inside: `progress` is the rest. */
  | { readonly kind: 'repaired'; readonly progress: Progress; readonly dropped: number }
  /** Saved by a newer version of the app: `progress` is what this version understands of it. */
  | { readonly kind: 'newer'; readonly progress: Progress; readonly version: number };

export type Migrate = (state: unknown, from: number) => Migrated;

/** For a value saved by this version: there is nothing to migrate (migrations.ts loads only when there is). */
export const current: Migrate = (state, from) => (from === schemaVersion ? { ok: true, state } : { ok: false, failedFrom: from });

/** The version a saved value says it has, if it is an older one that needs migrating (then migrations.ts is needed). */
export function olderVersion(raw: string): number | null {
  try {
    const value: unknown = JSON.parse(raw);
    const version = isRecord(value) ? value.version : null;
    return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < schemaVersion ? version : null;
  } catch {
    return null;
  }
}

/**
 * Reads the saved value: `{ state, version }` as zustand's persist writes it, migrated with `migrate` (`current`
 * when `olderVersion` says there is nothing to migrate). Pure; never throws.
 */
export function loadSaved(raw: string, migrate: Migrate, now: number = Date.now()): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', progress: restoreProgress(undefined, now).progress };
  }
  if (typeof value !== 'object' || value === null || !('state' in value) || !('version' in value)) {
    return { kind: 'corrupt', progress: restoreProgress(undefined, now).progress };
  }
  const { state, version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', progress: restoreProgress(state, now).progress };
  }
  if (version > schemaVersion) return { kind: 'newer', progress: restoreProgress(state, now).progress, version };
  const migrated = migrate(state, version);
  if (!migrated.ok) return { kind: 'corrupt', progress: restoreProgress(state, now).progress };
  const { progress, dropped } = restoreProgress(migrated.state, now);
  // What an older version saved is kept whole before it is migrated (`:vN:backup`), whatever repair drops then.
  if (version < schemaVersion) return { kind: 'ok', progress, migratedFrom: version };
  return dropped > 0 ? { kind: 'repaired', progress, dropped } : { kind: 'ok', progress, migratedFrom: null };
}
