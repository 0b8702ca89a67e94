import type { ComingKind, DateKind, Lang, Readiness, TaskStatus, YesNo } from './types';

/** The strings of the overview and of every page's frame (header, status, alerts). Each language must fill every key. */
export interface CoreUi {
  readonly htmlLang: string;
  readonly appTitle: string;
  readonly documentTitle: string;
  readonly tagline: string;
  readonly languageLabel: string;
  readonly privacy: string;
  readonly status: {
    readonly heading: string;
    readonly headline: (readiness: Readiness, confirmedOn: string | null) => string;
    readonly progress: (done: number, left: number) => string;
    readonly next: string;
    readonly warningsHeading: string;
    readonly warningsIntro: string;
  };
  readonly pages: { readonly questions: string; readonly print: string; readonly data: string; readonly lines: string; readonly notFound: string };
  /** The dates that follow, on the overview, and the calendar file. */
  readonly dates: {
    readonly heading: string;
    readonly kinds: Readonly<Record<ComingKind, string>>;
    /** A date counted from a figure of the operator's: "about …, check the operator's terms". */
    readonly about: (date: string) => string;
    /** The dates changed since the calendar file was downloaded. */
    readonly calendarAgain: string;
    readonly calendar: string;
  };
  /** Which line a page is about, when there is more than one, and the way to the lines page. */
  readonly line: {
    /** A line's name as shown: the name the person gave (or "my number" for an unnamed first line) and the digits. */
    readonly label: (name: string, last4: string) => string;
    readonly current: (label: string) => string;
    readonly manage: string;
    /** With one line: the way to add another. */
    readonly another: string;
  };
  readonly overview: {
    readonly questionsTask: string;
    readonly answered: (answered: number, asked: number) => string;
    /** Tasks of a group that depend on an unanswered question. */
    readonly pending: (count: number) => string;
    /** Until where the number is from is answered: the list shown is a mainland number's. */
    readonly undecided: string;
    readonly printLink: string;
    readonly dataLink: string;
  };
  readonly pageFailed: { readonly heading: string; readonly text: string; readonly reload: string };
  readonly taskStatus: Readonly<Record<TaskStatus, string>>;
  readonly stageProgress: (done: number, total: number) => string;
  readonly questions: { readonly heading: string };
  readonly list: {
    /** How much of a list is dealt with, as a status tag on the overview. */
    readonly short: (settled: number, total: number) => string;
  };
  readonly skipToContent: string;
  readonly storage: {
    readonly exportButton: string;
    readonly corrupt: string;
    readonly corruptNoRoom: string;
    /** The saved value was readable but some of its values had the wrong shape: that many were left out. */
    readonly partlyCorrupt: (dropped: number) => string;
    /** The saved value could not be read at all: nothing was recovered. */
    readonly nothingRecovered: string;
    /** Beside controls that cannot be used while the line is read-only. */
    readonly readOnly: string;
    readonly downloadDamaged: string;
    readonly newer: string;
    readonly notSaving: string;
    readonly keepHeading: string;
    readonly keepWarning: string;
    readonly gotIt: string;
  };
  readonly update: { readonly ready: string; readonly reload: string };
}

