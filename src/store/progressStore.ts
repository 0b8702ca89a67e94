import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { checklist } from '../content/checklist';
import { submitTaskIds } from '../content/lookups';
import { localDate } from '../rules/dates';
import { evaluate } from '../rules/evaluate';
import type { Answer, Method } from '../content/types';
import { characterCount, emptyProgress, limits, newId, progressOf, schemaVersion, withHistory, type Confirmation, type DateKind, type HistoryEntry, type Progress } from './progress';
import { progressStorage, useStorageStatus } from './progressStorage';
import { isIsoDate } from './restore';
import { devicesKey, lineKey, rememberLine, useCurrentLine, useDevice } from './lines';

export interface Actions {
  answer: (questionId: string, answer: Answer) => void;
  setTicked: (id: string, ticked: boolean) => void;
  /** Marks a list item (or own entry) done, "I don't use this", or neither. */
  markItem: (id: string, mark: ItemMark | null) => void;
  chooseMethod: (method: Method) => void;
  /** Saves a note; refused (nothing changes) when it is over the limit. */
  setNote: (stepId: string, note: string) => TextResult;
  addCustomEntry: (label: string) => TextResult;
  renameCustomEntry: (id: string, label: string) => TextResult;
  removeCustomEntry: (id: string) => void;
  /** Writes down (or, with null, removes) a date the operator gave; refused unless it is a whole date. */
  setDate: (kind: DateKind, date: string | null) => 'ok' | 'needsDate';
  /** Records (or, with null, removes) the operator's confirmation; refused, with the reason, when it cannot be true. */
  confirm: (confirmation: Confirmation | null) => ConfirmResult;
  /**
   * Clears the person's progress (the language stays). What it was stays restorable (`undoStartOver`) until
   * the person changes something.
   */
  startOver: () => void;
  /** Puts back the progress cleared by startOver, if nothing has changed since. */
  undoStartOver: () => void;
  /** Replaces the line's progress with an imported file's. */
  importProgress: (progress: Progress) => void;
}

export type ItemMark = 'done' | 'notUsed';
/** Why a confirmation was refused: no date, a date after today, or nothing submitted yet. */
export type ConfirmResult = 'ok' | 'needsDate' | 'futureDate' | 'notSubmitted' | 'referenceTooLong';
/** Why a text was refused: empty, longer than its limit (in characters as a person sees them), or one entry too many. */
export type TextResult = 'ok' | 'empty' | 'tooLong' | 'tooMany';
export type State = Progress & Actions;

/** Where every line's progress is saved: persist and the lines page write through it alone. */
export const lineStorage = progressStorage();
/** Set while the tab changes line: clearing the old line's state on the page must not be written anywhere. */
let switching = false;
/** The line this tab works on is saved under its own key (lines.ts): persist's `name` is not used. */
const storage: PersistStorage<Progress> = {
  getItem: () => lineStorage.getItem(lineKey(useCurrentLine.getState().id)),
  setItem: (_name, value) => {
    if (!switching) return lineStorage.setItem(lineKey(useCurrentLine.getState().id), value);
  },
  removeItem: () => lineStorage.removeItem(lineKey(useCurrentLine.getState().id)),
};

/** Today on this device, as YYYY-MM-DD (what a date input gives). */
export function localToday(now: Date = new Date()): string {
  return localDate(now.getTime());
}


