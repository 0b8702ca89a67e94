/*
 * The export buttons that are on every page (the storage alerts, the keep-your-data notice) load the export
 * code on the first click: it is not needed to show any page.
 */

/** Downloads the open line's progress, or every line's, as a file. */
export async function exportNow(which: 'line' | 'all' = 'all'): Promise<void> {
  const { exportLines } = await import('./exportFile');
  await exportLines(which);
}

/** Downloads saved data that could not be read, as it was, so the person has a copy. */
export async function downloadDamaged(raw: string): Promise<void> {
  const { download } = await import('./download');
  download('cancel-line-progress-damaged.txt', raw, 'text/plain');
}
