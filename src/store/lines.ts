import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Lang } from '../content/types';
import { clip, limits, newId } from './progress';
import { backupKey, isId, isLast4, isRecord, savedForm } from './saved';
import { useStorageStatus } from './progressStorage';

/** One mobile line the person is cancelling: a name they chose and, if they wish, the last four digits. */
export interface Line {
  readonly id: string;
  /** Empty for the first line until the person names it: the page calls it "my number". */
  readonly name: string;
  /** The last four digits, or empty. Never the whole number. */
  readonly last4: string;
  readonly createdAt: number;
}

/** What belongs to this device rather than to a line: the lines, the language, the storage notice. */
export interface Device {
  readonly lines: readonly Line[];
  /** The language the person chose; null follows the browser. */
  readonly lang: Lang | null;
  /** The person has been told that the browser can remove the data. */
  readonly storageNoticeSeen: boolean;
  /** The line opened last: where a new tab starts. */
  readonly lastLine: string;
}

/** The device's key; each line's progress is under `lineKey(id)`. */
export const devicesKey = 'cancel-line:lines';
/** Where the single checklist was saved before there were lines (schema 1–3). */
export const legacyKey = 'cancel-line:progress';
const lineKeyPrefix = 'cancel-line:line:';
/**
 * The id of the first line when the single checklist could not be moved (storage full): that line stays under
 * the old key, so nothing is lost, and the move is tried again on the next visit.
 */
const unmovedLineId = 'unmoved';
export const deviceVersion = 1;

export const lineKey = (id: string): string => (id === unmovedLineId ? legacyKey : `${lineKeyPrefix}${id}`);
const tabKey = 'cancel-line:tab-line';

function freshDevice(now: number, first: Partial<Line> = {}): Device {
  const line: Line = { id: newId(now), name: '', last4: '', createdAt: now, ...first };
  return { lines: [line], lang: null, storageNoticeSeen: false, lastLine: line.id };
}

/** Ids of lines whose progress is saved on this device, whether the device's list names them or not. */
function savedLineIds(ls: Storage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    const id = key?.startsWith(lineKeyPrefix) ? key.slice(lineKeyPrefix.length) : null;
    if (isId(id)) ids.push(id);
  }
  return ids;
}

/**
 * The device as saved, repaired: known fields only, valid lines, at least one line, a `lastLine` that exists.
 * A line whose progress is saved but which the list does not name (the list was damaged) is added back, so
 * no line's progress is ever left unreachable. Pure but for reading the keys; never throws.
 */
export function restoreDevice(input: unknown, savedIds: readonly string[], now: number = Date.now()): Device {
  const src = isRecord(input) ? input : {};
  const lines: Line[] = [];
  for (const l of Array.isArray(src.lines) ? (src.lines as unknown[]) : []) {
    if (!isRecord(l) || typeof l.id !== 'string' || !(isId(l.id) || l.id === unmovedLineId)) continue;
    if (lines.some((x) => x.id === l.id)) continue;
    lines.push({
      id: l.id,
      name: typeof l.name === 'string' ? clip(l.name.trim(), limits.lineName) : '',
      last4: isLast4(l.last4) ? l.last4 : '',
      createdAt: typeof l.createdAt === 'number' && Number.isFinite(l.createdAt) ? l.createdAt : now,
    });
  }
  for (const id of savedIds) if (!lines.some((l) => l.id === id)) lines.push({ id, name: '', last4: '', createdAt: now });
  if (lines.length === 0) return { ...freshDevice(now), lang: langOf(src.lang), storageNoticeSeen: src.storageNoticeSeen === true };
  const lastLine = typeof src.lastLine === 'string' && lines.some((l) => l.id === src.lastLine) ? src.lastLine : (lines[0]?.id ?? '');
  return { lines, lang: langOf(src.lang), storageNoticeSeen: src.storageNoticeSeen === true, lastLine };
}

const langOf = (v: unknown): Lang | null => (v === 'zh' || v === 'en' ? v : null);

/**
 * Moves the single checklist of schema 1–3 to the first line: its saved value is copied, as it was, to the
 * line's key (the line's own storage migrates it, keeping a backup of the old value, as for any update), the
 * language and notice go to the device, and the old key is removed only once both are written. If storage is
 * full, the line stays under the old key (see `unmovedLineId`).
 */
