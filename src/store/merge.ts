import { limits, type CustomEntry, type HistoryEntry, type Progress } from './progress';

/*
 * Two tabs on one line: when this tab saves and finds that another tab saved since this one last read, the two
 * are merged rather than one written over the other. A three-way merge against what this tab last read
 * (`base`): whatever this tab changed since is kept; everything else takes the other tab's value. Pure.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One value: ours if we changed it, else theirs. */
const pick = <T>(base: T, ours: T, theirs: T): T => (same(ours, base) ? theirs : ours);

/** A record keyed by id, merged key by key (a key removed is a change like any other). */
function mergeRecord<T>(base: Readonly<Record<string, T>>, ours: Readonly<Record<string, T>>, theirs: Readonly<Record<string, T>>): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value = pick(Object.hasOwn(base, key) ? base[key] : undefined, Object.hasOwn(ours, key) ? ours[key] : undefined, Object.hasOwn(theirs, key) ? theirs[key] : undefined);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Own entries by id, in our order with theirs added after. */
function mergeEntries(base: readonly CustomEntry[], ours: readonly CustomEntry[], theirs: readonly CustomEntry[]): CustomEntry[] {
  const byId = (list: readonly CustomEntry[]) => Object.fromEntries(list.map((e) => [e.id, e]));
  const merged = mergeRecord(byId(base), byId(ours), byId(theirs));
  const order = [...new Set([...ours.map((e) => e.id), ...theirs.map((e) => e.id)])];
  return order.flatMap((id) => (merged[id] ? [merged[id]] : [])).slice(0, limits.customEntries);
}

/** Both histories, each entry once, oldest first, folded past the cap. */
function mergeHistory(ours: Progress, theirs: Progress): Pick<Progress, 'history' | 'historyFolded'> {
  const entries = new Map<string, HistoryEntry>();
  for (const entry of [...ours.history, ...theirs.history]) entries.set(JSON.stringify(entry), entry);
  const history = [...entries.values()].sort((a, b) => a.at - b.at);
  const over = Math.max(0, history.length - limits.history);
  return { history: history.slice(over), historyFolded: Math.max(ours.historyFolded, theirs.historyFolded) + over };
}

export function mergeProgress(base: Progress, ours: Progress, theirs: Progress): Progress {
  return {
    answers: mergeRecord(base.answers, ours.answers, theirs.answers),
    ticks: mergeRecord(base.ticks, ours.ticks, theirs.ticks),
    method: pick(base.method, ours.method, theirs.method),
    notes: mergeRecord(base.notes, ours.notes, theirs.notes),
    customEntries: mergeEntries(base.customEntries, ours.customEntries, theirs.customEntries),
    confirmation: pick(base.confirmation, ours.confirmation, theirs.confirmation),
    dates: mergeRecord(base.dates, ours.dates, theirs.dates),
    ...mergeHistory(ours, theirs),
  };
}
