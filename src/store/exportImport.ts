import { tasksById } from '../content/lookups';
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

export interface ImportSummary {
  readonly ticked: number;
  readonly answered: number;
  readonly lastChange: number | null;
}

export type ImportError = 'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'migration';
export type ImportResult =
  | { readonly ok: true; readonly lines: readonly (LineInFile & { readonly summary: ImportSummary })[] }
  | { readonly ok: false; readonly error: ImportError };

export function summarize(p: Progress): ImportSummary {
  const times = [...Object.values(p.ticks).map((t) => t.at), ...p.history.map((h) => h.at)].filter((t) => t > 0);
  return {
    ticked: Object.keys(p.ticks).filter((id) => tasksById.has(id)).length,
    answered: Object.keys(p.answers).length,
    lastChange: times.length ? Math.max(...times) : null,
  };
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
    const last4 = isLast4(l.last4) ? l.last4 : '';
    lines.push({ name: clip(l.name.trim(), limits.lineName), last4, progress, summary: summarize(progress) });
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
