import { tasksById } from '../content/lookups';
import { migrate } from './migrations';
import { progressOf, schemaVersion, type Progress } from './progress';
import { restoreProgress } from './restore';

export const appName = 'cancel-line-checklist';
export const maxImportBytes = 1_000_000;

export function exportFile(progress: Progress, now: Date = new Date()): { name: string; text: string } {
  const day = now.toISOString().slice(0, 10);
  const body = { app: appName, schemaVersion, exportedAt: now.toISOString(), progress: progressOf(progress) };
  return { name: `cancel-line-progress-${day}.json`, text: JSON.stringify(body, null, 2) };
}

export interface ImportSummary {
  readonly ticked: number;
  readonly answered: number;
  readonly lastChange: number | null;
}

export type ImportError = 'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'migration';
export type ImportResult =
  | { readonly ok: true; readonly progress: Progress; readonly summary: ImportSummary }
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
  const { parseExportFile } = await import('./importSchema');
  const parsed = parseExportFile(value);
  if (!parsed.success) return { ok: false, error: 'foreign' };
  const file = parsed.output;
  if (file.schemaVersion > schemaVersion) return { ok: false, error: 'newer' };
  const migrated = migrate(file.progress, file.schemaVersion);
  if (!migrated.ok) return { ok: false, error: 'migration' };
  const { progress } = restoreProgress(migrated.state, now);
  return { ok: true, progress, summary: summarize(progress) };
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

/** Offers text as a file download; nothing leaves the device. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
