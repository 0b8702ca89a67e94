import { checklist } from '../content/checklist';
import { afterSubmissionTicked } from '../content/lookups';
import type { Readiness } from '../content/types';
import { localDate } from '../rules/dates';
import { evaluate } from '../rules/evaluate';
import { clip, limits, progressOf, schemaVersion, type Progress } from './progress';
import { migrate } from './migrations';
import { restoreProgress } from './restore';
import { isLast4, isRecord } from './saved';
import type { Line } from './lines';

export const appName = 'cancel-line-checklist';
export const maxImportBytes = 1_000_000;

/** A line as it travels in a file: its name and digits, and its progress. */
export interface LineInFile {
  readonly name: string;
  readonly last4: string;
  readonly progress: Progress;
}

/** The first schema written by a version that refuses what makes a file impossible (progress.ts, `schemaVersion`). */
const enforcedFrom = 5;

/** One line or all of them, as a file (schema 4: `lines`; schemas 1–3 had one `progress`). */
export function exportFile(lines: readonly { line: Line; progress: Progress }[], now: Date = new Date()): { name: string; text: string } {
  const day = now.toISOString().slice(0, 10);
  const body = {
    app: appName,
    schemaVersion,
    exportedAt: now.toISOString(),
    lines: lines.map(({ line, progress }) => ({ name: line.name, last4: line.last4, progress: progressOf(progress) })),
  };
  const which = lines.length === 1 ? '' : '-all';
  return { name: `cancel-line-progress${which}-${day}.json`, text: JSON.stringify(body, null, 2) };
}

/**
 * What a file can say that cannot be true: a time after now (the clock of another device may be a day off),
 * steps after the submission done with no submission, a confirmation with no submission or dated before it.
 */
export const impossibleStates = ['future', 'afterWithoutSubmission', 'confirmationWithoutSubmission', 'confirmationBeforeSubmission'] as const;
export type Impossible = (typeof impossibleStates)[number];

/** A line of the file as the overview would show it once imported. */
export interface ImportSummary {
  readonly readiness: Readiness;
  readonly done: number;
  readonly left: number;
  readonly lastChange: number | null;
  /** What cannot be true in a file of this app's earlier versions (which could write it): shown, not refused. */
  readonly flags: readonly Impossible[];
}

export type ImportError = 'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'migration' | 'impossible';
export type ImportResult =
  | { readonly ok: true; readonly lines: readonly (LineInFile & { readonly summary: ImportSummary })[] }
  | { readonly ok: false; readonly error: ImportError; readonly problems?: readonly Impossible[] };

export function summarize(p: Progress, flags: readonly Impossible[] = []): ImportSummary {
  const times = [...Object.values(p.ticks).map((t) => t.at), ...p.history.map((h) => h.at)].filter((t) => t > 0);
  const { readiness, counts } = evaluate(checklist, p);
  return { readiness, done: counts.done, left: counts.left, lastChange: times.length ? Math.max(...times) : null, flags };
}

const dayMs = 86_400_000;
const timesIn = (v: unknown): number[] =>
  isRecord(v) ? Object.values(v).flatMap((t) => (isRecord(t) && typeof t.at === 'number' ? [t.at] : [])) : [];

/**
 * What cannot be true of a line as the file has it (`state`, before repair: repair would clear a time in the
 * future) and as it reads once repaired (`progress`).
 */
export function impossibleIn(state: unknown, progress: Progress, exportedAt: string, now: number): Impossible[] {
  const src = isRecord(state) ? state : {};
  const latest = now + dayMs;
  const history = Array.isArray(src.history) ? (src.history as unknown[]) : [];
  const times = [...timesIn(src.ticks), ...history.flatMap((h) => (isRecord(h) && typeof h.at === 'number' ? [h.at] : [])), Date.parse(exportedAt)];
  const confirmedOn = isRecord(src.confirmation) && typeof src.confirmation.date === 'string' ? src.confirmation.date : null;
  const problems: Impossible[] = [];
  if (times.some((t) => t > latest) || (confirmedOn !== null && confirmedOn > localDate(latest))) problems.push('future');

  const { submission, flags } = evaluate(checklist, progress);
  if (!submission && afterSubmissionTicked(progress.ticks)) problems.push('afterWithoutSubmission');
  if (progress.confirmation && !submission) problems.push('confirmationWithoutSubmission');
  problems.push(...flags);
  return problems;
}

/** Reads an exported file's text: the same migrations and restore as saved state. Never throws. */
export async function parseImport(text: string, now: number = Date.now()): Promise<ImportResult> {
  if (text.length > maxImportBytes) return { ok: false, error: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  // A newer version's file may have a shape this version does not know: say "newer", not "foreign".
  const envelope = isRecord(value) ? value : {};
  if (envelope.app === appName && typeof envelope.schemaVersion === 'number' && envelope.schemaVersion > schemaVersion) return { ok: false, error: 'newer' };
  const { parseExportFile } = await import('./importSchema');
  const parsed = parseExportFile(value);
  if (!parsed.success) return { ok: false, error: 'foreign' };
  const file = parsed.output;
  // Schemas 1–3 held one checklist; from 4 a file holds one line or several.
  const inFile = 'lines' in file ? file.lines : [{ name: '', last4: '', progress: file.progress }];
  if (inFile.length === 0 || inFile.length > limits.lines) return { ok: false, error: 'foreign' };
  const lines: (LineInFile & { summary: ImportSummary })[] = [];
  for (const l of inFile) {
    const migrated = migrate(l.progress, file.schemaVersion);
    if (!migrated.ok) return { ok: false, error: 'migration' };
    const { progress } = restoreProgress(migrated.state, now);
    const problems = impossibleIn(l.progress, progress, file.exportedAt, now);
    // This version never writes these: a file of it that has them was made by hand or damaged. Earlier versions
    // could write them (a submission unticked after its confirmation; a confirmation dated before the day the
    // submission was ticked, which had no date of its own), so their files are flagged only.
    if (problems.length > 0 && file.schemaVersion >= enforcedFrom) return { ok: false, error: 'impossible', problems };
    const last4 = isLast4(l.last4) ? l.last4 : '';
    lines.push({ name: clip(l.name.trim(), limits.lineName), last4, progress, summary: summarize(progress, problems) });
  }
  return { ok: true, lines };
}

/** Checks the size before reading a byte of the file. */
export async function readImportFile(file: Blob): Promise<ImportResult> {
  if (file.size > maxImportBytes) return { ok: false, error: 'tooLarge' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'notJson' };
  }
  return parseImport(text);
}
