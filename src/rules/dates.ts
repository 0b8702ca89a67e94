/** What a date is about: one the person wrote down, or the re-check the list suggests. */
export type ComingKind = 'expectConfirmation' | 'refundDue' | 'contractEnds' | 'recheck';

/** The task whose page asks for each date, or (the re-check) says more about it. */
export const taskOfDate: Readonly<Record<ComingKind, string>> = {
  expectConfirmation: 'operatorConfirmed',
  refundDue: 'refundReceived',
  contractEnds: 'endContract',
  recheck: 'recheckBindings',
};

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

/** The local YYYY-MM-DD of a moment. */
export function localDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The dates that matter for a line, soonest first: those the person wrote down, and once the cancellation is
 * submitted, the day to re-check that no account still uses the number (counted from the operator's
 * confirmation, or from the submission until there is one).
 */
export function comingDates(input: {
  readonly dates: Readonly<Partial<Record<Exclude<ComingKind, 'recheck'>, string>>>;
  readonly confirmedOn: string | null;
  /** The day of the submission (the evaluation's `submission.on`), or null before. */
  readonly submittedOn: string | null;
}): Coming[] {
  const coming: Coming[] = [];
  for (const kind of ['expectConfirmation', 'refundDue', 'contractEnds'] as const) {
    const date = input.dates[kind];
    // The expected confirmation is moot once it has come.
    if (date && !(kind === 'expectConfirmation' && input.confirmedOn)) coming.push({ kind, date });
  }
  const from = input.confirmedOn ?? input.submittedOn;
  if (from) coming.push({ kind: 'recheck', date: addDays(from, recheckAfterDays) });
  return coming.sort((a, b) => a.date.localeCompare(b.date));
}
