import { download, exportFile } from '../store/exportImport';
import { useProgress } from '../store/progressStore';

/** Downloads the current progress as a file. */
export function exportNow() {
  const { name, text } = exportFile(useProgress.getState());
  download(name, text);
}
