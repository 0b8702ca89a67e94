import type { DateKind } from '../content/types';
import { submitTaskIds } from '../content/lookups';

// Dates as the person writes them (YYYY-MM-DD) and the arithmetic on them; the dates to come are in coming.ts.

/** The dates of a number from abroad's end (`lineEnd.ts` works them out). */
export interface LineEnd {
  /** About when the line should be gone (YYYY-MM-DD). */
  readonly goneAround: string;
  /** The day to keep it alive by, while it must still be kept alive. */
  readonly keepAliveBy: string;
  /** The check that it is gone, about two weeks later. */
  readonly goneCheck: string;
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
 * Whether a line can have any dates to come (coming.ts): only once a date is written down, or the
 * cancellation is submitted or confirmed. A check that needs no rules, so the page loads the dates' view before
 * its first render only for such a line (main.tsx), and nothing moves in under the person later.
 */
export function mayHaveComingDates(progress: {
  readonly dates: Readonly<Partial<Record<DateKind, string>>>;
  readonly confirmation: unknown;
  readonly ticks: Readonly<Record<string, unknown>>;
}): boolean {
  return Object.keys(progress.dates).length > 0 || progress.confirmation != null || [...submitTaskIds].some((id) => Object.hasOwn(progress.ticks, id));
}
