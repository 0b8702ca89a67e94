import type { Answer, DateKind, Method } from '../content/types';

/**
 * A tick, with when it was made (ms since the epoch; 0 when the time was lost). A list item's tick is its mark:
 * changed (a plain tick), still to change (`pending`: the person has the account and it still uses the
 * number), or not on this number (`notUsed`). Changed and not on this number settle the item; still to change
 * does not. Never both flags.
 */
export interface Tick {
  readonly at: number;
  readonly notUsed?: true;
  readonly pending?: true;
}

/** A list entry of the person's own, marked like the catalogue's items (ticks under `custom.<id>`). */
export interface CustomEntry {
  readonly id: string;
  /**
   * As the person typed it. Empty only for the one bank entry made from the single "all banks" mark of
   * version 4 (shown as "all your banks" in the language on screen) until the person names it.
   */
  readonly label: string;
  /** `bank`: one of the person's banks (its reserved number and alert texts), listed with the banks. */
  readonly kind?: 'bank';
}

export interface Confirmation {
  /** YYYY-MM-DD, as the date input gives it. */
  readonly date: string;
  readonly reference: string;
}

export { dateKinds, type DateKind } from '../content/types';

/**
 * One dated thing the person did: the record to show the operator if there is a dispute. Each kind carries
 * exactly what it needs.
 */
export type HistoryEntry =
  /**
   * A task or list item ticked (an item: changed), unticked, marked still to change (`pending`) or not on this
   * number (`notUsed`; with a list group's id, every item of the group left unmarked), or the submission ticked.
   */
  | { readonly at: number; readonly kind: 'tick' | 'untick' | 'pending' | 'notUsed' | 'submit'; readonly id: string }
  | { readonly at: number; readonly kind: 'answer'; readonly id: string; readonly answer: Answer }
  | { readonly at: number; readonly kind: 'method'; readonly method: Method }
  | { readonly at: number; readonly kind: 'confirm'; readonly date: string; readonly reference: string }
  | { readonly at: number; readonly kind: 'unconfirm' };

/**
 * Everything the person did on one line, and nothing derived: what is saved (one key per line), exported and
 * imported. The device's own choices (language, lines) are in lines.ts.
 */
export interface Progress {
  readonly answers: Readonly<Record<string, Answer>>;
  /** Tasks, list items (`rebind.wechat`) and own entries (`custom.<id>`) by id. */
  readonly ticks: Readonly<Record<string, Tick>>;
  readonly method: Method | null;
  readonly notes: Readonly<Record<string, string>>;
  readonly customEntries: readonly CustomEntry[];
  readonly confirmation: Confirmation | null;
  readonly dates: Readonly<Partial<Record<DateKind, string>>>;
  /** Newest last. */
  readonly history: readonly HistoryEntry[];
  /** How many of the oldest history entries were folded away to keep storage small. */
  readonly historyFolded: number;
}

export const limits = {
  note: 2000,
  customLabel: 60,
  customEntries: 30,
  reference: 80,
  history: 150,
  /** Lines kept on one device, and a line's name. */
  lines: 10,
  lineName: 40,
  /** Ids kept in the history. */
  historyText: 100,
} as const;

/**
 * The shape saved now; older saved shapes are migrated to it (migrations.ts). Version 5 adds to version 4's
 * shape a list item's third mark (`pending`: still to change) and bank entries (`kind: 'bank'`), which replace
 * the two marks that stood for all banks at once. It also changes what a value can say: from 5 the store
 * refuses to untick a submission after its confirmation or after the steps that follow it, so a file of 5 or
 * later that says so is refused, one of 4 flagged. Version 6 adds where the number is from (the `place`
 * answer, and answers other than yes / no / not sure); progress saved before it was on the mainland list.
 */
export const schemaVersion = 6;

export const emptyProgress: Progress = {
  answers: {},
  ticks: {},
  method: null,
  notes: {},
  customEntries: [],
  confirmation: null,
  dates: {},
  history: [],
  historyFolded: 0,
};

export function progressOf(state: Progress): Progress {
  const { answers, ticks, method, notes, customEntries, confirmation, dates, history, historyFolded } = state;
  return { answers, ticks, method, notes, customEntries, confirmation, dates, history, historyFolded };
}

/** Whether a progress holds anything the person did (the folded history count aside). */
export function isEmpty(p: Progress): boolean {
  return (
    Object.keys(p.answers).length === 0 &&
    Object.keys(p.ticks).length === 0 &&
    p.method === null &&
    Object.keys(p.notes).length === 0 &&
    p.customEntries.length === 0 &&
    p.confirmation === null &&
    Object.keys(p.dates).length === 0 &&
    p.history.length === 0
  );
}

let idCounter = 0;
/** A short id, unique on this device: for own entries and lines (`[a-z0-9]`, as restore.ts accepts). */
export function newId(now: number = Date.now()): string {
  idCounter += 1;
  return `${now.toString(36)}${idCounter.toString(36)}`;
}

// Made on first use: making one loads the browser's text-segmentation data, a few milliseconds the first
// render need not wait for (it counts nothing unless a saved text is long).
let graphemeSegmenter: Intl.Segmenter | undefined;

/** A text's characters as a person sees them: 👨‍👩‍👧‍👦 is one, not seven code points. */
export function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

export function characterCount(text: string): number {
  return graphemes(text).length;
}

/**
 * Shortens text to a limit of characters as a person sees them (for values read back, never for typing). A
 * text with no more code units than the limit has no more characters either: it is kept without counting.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = graphemes(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** Adds an entry, folding the oldest away past the cap. */
export function withHistory(p: Pick<Progress, 'history' | 'historyFolded'>, entry: HistoryEntry): Pick<Progress, 'history' | 'historyFolded'> {
  const history = [...p.history, entry];
  const over = history.length - limits.history;
  return over > 0 ? { history: history.slice(over), historyFolded: p.historyFolded + over } : { history, historyFolded: p.historyFolded };
}