/** The strings of the pages loaded on demand (task, questions, print, data). Each language must fill every key. */
export interface PageUi {
  readonly data: {
    readonly heading: string;
    readonly exportButton: string;
    readonly importLabel: string;
    readonly importHint: string;
    /** One line of a file, as the overview would show it: its name, where it stands, its counts, its last change. */
    readonly summary: (line: string, where: string, progress: string, lastChange: string | null) => string;
    /** With several lines: this line's progress, or every line's. */
    readonly exportLine: string;
    readonly exportAll: string;
    /** A file of several lines: how many, before each line's summary. */
    readonly linesInFile: (count: number) => string;
    /** One line of such a file, after its name: where it stands and its counts. */
    readonly lineSummary: (where: string, progress: string) => string;
    /** What cannot be true in a file (refused from this version, shown for earlier versions' files). */
    readonly impossible: Readonly<Record<'future' | 'afterWithoutSubmission' | 'confirmationWithoutSubmission' | 'confirmationBeforeSubmission', string>>;
    /** Before the list of what does not add up in an earlier version's file. */
    readonly flagged: string;
    /** The file is refused: what it says cannot be true (`problems`, joined). */
    readonly impossibleError: (problems: string) => string;
    readonly replaceQuestion: string;
    readonly addQuestion: string;
    readonly replace: string;
    readonly addAsNew: string;
    readonly cancel: string;
    readonly imported: string;
    readonly importedAsNew: (count: number) => string;
    readonly errors: Readonly<Record<'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'migration' | 'tooMany' | 'noRoom', string>>;
  };
  /** One general line for a number from outside mainland China. */
  readonly elsewhere: string;
  readonly questionsIntro: string;
  /** A list's own words (on the task page). */
  readonly listItems: {
    /** The three marks of an item, by what marking means in its group (ListGroup `marks`; absent: `change`). */
    readonly marks: Readonly<Record<'change' | 'stop' | 'tell', ListMarks>>;
    readonly progress: (settled: number, total: number) => string;
    /** A group's count: how many are left, or (`left` 0) that all `total` are settled. */
    readonly groupCount: (left: number, total: number) => string;
    /** An item's name with its mark when it is still to change (`state`: that mark's words), else its name. */
    readonly leftItem: (name: string, state: string | null) => string;
    /** What is left of a group folded part-way: the items still to change by name, how many are not marked yet. */
    readonly leftLine: (pending: readonly string[], state: string, unmarked: number) => string;
  };
  /** A number from abroad's end, under the date it is counted from (its task pages). */
  readonly lineEnd: {
    /**
     * About when it ends (`about`: counted from an operator's figure, else the day the operator gave), and
     * (`keepBy`) the day to keep it alive by.
     */
    readonly note: (gone: string, keepBy: string | null, about: boolean) => string;
    /** That day has passed: the line may be gone already. */
    readonly past: (gone: string) => string;
    /** On the check that it is gone, before that day. */
    readonly earlyCheck: (gone: string) => string;
  };
  /** A date the operator gave, written down on its task's page. */
  readonly dateField: Readonly<Record<DateKind, string>> & {
    readonly hint: string;
    /** Under the day of the submission: it is the day ticked unless changed. */
    readonly submittedHint: string;
    readonly errors: Readonly<Record<'needsDate' | 'futureDate' | 'afterConfirmation', string>>;
  };
  readonly linesPage: {
    readonly intro: string;
    readonly open: string;
    readonly openLabel: (label: string) => string;
    readonly isOpen: string;
    readonly status: Readonly<Record<Readiness, string>>;
    readonly progress: (done: number, left: number) => string;
    readonly rename: string;
    readonly renameLabel: (label: string) => string;
    readonly remove: string;
    readonly removeLabel: (label: string) => string;
    readonly removeConfirm: (label: string) => string;
    readonly removeYes: string;
    readonly removed: (label: string) => string;
    readonly undo: string;
    readonly addHeading: string;
    readonly nameLabel: string;
    readonly last4Label: string;
    readonly last4Hint: string;
    readonly add: string;
    readonly save: string;
    readonly cancel: string;
    readonly errors: Readonly<Record<'empty' | 'tooLong' | 'badDigits' | 'tooMany' | 'notSaved', string>>;
  };
  readonly nav: { readonly back: string; readonly nextTask: (title: string) => string };
  readonly questionsPage: { readonly change: string; readonly changeLabel: (question: string) => string };
  readonly task: {
    readonly done: string;
    readonly submitted: string;
    readonly refused: (reasons: string) => string;
    readonly waitsOn: string;
    readonly whyItMatters: string;
    readonly notApplicable: string;
    /** A task of the other list (a link kept from before the first answer changed): not on this number's list. */
    readonly notOnList: string;
    readonly navLabel: string;
    /** A task tied to a later day, before that day. */
    readonly early: (day: string) => string;
  };
  readonly print: {
    readonly intro: string;
    readonly withHistory: string;
    readonly button: string;
    readonly printedOn: (date: string) => string;
    readonly notAnswered: string;
    readonly doneOn: (date: string) => string;
    readonly pending: string;
    readonly note: string;
    /** What the boxes on paper mean. */
    readonly legend: string;
  };
  readonly notFound: string;
  readonly ask: string;
  readonly say: string;
  readonly methodLegend: string;
  readonly copy: { readonly ask: string; readonly say: string; readonly copied: string; readonly selected: string };
  readonly answer: Readonly<Record<YesNo, string>>;
  readonly unsureNote: string;
  readonly cannotStart: string;
  readonly tickedOn: (when: string) => string;
  /** Why the store refused a change (tick, mark, answer, note). */
  readonly refused: {
    readonly readOnly: string;
    readonly unknown: string;
    readonly blocked: string;
    readonly confirmed: string;
    readonly afterDone: string;
  };
  readonly note: {
    readonly label: string;
    readonly count: (used: number, max: number) => string;
    readonly tooLong: (over: number) => string;
    /** Another tab changed the note while the person was typing here. */
    readonly otherTab: string;
    readonly otherTabEmpty: string;
    readonly keepMine: string;
    readonly takeTheirs: string;
  };
  readonly unbind: {
    readonly servicesHeading: string;
    readonly addLabel: string;
    readonly add: string;
    readonly rename: string;
    readonly renameLabel: (label: string) => string;
    readonly save: string;
    readonly cancel: string;
    readonly remove: (label: string) => string;
    readonly emptyName: string;
    readonly tooMany: (max: number) => string;
    readonly tooLong: (max: number) => string;
    readonly duplicate: string;
    readonly removed: (label: string) => string;
    readonly undo: string;
    /** The banks, one entry each: the name field, its button, "no bank uses this number", the all-banks entry. */
    readonly bankLabel: string;
    readonly addBank: string;
    readonly noBanks: string;
    readonly allBanks: string;
    /** How to find accounts missed: a folded paragraph, naming the official look-ups once, each explained. */
    readonly findHeading: string;
    readonly find: string;
  };
  readonly confirmation: {
    readonly dateLabel: string;
    readonly referenceLabel: string;
    readonly record: string;
    readonly recorded: (date: string, reference: string) => string;
    readonly edit: string;
    readonly undo: string;
    readonly needsDate: string;
    readonly futureDate: string;
    readonly notSubmitted: string;
    readonly beforeSubmission: (submittedOn: string) => string;
    /** Saved data of an earlier version whose confirmation is dated before the submission: shown, not changed. */
    readonly flagged: (submittedOn: string) => string;
    readonly referenceTooLong: (max: number) => string;
  };
  readonly stuck: { readonly heading: string; readonly intro: string };
  readonly startOver: {
    readonly heading: string;
    readonly button: string;
    readonly confirm: string;
    readonly yes: string;
    readonly no: string;
    readonly done: string;
    readonly undo: string;
  };
  readonly history: {
    readonly heading: string;
    readonly empty: string;
    readonly folded: (n: number) => string;
    readonly more: (n: number) => string;
    readonly entry: (kind: HistoryKindName, subject: string, value: string) => string;
    /** What a step of the other list (from before the first answer changed) is called here. */
    readonly otherList: string;
  };
}

