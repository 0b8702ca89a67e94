import { submitStepIds } from '../content/lookups';
import { schemaVersion, type HistoryEntry } from './progress';

type Saved = Record<string, unknown>;

/**
 * Version 1 (issue 4) saved answers, ticks with their times, method, notes, own entries, the confirmation
 * and the language. Version 2 adds a dated history: rebuild what can be known of it from the tick times and
 * the confirmation date, so the record starts with what was already done.
 */
function v1ToV2(state: Saved): Saved {
  const history: HistoryEntry[] = [];
  const ticks = state.ticks;
  if (typeof ticks === 'object' && ticks !== null) {
    for (const [id, tick] of Object.entries(ticks)) {
      const at = typeof tick === 'object' && tick !== null ? (tick as { at?: unknown }).at : undefined;
      if (typeof at === 'number' && at > 0) history.push({ at, kind: submitStepIds.has(id) ? 'submit' : 'tick', id });
    }
  }
  const confirmation = state.confirmation as { date?: unknown; reference?: unknown } | null | undefined;
  if (confirmation && typeof confirmation.date === 'string') {
    const at = new Date(`${confirmation.date}T12:00:00`).getTime();
    const value = [confirmation.date, typeof confirmation.reference === 'string' ? confirmation.reference : ''].filter(Boolean).join(' ');
    if (Number.isFinite(at)) history.push({ at, kind: 'confirm', value });
  }
  history.sort((a, b) => a.at - b.at);
  return { ...state, history, historyFolded: 0, storageNoticeSeen: false };
}

/** Migrations by the version they start from; each takes a shape to the next version. */
export const migrations: Readonly<Record<number, (state: Saved) => Saved>> = {
  1: v1ToV2,
};

export type Migrated = { readonly ok: true; readonly state: unknown } | { readonly ok: false; readonly failedFrom: number };

/** Runs the migrations from `from` up to `to` in order. Never throws: a missing or failing step is a result. */
export function migrate(state: unknown, from: number, to: number = schemaVersion): Migrated {
  let current: unknown = state;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step || typeof current !== 'object' || current === null || Array.isArray(current)) return { ok: false, failedFrom: v };
    try {
      current = step(current as Saved);
    } catch {
      return { ok: false, failedFrom: v };
    }
  }
  return { ok: true, state: current };
}
