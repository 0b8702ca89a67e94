import { listItemsById, questionsById, tasksById, tickableTaskIds } from '../content/lookups';
import { methods, optionsOf, type Answer, type Method } from '../content/types';
import {
  clip,
  dateKinds,
  emptyProgress,
  type DateKind,
  limits,
  type Confirmation,
  type CustomEntry,
  type HistoryEntry,
  type Progress,
  type Tick,
} from './progress';
import { isIsoDate } from '../rules/dates';
import { isId, isRecord } from './saved';

/** Earliest and latest times we believe: nothing of ours was saved before 2020, nor a day into the future. */
const earliest = Date.UTC(2020, 0, 1);
const saneTime = (t: unknown, now: number): t is number => typeof t === 'number' && Number.isFinite(t) && t >= earliest && t <= now + 86_400_000;

/** A record's entries; anything else that is there (a string where a record belongs) counts as one value dropped. */
function ownEntries(v: unknown, drop: () => void): [string, unknown][] {
  if (isRecord(v)) return Object.entries(v);
  if (v !== undefined && v !== null) drop();
  return [];
}


/** Whether a value is an answer to a question: yes / no / not sure, or one of the question's own options. */
function isAnswerTo(questionId: string, v: unknown): v is Answer {
  const question = questionsById.get(questionId);
  return typeof v === 'string' && (question ? optionsOf(question).includes(v) : /^[a-z][a-zA-Z0-9]{0,30}$/.test(v));
}

/** One history entry of a known kind with what that kind needs, or null. Ids are kept even if the content no longer has them. */
function historyEntry(e: Record<string, unknown>, at: number): HistoryEntry | null {
  const id = typeof e.id === 'string' && e.id ? clip(e.id, limits.historyText) : null;
  switch (e.kind) {
    case 'tick':
    case 'untick':
    case 'pending':
    case 'notUsed':
    case 'submit':
      return id ? { at, kind: e.kind, id } : null;
    case 'answer':
      // An answer of a question this version knows is one of its options; one it does not know is kept as written.
      return id && isAnswerTo(id, e.answer) ? { at, kind: 'answer', id, answer: clip(e.answer, limits.historyText) } : null;
    case 'method':
      return methods.includes(e.method as Method) ? { at, kind: 'method', method: e.method as Method } : null;
    case 'confirm':
      return isIsoDate(e.date) ? { at, kind: 'confirm', date: e.date, reference: typeof e.reference === 'string' ? clip(e.reference, limits.reference) : '' } : null;
    case 'unconfirm':
      return { at, kind: 'unconfirm' };
    default:
      return null;
  }
}

/** What restore did: the progress it kept, and how many values it had to drop or repair. */
export interface Restored {
  readonly progress: Progress;
  readonly dropped: number;
}

/**
 * The one door for saved state and imported files: walks the current shape, keeps what is valid (known ids,
 * known answers, sane dates, text within its limits), fills what is missing, drops what it does not know.
 * Never throws.
 */
export function restoreProgress(input: unknown, now: number = Date.now()): Restored {
  let dropped = 0;
  const drop = () => void dropped++;
  const src = isRecord(input) ? input : (drop(), {});

  const answers: Record<string, Answer> = {};
  for (const [id, v] of ownEntries(src.answers, drop)) {
    if (questionsById.has(id) && isAnswerTo(id, v)) answers[id] = v;
    else drop();
  }

  const customEntries: CustomEntry[] = [];
  if (Array.isArray(src.customEntries)) {
    for (const e of src.customEntries as unknown[]) {
      const label = isRecord(e) && typeof e.label === 'string' ? clip(e.label.trim(), limits.customLabel) : null;
      const id = isRecord(e) && isId(e.id) ? e.id : '';
      // A bank entry, or (no kind) an account of the person's own; a kind this version does not know is dropped.
      const bank = isRecord(e) && e.kind === 'bank';
      if (isRecord(e) && e.kind !== undefined && !bank) drop();
      // Only a bank entry may be nameless: the one that stands for all banks (see CustomEntry).
      const named = label !== null && (label !== '' || bank);
      if (id && named && customEntries.length < limits.customEntries && !customEntries.some((c) => c.id === id)) customEntries.push(bank ? { id, label, kind: 'bank' } : { id, label });
      else drop();
    }
  } else if (src.customEntries !== undefined) drop();
  const customIds = new Set(customEntries.map((e) => `custom.${e.id}`));

  const ticks: Record<string, Tick> = {};
  for (const [id, v] of ownEntries(src.ticks, drop)) {
    const listItem = listItemsById.has(id) || customIds.has(id);
    if (!(tickableTaskIds.has(id) || listItem) || !isRecord(v)) {
      drop();
      continue;
    }
    // A tick whose time is lost is still a tick: keep it, without a date (at 0).
    const time = saneTime(v.at, now) ? v.at : 0;
    if (time === 0 && v.at !== 0) drop();
    // Only a list item has a mark besides changed: not on this number, or still to change (one of them at most).
    const notUsed = listItem && v.notUsed === true;
    const pending = listItem && v.pending === true && !notUsed;
    if (v.notUsed !== undefined && !notUsed) drop();
    if (v.pending !== undefined && !pending) drop();
    ticks[id] = notUsed ? { at: time, notUsed: true } : pending ? { at: time, pending: true } : { at: time };
  }

  const method: Method | null = methods.includes(src.method as Method) ? (src.method as Method) : (src.method != null && drop(), null);

  const notes: Record<string, string> = {};
  for (const [id, v] of ownEntries(src.notes, drop)) {
    if (tasksById.has(id) && typeof v === 'string' && v.trim()) notes[id] = clip(v, limits.note);
    else drop();
  }

  let confirmation: Confirmation | null = null;
  if (isRecord(src.confirmation) && isIsoDate(src.confirmation.date)) {
    const ref = src.confirmation.reference;
    confirmation = { date: src.confirmation.date, reference: typeof ref === 'string' ? clip(ref.trim(), limits.reference) : '' };
  } else if (src.confirmation != null) drop();

  const dates: Partial<Record<DateKind, string>> = {};
  for (const [kind, v] of ownEntries(src.dates, drop)) {
    if (dateKinds.includes(kind as DateKind) && isIsoDate(v)) dates[kind as DateKind] = v;
    else drop();
  }

  const history: HistoryEntry[] = [];
  if (Array.isArray(src.history)) {
    for (const e of src.history as unknown[]) {
      const entry = isRecord(e) && saneTime(e.at, now) ? historyEntry(e, e.at) : null;
      if (entry) history.push(entry);
      else drop();
    }
  } else if (src.history !== undefined) drop();
  history.sort((a, b) => a.at - b.at);
  let historyFolded = typeof src.historyFolded === 'number' && Number.isInteger(src.historyFolded) && src.historyFolded >= 0 ? src.historyFolded : 0;
  if (history.length > limits.history) {
    historyFolded += history.length - limits.history;
    history.splice(0, history.length - limits.history);
  }

  return {
    progress: {
      ...emptyProgress,
      answers,
      ticks,
      method,
      notes,
      customEntries,
      confirmation,
      dates,
      history,
      historyFolded,
    },
    dropped,
  };
}
