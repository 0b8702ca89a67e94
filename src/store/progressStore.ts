import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { localDate } from '../rules/dates';
import { emptyProgress, progressOf, schemaVersion, type Progress } from './progress';
import { progressStorage, useStorageStatus } from './progressStorage';
import { current, loadSaved } from './loadSaved';
import { mergeProgress } from './merge';
import { devicesKey, lineKey, rememberLine, useCurrentLine, useDevice } from './lines';

/*
 * The open line's progress, as the page shows it and as it is saved. The store holds the state alone: every
 * change a person makes goes through the actions in progressActions.ts, which load with the pages that make
 * changes (the overview makes none), so the first render does not wait for them.
 */
/** Where every line's progress is saved: persist and the lines page write through it alone. */
export const lineStorage = progressStorage();
/** Set while the tab changes line: clearing the old line's state on the page must not be written anywhere. */
let switching = false;
/** Set while a merged value is put on the page: it is saved already. */
let merging = false;
/**
 * What this tab last read from or wrote to the open line's key, as saved and as progress: a save that finds
 * something else there merges it (another tab saved meanwhile), against this.
 */
let lastSeen: { raw: string | null; progress: Progress } = { raw: null, progress: emptyProgress };
const openKey = () => lineKey(useCurrentLine.getState().id);

function remember(value: StorageValue<Progress> | null): StorageValue<Progress> | null {
  lastSeen = { raw: lineStorage.readRaw(openKey()), progress: value?.state ?? emptyProgress };
  return value;
}

/**
 * Saves the page's progress. If another tab on this line saved since this tab last read, both are kept: what
 * this tab changed since, and the rest as the other tab has it (merge.ts); the merged value is saved and shown.
 */
function save(value: StorageValue<Progress>) {
  const key = openKey();
  const stored = lineStorage.readRaw(key);
  let progress = value.state;
  if (stored !== null && stored !== lastSeen.raw) {
    const theirs = loadSaved(stored, current);
    if (theirs.kind === 'ok') progress = mergeProgress(lastSeen.progress, value.state, theirs.progress);
  }
  void lineStorage.setItem(key, { state: progress, version: schemaVersion });
  lastSeen = { raw: lineStorage.readRaw(key), progress };
  if (progress !== value.state) {
    merging = true;
    try {
      useProgress.setState(progress);
    } finally {
      merging = false;
    }
  }
}

/** The line this tab works on is saved under its own key (lines.ts): persist's `name` is not used. */
const storage: PersistStorage<Progress> = {
  getItem: () => {
    const value = lineStorage.getItem(openKey());
    return value !== null && 'then' in value ? Promise.resolve(value).then(remember) : remember(value);
  },
  setItem: (_name, value) => {
    if (!switching && !merging) save(value);
  },
  removeItem: () => lineStorage.removeItem(openKey()),
};

/** The things a person changes: any of them ends the undo of "start over" (the language does not). */
export const changeKeys = ['answers', 'ticks', 'method', 'notes', 'customEntries', 'confirmation', 'dates'] as const;

/** Today on this device, as YYYY-MM-DD (what a date input gives). */
export function localToday(now: Date = new Date()): string {
  return localDate(now.getTime());
}


export const useProgress = create<Progress>()(
  persist(
    () => ({ ...emptyProgress }),
    {
      name: 'cancel-line:line',
      version: schemaVersion,
      storage,
      partialize: (state: Progress): Progress => progressOf(state),
    },
  ),
);

/**
 * Saves the open line now if its last save failed. Whether nothing is left unsaved: leaving the line is safe.
 * (A read-only line has nothing unsaved: its changes are refused.)
 */
export function saveOpenLine(): boolean {
  if (!useStorageStatus.getState().notSaving) return true;
  save({ state: progressOf(useProgress.getState()), version: schemaVersion });
  return !useStorageStatus.getState().notSaving;
}

/**
 * Opens a line in this tab, once the open line's changes are saved: refused ('notSaved', nothing changes)
 * while they cannot be, as leaving would lose them. The line left keeps what it saved.
 */
export function openLine(id: string): 'ok' | 'notSaved' {
  if (!saveOpenLine()) return 'notSaved';
  switchLine(id);
  return 'ok';
}

/**
 * Shows another line in this tab: its progress is read from its key. Clearing the page's state first is not
 * written anywhere, so neither line is written over. What the page held of the line left is not saved here:
 * callers save it first (`openLine`) or keep it (removing a line keeps it for the undo).
 */
export function switchLine(id: string) {
  if (!useDevice.getState().lines.some((l) => l.id === id)) return;
  switching = true;
  try {
    rememberLine(id);
    useStorageStatus.setState({ corrupt: null, newerVersion: null, notSaving: false });
    useProgress.setState({ ...emptyProgress });
  } finally {
    switching = false;
  }
  // A line saved by this version is on the page when this returns; an older one once migrations.ts is loaded.
  void useProgress.persist.rehydrate();
}

/** Resolves once the open line's progress is read (at once, unless it is of an older version and migrated). */
export function whenRead(): Promise<void> {
  if (useProgress.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useProgress.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

/**
 * Keeps this tab in step with others: when another tab saves this tab's line or the list of lines, read it
 * back (rehydrating does not write, so there is no ping-pong). Another line's changes are that line's alone.
 * A tab holding changes it could not save keeps them rather than being overwritten. If another tab removed
 * the line this one is on, it opens the device's last line. Returns a function that stops listening.
 */
export function followOtherTabs(target: Window = window): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === devicesKey || e.key === null) {
      void useDevice.persist.rehydrate();
      const { lines, lastLine } = useDevice.getState();
      const id = useCurrentLine.getState().id;
      if (!lines.some((l) => l.id === id)) openLine(lines.some((l) => l.id === lastLine) ? lastLine : (lines[0]?.id ?? lastLine));
    }
    if (e.key !== lineKey(useCurrentLine.getState().id) && e.key !== null) return;
    if (useStorageStatus.getState().notSaving) return;
    void useProgress.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
