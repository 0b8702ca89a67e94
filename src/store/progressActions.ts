import { create } from 'zustand';
import { checklist } from '../content/checklist';
import { afterSubmissionTicked, listItemsById, questionsById, submitTaskIds, tasksById, tickableTaskIds } from '../content/lookups';
import { isIsoDate } from '../rules/dates';
import { evaluate } from '../rules/evaluate';
import { methods, optionsOf, type Answer, type Method } from '../content/types';
import {
  characterCount,
  emptyProgress,
  limits,
  newId,
  progressOf,
  withHistory,
  type Confirmation,
  type CustomEntry,
  type DateKind,
  type HistoryEntry,
  type Progress,
  type Tick,
} from './progress';
import { isReadOnly, useStorageStatus } from './progressStorage';
import { changeKeys, localToday, useProgress } from './progressStore';

/*
 * Every change goes through these actions, and each says whether it was made. A change is refused, and nothing
 * changes, when the line is read-only (`isReadOnly`), when it names something the checklist does not have, or
 * when it would make the progress say something that cannot be true; the views show the reason.
 */
export interface Actions {
  answer: (questionId: string, answer: Answer) => Refusal | 'ok';
  /** Ticks or unticks a task (not a list: its items are marked with `markItem`). */
  setTicked: (id: string, ticked: boolean) => TickResult;
  /** Marks a list item (or own entry) done, "I don't use this", or neither. */
  markItem: (id: string, mark: ItemMark | null) => Refusal | 'ok';
  /**
   * Marks what is left unmarked in a group of a task's list "not on this number", in one go (with the banks
   * item, the banks listed, or the item itself when none is); marks already made stay.
   */
  markGroupNotUsed: (taskId: string, groupId: string) => Refusal | 'ok';
  chooseMethod: (method: Method) => 'readOnly' | 'ok';
  /** Saves a note; refused (nothing changes) when it is over the limit. */
  setNote: (stepId: string, note: string) => TextResult;
  /** Adds an entry of the person's own (`bank`: one of their banks), marked still to change: they have it. */
  addCustomEntry: (label: string, kind?: 'bank') => TextResult;
  renameCustomEntry: (id: string, label: string) => TextResult;
  /** Removes an own entry and its mark; restorable (`undoRemoveCustomEntry`) until the next change. */
  removeCustomEntry: (id: string) => Refusal | 'ok';
  undoRemoveCustomEntry: () => void;
  /** Writes down (or, with null, removes) a date the operator gave; refused unless it is a whole date. */
  setDate: (kind: DateKind, date: string | null) => DateResult;
  /** Records (or, with null, removes) the operator's confirmation; refused, with the reason, when it cannot be true. */
  confirm: (confirmation: Confirmation | null) => ConfirmResult;
  /**
   * Clears the person's progress (the language stays). What it was stays restorable (`undoStartOver`) until
   * the person changes something.
   */
  startOver: () => 'readOnly' | 'ok';
  /** Puts back the progress cleared by startOver, if nothing has changed since. */
  undoStartOver: () => void;
  /** Replaces the line's progress with an imported file's. */
  importProgress: (progress: Progress) => 'readOnly' | 'ok';
}

/** A list item's mark: changed (`done`), still to change (`pending`), or not on this number (`notUsed`). */
export type ItemMark = 'done' | 'pending' | 'notUsed';
/** The line cannot be changed now (`isReadOnly`), or the id is not one of the checklist's. */
export type Refusal = 'readOnly' | 'unknown';
/**
 * Why a tick was refused: the task cannot start yet (or does not apply); or, for unticking the submission,
 * the operator's confirmation is recorded, or steps that come after the submission are ticked.
 */
export type TickResult = 'ok' | Refusal | 'blocked' | 'confirmed' | 'afterDone';
/** Why a confirmation was refused: no date, a date after today or before the submission, or nothing submitted yet. */
export type ConfirmResult = 'ok' | 'readOnly' | 'needsDate' | 'futureDate' | 'notSubmitted' | 'beforeSubmission' | 'referenceTooLong';
/**
 * Why a date was refused: not a whole date; for the day of the submission, after today or after the
 * confirmation's day.
 */