/** Every string the page shows besides the checklist itself. */
export type UiText = CoreUi & PageUi;

export type HistoryKindName = 'tick' | 'pending' | 'notUsed' | 'untick' | 'answer' | 'method' | 'submit' | 'confirm' | 'unconfirm';

/** An item's three marks, and the button marking what is left of a group not on this number (`rest`: some are marked). */
export interface ListMarks {
  readonly pending: string;
  readonly done: string;
  readonly notUsed: string;
  readonly none: (rest: boolean) => string;
}

/** Date and time of a history entry. `locale` is the page's language with the browser's region (dateLocale). */
export function formatDateTime(locale: string, at: number): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}

const dayMs = 86_400_000;

/** "3 天前" / "3 days ago" within a week, the date after that. */
export function formatWhen(locale: string, at: number, now: number): string {
  const days = Math.floor((startOfDay(now) - startOfDay(at)) / dayMs);
  if (days >= 0 && days < 7) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  return formatDate(locale, at);
}

/** A day in words: 2026年11月25日, 25 November 2026 (en-GB), November 25, 2026 (en-US). */
export function formatDate(locale: string, at: number | string): string {
  const date = typeof at === 'string' ? new Date(`${at}T00:00:00`) : new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/**
 * The locale for dates and times: the page's language, with the browser's region where the browser has that
 * language (an en-GB reader gets 25 November 2026 and a 24-hour clock); otherwise the language's own.
 */
/** Each language's own locale, for a browser that has no region for it. */
const defaultLocale: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

export function dateLocale(lang: Lang, browserLanguages: readonly string[]): string {
  return browserLanguages.find((l) => l.toLowerCase().split('-')[0] === lang) ?? defaultLocale[lang];
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
