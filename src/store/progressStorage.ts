import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { current, loadSaved, olderVersion, type Loaded } from './loadSaved';
import { isEmpty, progressOf, schemaVersion, type Progress } from './progress';
import { backupKey, isCopyOf, migratedFromKey, savedForm } from './saved';

/** What went wrong with saving, for the page to tell the person. Not saved itself. */
export interface StorageStatus {
  /**
   * The saved data could not be read, or only in part; a copy of it is kept (under backupKey, when there was
   * room). `dropped`: how many values of a readable value were left out (null when it could not be read as a
   * whole); `recovered`: whether anything could be restored.
   */
  readonly corrupt: {
    readonly raw: string;
    readonly backupKey: string | null;
    readonly dropped: number | null;
    readonly recovered: boolean;
  } | null;
  /** A newer version of the app saved the data; this page does not write over it. */
  readonly newerVersion: number | null;
  /** Writing failed (storage full or refused): changes are kept only in memory. */
  readonly notSaving: boolean;
  /** localStorage cannot be used at all. */
  readonly unavailable: boolean;
}

/**
 * Whether the open line must not be changed: it was saved by a newer version (writing would destroy what this
 * version does not understand), or it is unreadable and no copy of it could be kept. Changes are refused, and
 * the page shows its controls as unavailable with the reason, rather than letting changes that would revert.
 */
export function isReadOnly(status: StorageStatus): boolean {
  return status.newerVersion !== null || (status.corrupt !== null && status.corrupt.backupKey === null);
}

/** Whether there is anything to tell the person about saving (the storage warnings, StorageAlerts.tsx). */
export function hasStorageWarning(status: StorageStatus): boolean {
  return status.corrupt !== null || status.newerVersion !== null || status.notSaving || status.unavailable;
}

export const initialStorageStatus: StorageStatus = { corrupt: null, newerVersion: null, notSaving: false, unavailable: false };
export const useStorageStatus = create<StorageStatus>()(() => initialStorageStatus);
/** Whether the open line is read-only now (`isReadOnly`), for the views to show their controls unavailable. */
export const useReadOnly = (): boolean => useStorageStatus(isReadOnly);

const report = (patch: Partial<StorageStatus>) => useStorageStatus.setState(patch);

/** The storage of lines' progress: zustand's persist uses the first three methods, the lines page the rest. */
export interface ProgressStorage extends PersistStorage<Progress> {
  /** A key's value as it is saved, or null (nothing saved, or storage cannot be used). */
  readRaw(name: string): string | null;
  /** Saves a whole progress under a key of its own (an imported line); false when it cannot be written. */
  writeProgress(name: string, progress: Progress): boolean;
  /** Removes a key's value and the copies kept beside it; returns them all, to put back on undo. */
  removeWithCopies(name: string): Record<string, string>;
  /** Writes back what `removeWithCopies` returned; false when there was no room. */
  putBack(values: Readonly<Record<string, string>>): boolean;
}

/**
 * localStorage for zustand's persist that never loses what it cannot read. Migration and repair happen here,
 * so persist always receives current, valid state and never falls back to writing defaults over the
 * person's data:
 * - unreadable data is copied to a backup key before anything can be written over it (if no copy can be
 *   made, nothing is written at all);
 * - data from a newer version is shown but never written over;
 * - a failing write keeps the change in memory and says so; the next change tries again.
 */
export function progressStorage(storage: () => Storage = () => localStorage): ProgressStorage {
  let writable = true;

  function backup(ls: Storage, name: string, raw: string): string | null {
    try {
      for (let i = 0; i < 50; i++) {
        const key = backupKey(name, i);
        const existing = ls.getItem(key);
        if (existing === raw) return key;
        if (existing === null) {
          ls.setItem(key, raw);
          return key;
        }
      }
    } catch {
      // no room for the copy
    }
    return null;
  }

  /** What reading found: reported, backed up where needed, and (once migrated) saved in the current shape. */
  function settle(ls: Storage, name: string, raw: string, loaded: Loaded): StorageValue<Progress> {
    if (loaded.kind === 'newer') {
      writable = false;
      report({ newerVersion: loaded.version });
    } else if (loaded.kind === 'corrupt' || loaded.kind === 'repaired') {
      const backupKey = backup(ls, name, raw);
      // Without a copy, writing would destroy the only one: stay read-only until the person has theirs.
      writable = backupKey !== null;
      const dropped = loaded.kind === 'repaired' ? loaded.dropped : null;
      report({ corrupt: { raw, backupKey, dropped, recovered: !isEmpty(loaded.progress) } });
      if (loaded.kind === 'repaired' && writable) {
        // The repaired value is saved at once, now that the original has its copy: the notice comes once.
        try {
          ls.setItem(name, savedForm(loaded.progress, schemaVersion));
        } catch {
          // read and repaired again next time: nothing is lost
        }
      }
    } else {
      writable = true;
      report({ newerVersion: null });
      if (loaded.migratedFrom !== null && backup(ls, migratedFromKey(name, loaded.migratedFrom), raw) !== null) {
        // Saved in the current shape at once, now that the old value has its copy.
        try {
          ls.setItem(name, savedForm(loaded.progress, schemaVersion));
        } catch {
          // read and migrated again next time: nothing is lost
        }
      }
    }
    return { state: loaded.progress, version: schemaVersion };
  }

  return {
    getItem(name): StorageValue<Progress> | null | Promise<StorageValue<Progress> | null> {
      let ls: Storage;
      let raw: string | null;
      try {
        ls = storage();
        raw = ls.getItem(name);
      } catch {
        report({ unavailable: true });
        return null;
      }
      if (raw === null) {
        writable = true; // nothing saved, nothing to protect
        return null;
      }
      // A value of an older version is migrated by migrations.ts, which loads only then (a page that has been
      // updated once never needs it again): reading it is then asynchronous.
      if (olderVersion(raw) !== null) return import('./migrations').then(({ migrate }) => settle(ls, name, raw, loadSaved(raw, migrate)));
      return settle(ls, name, raw, loadSaved(raw, current));
    },
    setItem(name, value) {
      if (!writable) return;
      try {
        storage().setItem(name, savedForm(value.state, schemaVersion));
        if (useStorageStatus.getState().notSaving) report({ notSaving: false });
      } catch {
        report({ notSaving: true });
      }
    },
    removeItem(name) {
      try {
        storage().removeItem(name);
      } catch {
        // nothing to remove where nothing can be stored
      }
    },
    readRaw(name) {
      try {
        return storage().getItem(name);
      } catch {
        return null;
      }
    },
    writeProgress(name, progress) {
      try {
        storage().setItem(name, savedForm(progressOf(progress), schemaVersion));
        return true;
      } catch {
        return false;
      }
    },
    removeWithCopies(name) {
      const removed: Record<string, string> = {};
      try {
        const ls = storage();
        const keys = Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => k !== null);
        for (const key of keys) {
          if (key !== name && !isCopyOf(name, key)) continue;
          const value = ls.getItem(key);
          if (value !== null) removed[key] = value;
          ls.removeItem(key);
        }
      } catch {
        // storage cannot be used: nothing was saved to remove
      }
      return removed;
    },
    putBack(values) {
      try {
        const ls = storage();
        for (const [key, value] of Object.entries(values)) ls.setItem(key, value);
        return true;
      } catch {
        report({ notSaving: true });
        return false;
      }
    },
  };
}
