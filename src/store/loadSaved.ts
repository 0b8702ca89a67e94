import { migrate } from './migrations';
import { schemaVersion, type Progress } from './progress';
import { restoreProgress } from './restore';

export type Loaded =
  /** Read (and migrated from an older version, when `migratedFrom` is set). */
  | { readonly kind: 'ok'; readonly progress: Progress; readonly migratedFrom: number | null }
  /** Broken JSON, a foreign shape or a failed migration: `progress` is what could be restored. */
  | { readonly kind: 'corrupt'; readonly progress: Progress }
  /** Saved by a newer version of the app: `progress` is what this version understands of it. */
  | { readonly kind: 'newer'; readonly progress: Progress; readonly version: number };

/** Reads the saved value: `{ state, version }` as zustand's persist writes it. Pure; never throws. */
export function loadSaved(raw: string, now: number = Date.now()): Loaded {
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
  return { kind: 'ok', progress: restoreProgress(migrated.state, now).progress, migratedFrom: version < schemaVersion ? version : null };
}