function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Adds a dated entry to the history (the time is now). */
function record(s: Progress, entry: DistributiveOmit<HistoryEntry, 'at'>) {
  return withHistory(s, { at: Date.now(), ...entry });
}
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export const useProgress = create<State>()(
  persist(
    (set, get) => ({
      ...emptyProgress,
      answer: (questionId, answer) =>
        set((s) => (s.answers[questionId] === answer ? {} : { answers: { ...s.answers, [questionId]: answer }, ...record(s, { kind: 'answer', id: questionId, answer }) })),
      setTicked: (id, ticked) =>
        set((s) => {
          if (ticked === Object.hasOwn(s.ticks, id)) return {};
          // A task that cannot start yet (or does not apply) is not ticked, whatever the page lets through;
          // unticking is always allowed.
          const status = evaluate(checklist, s).tasks.get(id)?.status;
          if (ticked && (status === 'cannotStart' || status === 'notApplicable')) return {};
          const kind = !ticked ? 'untick' : submitTaskIds.has(id) ? 'submit' : 'tick';
          return { ticks: ticked ? { ...s.ticks, [id]: { at: Date.now() } } : withoutKey(s.ticks, id), ...record(s, { kind, id }) };
        }),
      markItem: (id, mark) =>
        set((s) => {
          const current = Object.hasOwn(s.ticks, id) ? s.ticks[id] : undefined;
          const currentMark = current === undefined ? null : current.notUsed ? 'notUsed' : 'done';
          if (currentMark === mark) return {};
          if (mark === null) return { ticks: withoutKey(s.ticks, id), ...record(s, { kind: 'untick', id }) };
          const tick = mark === 'notUsed' ? { at: Date.now(), notUsed: true as const } : { at: Date.now() };
          return { ticks: { ...s.ticks, [id]: tick }, ...record(s, { kind: mark === 'notUsed' ? 'notUsed' : 'tick', id }) };
        }),
      chooseMethod: (method) => set((s) => (s.method === method ? {} : { method, ...record(s, { kind: 'method', method }) })),
      setNote: (stepId, note) => {
        if (characterCount(note) > limits.note) return 'tooLong';
        set((s) => ({ notes: note.trim() ? { ...s.notes, [stepId]: note } : withoutKey(s.notes, stepId) }));
        return 'ok';
      },
      addCustomEntry: (label) => {
        const text = label.trim();
        if (!text) return 'empty';
        if (characterCount(text) > limits.customLabel) return 'tooLong';
        if (get().customEntries.length >= limits.customEntries) return 'tooMany';
        set((s) => ({ customEntries: [...s.customEntries, { id: newId(), label: text }] }));
        return 'ok';
      },
      renameCustomEntry: (id, label) => {
        const text = label.trim();
        if (!text) return 'empty';
        if (characterCount(text) > limits.customLabel) return 'tooLong';
        set((s) => ({ customEntries: s.customEntries.map((e) => (e.id === id ? { ...e, label: text } : e)) }));
        return 'ok';
      },
      removeCustomEntry: (id) =>
        set((s) => ({
          customEntries: s.customEntries.filter((e) => e.id !== id),
          ticks: withoutKey(s.ticks, `custom.${id}`),
        })),
      setDate: (kind, date) => {
        if (date === null) {
          set((s) => ({ dates: withoutKey(s.dates, kind) }));
          return 'ok';
        }
        if (!isIsoDate(date)) return 'needsDate';
        set((s) => ({ dates: { ...s.dates, [kind]: date } }));
        return 'ok';
      },
      confirm: (confirmation) => {
        const s = get();
        if (!confirmation) {
          if (s.confirmation) set({ confirmation: null, ...record(s, { kind: 'unconfirm' }) });
          return 'ok';
        }
        if (!isIsoDate(confirmation.date)) return 'needsDate';
        if (confirmation.date > localToday()) return 'futureDate';
        const readiness = evaluate(checklist, s).readiness;
        if (readiness !== 'submitted' && readiness !== 'confirmed') return 'notSubmitted';
        const reference = confirmation.reference.trim();
        if (characterCount(reference) > limits.reference) return 'referenceTooLong';
        const next = { date: confirmation.date, reference };
        set({ confirmation: next, ...record(s, { kind: 'confirm', ...next }) });
        return 'ok';
      },
      startOver: () => {
        const before = progressOf(get());
        set({ ...emptyProgress });
        // After the clearing itself, so that it does not count as a change that ends the undo.
        useStartOverUndo.setState({ previous: before });
      },
      undoStartOver: () => {
        const { previous } = useStartOverUndo.getState();
        if (!previous) return;
        set(progressOf(previous));
        useStartOverUndo.setState({ previous: null });
      },
      importProgress: (progress) => set(progressOf(progress)),
    }),
    {
      name: 'cancel-line:line',
      version: schemaVersion,
      storage,
      partialize: (state: State): Progress => progressOf(state),
    },
  ),
);

/** The progress cleared by "start over", restorable until the person changes something. */
export const useStartOverUndo = create<{ previous: Progress | null }>(() => ({ previous: null }));

/** The things a person changes: any of them ends the undo of "start over" (the language does not). */
export const changeKeys = ['answers', 'ticks', 'method', 'notes', 'customEntries', 'confirmation', 'dates'] as const;
useProgress.subscribe((state, before) => {
  if (useStartOverUndo.getState().previous && changeKeys.some((k) => state[k] !== before[k])) useStartOverUndo.setState({ previous: null });
});

/**
 * Opens a line in this tab: its progress is read from its key; the line left keeps what it saved. Clearing the
 * page's state first is not written anywhere, so neither line is written over.
 */
export function openLine(id: string) {
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
