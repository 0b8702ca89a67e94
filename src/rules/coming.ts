import { tasksById } from '../content/lookups';
import { pathOf } from '../content/paths';
import type { ComingKind, DateKind, Path } from '../content/types';
import { addDays, recheckAfterDays, type LineEnd } from './dates';
import type { Evaluation } from './evaluate';
import { lineEndOf } from './lineEnd';
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

export interface Coming {
  readonly kind: ComingKind;
  /** YYYY-MM-DD. */
  readonly date: string;
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

/**
 * The dates to come for a line as its overview and print view show them (`comingDates`), with its end (a number
 * from abroad's, or null) for saying which are "about".
 */
export function comingDatesOf(
  progress: {
    readonly answers: Readonly<Record<string, unknown>>;
    readonly dates: Readonly<Partial<Record<DateKind, string>>>;
    readonly confirmation: { readonly date: string } | null;
  },
  evaluation: Evaluation,
  today: string,
): { coming: Coming[]; end: ReturnType<typeof lineEndOf> } {
  const path = pathOf(progress.answers);
  // The re-check is to come while its task applies and is not done.
  const recheckStatus = evaluation.tasks.get(taskOfComing('recheck', path))?.status;
  // Accounts are still being moved while anything that protects the person is not done.
  const keepingAlive = [...evaluation.tasks.values()].some((s) => tasksById.get(s.id)?.protects && s.status !== 'done' && s.status !== 'notApplicable');
  // The submission of the chosen way only (a tick left from the other way is not one).
  const end = lineEndOf(progress.answers, evaluation.method, progress.dates);
  const coming = comingDates({
    path,
    dates: progress.dates,
    confirmedOn: progress.confirmation?.date ?? null,
    submittedOn: evaluation.submission?.on ?? null,
    recheck: recheckStatus !== undefined && recheckStatus !== 'notApplicable' && recheckStatus !== 'done',
    end,
    keepingAlive,
    today,
  });
  return { coming, end };
}
