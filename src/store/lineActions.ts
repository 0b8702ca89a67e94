import { create } from 'zustand';
import { lineKey, useCurrentLine, useDevice, type Line } from './lines';
import { characterCount, emptyProgress, limits, newId, progressOf, schemaVersion, type Progress } from './progress';
import { loadSaved, type Migrate } from './loadSaved';
import { changeKeys, lineStorage, openLine, saveOpenLine, switchLine, useProgress } from './progressStore';
import { useStorageStatus } from './progressStorage';
import { isLast4, savedForm } from './saved';

/*
 * Adding, renaming, removing (with undo) and importing lines: used by the lines and data pages only, so this
 * file loads with them. Opening a line is in progressStore.ts (another tab can make a tab open another line).
 */

/** Why adding or renaming a line was refused; `notSaved`: the open line's changes cannot be saved, so it cannot be left. */
export type LineResult = 'ok' | 'empty' | 'tooLong' | 'badDigits' | 'tooMany' | 'notSaved';

/** A line's name and digits as typed, checked: a name within the limit, and four digits or none. */
export function checkLine(name: string, last4: string): LineResult {
  if (!name.trim()) return 'empty';
  if (characterCount(name.trim()) > limits.lineName) return 'tooLong';
  if (last4.trim() && !isLast4(last4.trim())) return 'badDigits';
  return 'ok';
}

/** A line's progress: the open line's from the page, any other's as it is saved (none, if it cannot be read). */
export function progressOfLine(id: string, migrate: Migrate): Progress {
  if (id === useCurrentLine.getState().id) return useProgress.getState();
  const raw = lineStorage.readRaw(lineKey(id));
  return raw === null ? emptyProgress : loadSaved(raw, migrate).progress;
}

/** Adds a line and opens it. */
export function addLine(name: string, last4: string): LineResult {
  const checked = checkLine(name, last4);
  if (checked !== 'ok') return checked;
  const { lines } = useDevice.getState();
  if (lines.length >= limits.lines) return 'tooMany';
  if (!saveOpenLine()) return 'notSaved';
  const line: Line = { id: newId(), name: name.trim(), last4: last4.trim(), createdAt: Date.now() };
  useDevice.setState({ lines: [...lines, line] });
  openLine(line.id);
  return 'ok';
}

export function renameLine(id: string, name: string, last4: string): LineResult {
  const checked = checkLine(name, last4);
  if (checked !== 'ok') return checked;
  useDevice.setState((d) => ({ lines: d.lines.map((l) => (l.id === id ? { ...l, name: name.trim(), last4: last4.trim() } : l)) }));
  return 'ok';
}

interface RemovedLine {
  readonly line: Line;
  readonly index: number;
  /** Its saved value and the copies kept beside it, by key, to write back. */
  readonly saved: Readonly<Record<string, string>>;
  readonly wasOpen: boolean;
  /** The empty line made because it was the only one: taken away again on undo. */
  readonly madeInstead: string | null;
}

/** The line removed last, restorable until the person changes something. */
export const useLineUndo = create<{ removed: RemovedLine | null }>(() => ({ removed: null }));

/**
 * Removes a line, its progress and the copies kept of it (the page asks first). One line always remains: removing
 * the last makes an empty one.
 */
export function removeLine(id: string) {
  const { lines } = useDevice.getState();
  const index = lines.findIndex((l) => l.id === id);
  const line = lines[index];
  if (!line) return;
  const wasOpen = useCurrentLine.getState().id === id;
  const saved = lineStorage.removeWithCopies(lineKey(id));
  // What the page holds is newer than what is saved when saving failed, and is all there is when nothing was.
  if (wasOpen && (!(lineKey(id) in saved) || useStorageStatus.getState().notSaving)) {
    saved[lineKey(id)] = savedForm(progressOf(useProgress.getState()), schemaVersion);
  }
  const rest = lines.filter((l) => l.id !== id);
  const instead: Line | null = rest.length === 0 ? { id: newId(), name: '', last4: '', createdAt: Date.now() } : null;
  useDevice.setState({ lines: instead ? [instead] : rest });
  if (wasOpen) switchLine((instead ?? rest[0] ?? line).id);
  useLineUndo.setState({ removed: { line, index, saved, wasOpen, madeInstead: instead?.id ?? null } });
}

export function undoRemoveLine() {
  const { removed } = useLineUndo.getState();
  if (!removed) return;
  const { line, index, saved, wasOpen, madeInstead } = removed;
  lineStorage.putBack(saved);
  const lines = useDevice.getState().lines.filter((l) => l.id !== madeInstead);
  useDevice.setState({ lines: [...lines.slice(0, index), line, ...lines.slice(index)] });
  if (wasOpen) switchLine(line.id);
  useLineUndo.setState({ removed: null });
}

/** Whether a line has nothing to lose: no name, no digits, nothing done on it. */
function untouched(line: Line, progress: Progress): boolean {
  return !line.name && !line.last4 && progress.history.length === 0 && Object.keys(progress.notes).length === 0 && progress.customEntries.length === 0;
}

/**
 * Adds lines from a file, each under a key of its own, and opens the first. A device whose only line is
 * untouched (a fresh browser) ends up with the file's lines alone. Refused, changing nothing, past the limit.
 */
export function importAsNewLines(fromFile: readonly { name: string; last4: string; progress: Progress }[]): 'ok' | 'tooMany' | 'noRoom' {
  if (!saveOpenLine()) return 'noRoom';
  const { lines } = useDevice.getState();
  const open = lines.find((l) => l.id === useCurrentLine.getState().id);
  const replaceEmpty = lines.length === 1 && open !== undefined && untouched(open, useProgress.getState());
  const kept = replaceEmpty ? [] : lines;
  if (kept.length + fromFile.length > limits.lines) return 'tooMany';
  const added = fromFile.map((l) => ({ line: { id: newId(), name: l.name, last4: l.last4, createdAt: Date.now() }, progress: l.progress }));
  if (!added.every(({ line, progress }) => lineStorage.writeProgress(lineKey(line.id), progress))) {
    // No room: take back what was written; nothing changes.
    for (const { line } of added) lineStorage.removeWithCopies(lineKey(line.id));
    return 'noRoom';
  }
  useDevice.setState({ lines: [...kept, ...added.map((a) => a.line)] });
  if (replaceEmpty && open) lineStorage.removeWithCopies(lineKey(open.id));
  const first = added[0];
  if (first) openLine(first.line.id);
  return 'ok';
}

// Any change to the lines or to a line's progress ends the undo of a removal.
useDevice.subscribe((state, before) => {
  if (state.lines !== before.lines && useLineUndo.getState().removed) useLineUndo.setState({ removed: null });
});
useProgress.subscribe((state, before) => {
  if (useLineUndo.getState().removed && changeKeys.some((k) => state[k] !== before[k])) useLineUndo.setState({ removed: null });
});

