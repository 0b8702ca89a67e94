import { download } from './download';
import { lineKey, useCurrentLine, useDevice } from '../store/lines';
import { loadSaved, type Migrate } from '../store/loadSaved';
import { emptyProgress, type Progress } from '../store/progress';
import { useProgress } from '../store/progressStore';


/** A line's progress: the open line's from the page, any other's as it is saved. */
function progressOfLine(id: string, migrate: Migrate): Progress {
  if (id === useCurrentLine.getState().id) return useProgress.getState();
  try {
    const raw = localStorage.getItem(lineKey(id));
    return raw === null ? emptyProgress : loadSaved(raw, migrate).progress;
  } catch {
    return emptyProgress;
  }
}

/** Downloads the open line's progress, or every line's, as a file, read as it is now. */
export async function exportLines(which: 'line' | 'all'): Promise<void> {
  const [{ exportFile }, { migrate }] = await Promise.all([import('../store/exportImport'), import('../store/migrations')]);
  const openId = useCurrentLine.getState().id;
  const lines = useDevice.getState().lines.filter((l) => which === 'all' || l.id === openId);
  const { name, text } = exportFile(lines.map((line) => ({ line, progress: progressOfLine(line.id, migrate) })));
  download(name, text);
}
