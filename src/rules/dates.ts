import type { ComingKind, DateKind, Path } from '../content/types';
export type { ComingKind } from '../content/types';

/** The task whose page asks for each date, or (the re-check) says more about it. */
export const taskOfDate: Readonly<Record<ComingKind, string>> = {
  expectConfirmation: 'operatorConfirmed',
  refundDue: 'refundReceived',
  contractEnds: 'endContract',
  recheck: 'recheckBindings',
  keepAliveBy: 'keepAlive',
  goneAround: 'lineGone',
  goneCheck: 'lineGone',
};

/** The task a coming date links to, on the line's list (each list has its own re-check). */
export const taskOfComing = (kind: ComingKind, path: Path): string => (kind === 'recheck' && path === 'abroad' ? 'abroadRecheck' : taskOfDate[kind]);

/** The dates of a number from abroad's end (`lineEnd.ts` works them out). */
export interface LineEnd {
  /** About when the line should be gone (YYYY-MM-DD). */
  readonly goneAround: string;
  /** The day to keep it alive by, while it must still be kept alive. */
  readonly keepAliveBy: string;
  /** The check that it is gone, about two weeks later. */
  readonly goneCheck: string;
}

export interface Coming {
  readonly kind: ComingKind;
  /** YYYY-MM-DD. */
  readonly date: string;
}

/**
 * Days after the cancellation to check again that nothing is still bound to the number: before it could be
 * given to someone else (usually about three months, sometimes longer; domain-notes.md), with a month to spare.
 */
export const recheckAfterDays = 60;

/** Whether a value is a whole calendar date, YYYY-MM-DD (what a date input gives). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** YYYY-MM-DD of a day, `days` later (calendar days, whatever the time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * YYYY-MM-DD of a day, `months` calendar months later; a day the later month does not have is its last
 * (31 August + 6 months: 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The local YYYY-MM-DD of a moment. */
export function localDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The dates that matter for a line, soonest first. A mainland number: those the person wrote down, and once the
 * cancellation is submitted, the day to re-check that no account still uses the number (counted from the
 * operator's confirmation, or from the submission until there is one). A number from abroad: about when it
 * should be gone and the check after it; while accounts are still being moved, the day to keep it alive by; the
 * re-check once it is gone.
 */
export function comingDates(input: {
  readonly path: Path | null;
  readonly dates: Readonly<Partial<Record<DateKind, string>>>;
  readonly confirmedOn: string | null;
  /** The day of the submission (the evaluation's `submission.on`), or null before. */
  readonly submittedOn: string | null;
  /** Whether the re-check applies (not for a number ported out, which keeps working). */
  readonly recheck: boolean;
  /** A number from abroad: its end (`lineEnd`), and whether it must still be kept alive (accounts still moving). */
  readonly end?: LineEnd | null;
  readonly keepingAlive?: boolean;
  /** Today (YYYY-MM-DD): a day to keep the line alive by that has passed is not to come. */
  readonly today?: string;
}): Coming[] {
  const coming: Coming[] = [];
  const { end } = input;
  if (input.path === 'mainland') {
    for (const kind of ['expectConfirmation', 'refundDue', 'contractEnds'] as const) {
      const date = input.dates[kind];
      // The expected confirmation is moot once it has come.
      if (date && !(kind === 'expectConfirmation' && input.confirmedOn)) coming.push({ kind, date });
    }
  } else if (input.path === 'abroad' && end) {
    // Only for a line that lapses unless used (not a day the operator gave), and not once it has passed.
    const lapses = end.keepAliveBy !== end.goneAround;
    if (lapses && input.keepingAlive && input.submittedOn === null && !(input.today && end.keepAliveBy < input.today)) coming.push({ kind: 'keepAliveBy', date: end.keepAliveBy });
    // Once the person has checked that it is gone, neither is to come.
    if (!input.confirmedOn) coming.push({ kind: 'goneAround', date: end.goneAround }, { kind: 'goneCheck', date: end.goneCheck });
  }
  const from = input.path === 'abroad' ? input.confirmedOn : (input.confirmedOn ?? input.submittedOn);
  if (from && input.recheck) coming.push({ kind: 'recheck', date: addDays(from, recheckAfterDays) });
  return coming.sort((a, b) => a.date.localeCompare(b.date));
}
