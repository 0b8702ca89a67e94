import { useProgress } from '../store/progressStore';

/**
 * Downloads the current progress as a file. The file code loads on the first click (it is not needed to show
 * any page), and the progress is read after it has loaded, so the file has the latest.
 */
export async function exportNow(): Promise<void> {
  const { download, exportFile } = await import('../store/exportImport');
  const { name, text } = exportFile(useProgress.getState());
  download(name, text);
}

/** Downloads saved data that could not be read, as it was, so the person has a copy. */
export async function downloadDamaged(raw: string): Promise<void> {
  const { download } = await import('../store/exportImport');
  download('cancel-line-progress-damaged.txt', raw, 'text/plain');
}