export type DateResult = 'ok' | 'readOnly' | 'needsDate' | 'futureDate' | 'afterConfirmation';
/**
 * Why a text was refused: empty, longer than its limit (in characters as a person sees them), one entry too
 * many, the same as another entry, for a task the checklist does not have, or the line is read-only.
 */
export type TextResult = 'ok' | Refusal | 'empty' | 'tooLong' | 'tooMany' | 'duplicate';

/**
 * The way of cancelling a line had on a list, found again when the answers bring it back to that list (a number
 * from abroad changed back to a mainland one): the newest choice in the history that is offered there. Nothing
 * changes when there is none, or when the way chosen now is offered.
 */
function methodBack(s: Progress, answers: Progress['answers']): Pick<Progress, 'method'> | Record<string, never> {
  const { offered } = evaluate(checklist, { ...s, answers });
  if (s.method === null || offered.includes(s.method)) return {};
  const last = s.history.findLast((h): h is Extract<HistoryEntry, { kind: 'method' }> => h.kind === 'method' && offered.includes(h.method));
  return last ? { method: last.method } : {};
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** A list item's mark as saved, or null when it has none. */
function markOf(ticks: Readonly<Record<string, Tick>>, id: string): ItemMark | null {
  const tick = Object.hasOwn(ticks, id) ? ticks[id] : undefined;
  return tick === undefined ? null : tick.notUsed ? 'notUsed' : tick.pending ? 'pending' : 'done';
}

function tickOf(mark: ItemMark, at: number): Tick {
  return mark === 'done' ? { at } : mark === 'pending' ? { at, pending: true } : { at, notUsed: true };
}

const readOnly = () => isReadOnly(useStorageStatus.getState());
const isSubmitted = (p: Progress) => evaluate(checklist, p).submission !== null;

/** Own entries' labels compared as a person reads them: case, width and spaces aside. */
const sameLabel = (a: string, b: string) => a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
/** An own entry's label as typed, checked against its limit and the other entries (`id`: the one renamed). */
function checkLabel(entries: readonly CustomEntry[], label: string, id: string | null): TextResult {
  const text = label.trim();
  if (!text) return 'empty';
  if (characterCount(text) > limits.customLabel) return 'tooLong';
  if (entries.some((e) => e.id !== id && sameLabel(e.label, text))) return 'duplicate';
  return 'ok';
}

/** Adds a dated entry to the history (the time is now). */
function record(s: Progress, entry: DistributiveOmit<HistoryEntry, 'at'>) {
  return withHistory(s, { at: Date.now(), ...entry });
}
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The own entry removed last, with its place and mark, restorable until the person changes something. */
export const useEntryUndo = create<{ removed: { entry: CustomEntry; index: number; tick: Tick | null } | null }>(() => ({ removed: null }));

/** The progress cleared by "start over", restorable until the person changes something. */
export const useStartOverUndo = create<{ previous: Progress | null }>(() => ({ previous: null }));

// Any change a person makes ends both undos (another tab's too).
useProgress.subscribe((state, before) => {
  if (!changeKeys.some((k) => state[k] !== before[k])) return;
  if (useStartOverUndo.getState().previous) useStartOverUndo.setState({ previous: null });
  if (useEntryUndo.getState().removed) useEntryUndo.setState({ removed: null });
});

/** Every change a person makes to the open line (see `Actions`). */
export const actions: Actions = {
  answer: (questionId, answer) => {
    if (readOnly()) return 'readOnly';
    const question = questionsById.get(questionId);
    if (!question || !optionsOf(question).includes(answer)) return 'unknown';
    useProgress.setState((s) => {
      if (s.answers[questionId] === answer) return {};
      const answers = { ...s.answers, [questionId]: answer };
      return { answers, ...record(s, { kind: 'answer', id: questionId, answer }), ...methodBack(s, answers) };
    });
    return 'ok';
  },
  setTicked: (id, ticked) => {
    if (readOnly()) return 'readOnly';
    if (!tickableTaskIds.has(id)) return 'unknown';
    const s = useProgress.getState();
    if (ticked === Object.hasOwn(s.ticks, id)) return 'ok';
    if (ticked) {
      // A task that cannot start yet (or does not apply) is not ticked, whatever the page lets through.
      const status = evaluate(checklist, s).tasks.get(id)?.status;
      if (status === 'cannotStart' || status === 'notApplicable') return 'blocked';
    } else if (isSubmitted(s) && !isSubmitted({ ...s, ticks: withoutKey(s.ticks, id) })) {
      // Unticking the submission would leave a confirmation, or steps done after it, with no submission.
      if (s.confirmation) return 'confirmed';
      if (afterSubmissionTicked(s.ticks)) return 'afterDone';
    }
    const kind = !ticked ? 'untick' : submitTaskIds.has(id) ? 'submit' : 'tick';
    useProgress.setState({ ticks: ticked ? { ...s.ticks, [id]: { at: Date.now() } } : withoutKey(s.ticks, id), ...record(s, { kind, id }) });
    return 'ok';
  },
  markItem: (id, mark) => {
    if (readOnly()) return 'readOnly';
    const s = useProgress.getState();
    if (!listItemsById.has(id) && !s.customEntries.some((e) => `custom.${e.id}` === id)) return 'unknown';
    if (markOf(s.ticks, id) === mark) return 'ok';
    if (mark === null) useProgress.setState({ ticks: withoutKey(s.ticks, id), ...record(s, { kind: 'untick', id }) });
    else useProgress.setState({ ticks: { ...s.ticks, [id]: tickOf(mark, Date.now()) }, ...record(s, { kind: mark === 'done' ? 'tick' : mark, id }) });
    return 'ok';
  },
  markGroupNotUsed: (taskId, groupId) => {
    if (readOnly()) return 'readOnly';
    const group = tasksById.get(taskId)?.list?.find((g) => g.id === groupId);
    if (!group) return 'unknown';
    const s = useProgress.getState();
    // The group's items on this path only: the other path's keep their marks.
    const { listItems } = evaluate(checklist, s);
    const ids = group.items.filter((item) => listItems.has(`${taskId}.${item.id}`)).flatMap((item) => {
      const listed = item.entries ? s.customEntries.filter((e) => e.kind === item.entries).map((e) => `custom.${e.id}`) : [];
      return listed.length > 0 ? listed : [`${taskId}.${item.id}`];
    });
    const left = ids.filter((id) => markOf(s.ticks, id) === null);
    if (left.length === 0) return 'ok';
    const at = Date.now();
    useProgress.setState({ ticks: { ...s.ticks, ...Object.fromEntries(left.map((id) => [id, tickOf('notUsed', at)])) }, ...record(s, { kind: 'notUsed', id: `${taskId}.${groupId}` }) });
    return 'ok';
  },
  chooseMethod: (method) => {
    if (readOnly()) return 'readOnly';
    if (methods.includes(method)) useProgress.setState((s) => (s.method === method ? {} : { method, ...record(s, { kind: 'method', method }) }));
    return 'ok';
  },
  setNote: (stepId, note) => {
    if (readOnly()) return 'readOnly';
    if (!tasksById.has(stepId)) return 'unknown';
    if (characterCount(note) > limits.note) return 'tooLong';
    useProgress.setState((s) => ({ notes: note.trim() ? { ...s.notes, [stepId]: note } : withoutKey(s.notes, stepId) }));
    return 'ok';
  },
  addCustomEntry: (label, kind) => {
    if (readOnly()) return 'readOnly';
    const checked = checkLabel(useProgress.getState().customEntries, label, null);
    if (checked !== 'ok') return checked;
    if (useProgress.getState().customEntries.length >= limits.customEntries) return 'tooMany';
    const s = useProgress.getState();
    const id = newId();
    const entry: CustomEntry = kind ? { id, label: label.trim(), kind } : { id, label: label.trim() };
    // A bank listed says a bank uses the number: a mark saying none does goes.
    const unsaid = kind ? [...listItemsById].filter(([, item]) => item.entries === kind).map(([itemId]) => itemId) : [];
    const ticks = unsaid.reduce((t, itemId) => withoutKey(t, itemId), s.ticks);
    useProgress.setState({ customEntries: [...s.customEntries, entry], ticks: { ...ticks, [`custom.${id}`]: tickOf('pending', Date.now()) }, ...record(s, { kind: 'pending', id: `custom.${id}` }) });
    return 'ok';
  },
  renameCustomEntry: (id, label) => {
    if (readOnly()) return 'readOnly';
    if (!useProgress.getState().customEntries.some((e) => e.id === id)) return 'unknown';
    const checked = checkLabel(useProgress.getState().customEntries, label, id);
    if (checked !== 'ok') return checked;
    useProgress.setState((s) => ({ customEntries: s.customEntries.map((e) => (e.id === id ? { ...e, label: label.trim() } : e)) }));
    return 'ok';
  },
  removeCustomEntry: (id) => {
    if (readOnly()) return 'readOnly';
    const s = useProgress.getState();
    const index = s.customEntries.findIndex((e) => e.id === id);
    const entry = s.customEntries[index];
    if (!entry) return 'unknown';
    const tickId = `custom.${id}`;
    useProgress.setState({ customEntries: s.customEntries.filter((e) => e.id !== id), ticks: withoutKey(s.ticks, tickId) });
    // After the removal itself, so that it does not count as a change that ends the undo.
    useEntryUndo.setState({ removed: { entry, index, tick: Object.hasOwn(s.ticks, tickId) ? (s.ticks[tickId] ?? null) : null } });
    return 'ok';
  },
  undoRemoveCustomEntry: () => {
    const { removed } = useEntryUndo.getState();
    if (!removed || readOnly()) return;
    const { entry, index, tick } = removed;
    useProgress.setState((s) => ({
      customEntries: [...s.customEntries.slice(0, index), entry, ...s.customEntries.slice(index)],
      ticks: tick ? { ...s.ticks, [`custom.${entry.id}`]: tick } : s.ticks,
    }));
    useEntryUndo.setState({ removed: null });
  },
  setDate: (kind, date) => {
    if (readOnly()) return 'readOnly';
    if (date === null) {
      useProgress.setState((s) => ({ dates: withoutKey(s.dates, kind) }));
      return 'ok';
    }
    if (!isIsoDate(date)) return 'needsDate';
    if (kind === 'submitted') {
      // The day of the submission: not after today, and never after the operator confirmed it.
      if (date > localToday()) return 'futureDate';
      const confirmedOn = useProgress.getState().confirmation?.date;
      if (confirmedOn !== undefined && date > confirmedOn) return 'afterConfirmation';
    }
    useProgress.setState((s) => ({ dates: { ...s.dates, [kind]: date } }));
    return 'ok';
  },
  confirm: (confirmation) => {
    if (readOnly()) return 'readOnly';
    const s = useProgress.getState();
    if (!confirmation) {
      if (s.confirmation) useProgress.setState({ confirmation: null, ...record(s, { kind: 'unconfirm' }) });
      return 'ok';
    }
    if (!isIsoDate(confirmation.date)) return 'needsDate';
    if (confirmation.date > localToday()) return 'futureDate';
    const { submission } = evaluate(checklist, s);
    if (!submission) return 'notSubmitted';
    if (submission.on !== null && confirmation.date < submission.on) return 'beforeSubmission';
    const reference = confirmation.reference.trim();
    if (characterCount(reference) > limits.reference) return 'referenceTooLong';
    const next = { date: confirmation.date, reference };
    useProgress.setState({ confirmation: next, ...record(s, { kind: 'confirm', ...next }) });
    return 'ok';
  },
  startOver: () => {
    if (readOnly()) return 'readOnly';
    const before = progressOf(useProgress.getState());
    useProgress.setState({ ...emptyProgress });
    // After the clearing itself, so that it does not count as a change that ends the undo.
    useStartOverUndo.setState({ previous: before });
    return 'ok';
  },
  undoStartOver: () => {
    const { previous } = useStartOverUndo.getState();
    if (!previous || readOnly()) return;
    useProgress.setState(progressOf(previous));
    useStartOverUndo.setState({ previous: null });
  },
  importProgress: (progress) => {
    if (readOnly()) return 'readOnly';
    useProgress.setState(progressOf(progress));
    return 'ok';
  },
};