export function moveToLines(ls: Storage, now: number = Date.now()): Device {
  const raw = ls.getItem(legacyKey);
  if (raw === null) return freshDevice(now);
  let old: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed) && isRecord(parsed.state)) old = parsed.state;
  } catch {
    // damaged: the line's storage backs it up and says so
  }
  const device = { ...freshDevice(now), lang: langOf(old.lang), storageNoticeSeen: old.storageNoticeSeen === true };
  const id = device.lastLine;
  try {
    ls.setItem(lineKey(id), raw);
    ls.setItem(devicesKey, savedForm(device, deviceVersion));
  } catch {
    try {
      ls.removeItem(lineKey(id));
    } catch {
      // nothing more to undo
    }
    const unmoved: Line = { id: unmovedLineId, name: '', last4: '', createdAt: now };
    return { ...device, lines: [unmoved], lastLine: unmovedLineId };
  }
  ls.removeItem(legacyKey);
  return device;
}

/** The device's storage: reads (moving the single checklist on first use), repairs, never throws. */
function deviceStorage(storage: () => Storage = () => localStorage): PersistStorage<Device> {
  let writable = true;
  return {
    getItem(): StorageValue<Device> | null {
      let ls: Storage;
      try {
        ls = storage();
        const raw = ls.getItem(devicesKey);
        if (raw === null) {
          // A first visit, the single checklist of schema 1–3, or lines whose list was lost: saved at once, so the
          // next visit opens the same line.
          const saved = savedLineIds(ls);
          const device = saved.length > 0 ? restoreDevice(null, saved) : moveToLines(ls);
          if (ls.getItem(devicesKey) === null && device.lastLine !== unmovedLineId) {
            try {
              ls.setItem(devicesKey, savedForm(device, deviceVersion));
            } catch {
              useStorageStatus.setState({ notSaving: true });
            }
          }
          return { state: device, version: deviceVersion };
        }
        let value: unknown = null;
        try {
          value = JSON.parse(raw);
        } catch {
          ls.setItem(backupKey(devicesKey, 0), raw);
        }
        const version = isRecord(value) && typeof value.version === 'number' ? value.version : deviceVersion;
        // A newer version's list is read as far as this one understands it, and never written over.
        writable = version <= deviceVersion;
        return { state: restoreDevice(isRecord(value) ? value.state : null, savedLineIds(ls)), version: deviceVersion };
      } catch {
        useStorageStatus.setState({ unavailable: true });
        return null;
      }
    },
    setItem(_name, value) {
      if (!writable) return;
      try {
        storage().setItem(devicesKey, savedForm(value.state, deviceVersion));
      } catch {
        useStorageStatus.setState({ notSaving: true });
      }
    },
    removeItem() {
      // the device's list is never removed
    },
  };
}


export interface DeviceActions {
  setLang: (lang: Lang) => void;
  markStorageNoticeSeen: () => void;
}

export const useDevice = create<Device & DeviceActions>()(
  persist(
    (set) => ({
      ...freshDevice(0),
      setLang: (lang) => set({ lang }),
      markStorageNoticeSeen: () => set({ storageNoticeSeen: true }),
    }),
    {
      name: devicesKey,
      version: deviceVersion,
      storage: deviceStorage(),
      partialize: ({ lines, lang, storageNoticeSeen, lastLine }): Device => ({ lines, lang, storageNoticeSeen, lastLine }),
    },
  ),
);

/** The line this tab works on: kept per tab (sessionStorage), so two tabs can work on two lines. */
export const useCurrentLine = create<{ id: string }>(() => ({ id: firstLineOfTab() }));

function firstLineOfTab(): string {
  const { lines, lastLine } = useDevice.getState();
  let fromTab: string | null = null;
  try {
    fromTab = sessionStorage.getItem(tabKey);
  } catch {
    // no session storage: the device's last line
  }
  const id = fromTab && lines.some((l) => l.id === fromTab) ? fromTab : lastLine;
  // Kept for this tab from now on: another tab opening another line must not move this one on a reload.
  keepForTab(id);
  return id;
}

function keepForTab(id: string) {
  try {
    sessionStorage.setItem(tabKey, id);
  } catch {
    // no session storage: the device's last line
  }
}

/** Remembers the tab's line (for a reload) and the device's last line (for a new tab). */
export function rememberLine(id: string) {
  useCurrentLine.setState({ id });
  keepForTab(id);
  if (useDevice.getState().lastLine !== id) useDevice.setState({ lastLine: id });
}

export function currentLine(): Line | undefined {
  const { id } = useCurrentLine.getState();
  return useDevice.getState().lines.find((l) => l.id === id);
}

/** The key under which this tab's line is saved. */
export const currentLineKey = (): string => lineKey(useCurrentLine.getState().id);

/** Whether the notice that the browser can remove the progress is due: the line has progress, and this device has not said it yet. */
export const keepWarningDue = (noticeSeen: boolean, history: readonly unknown[]): boolean => !noticeSeen && history.length > 0;
