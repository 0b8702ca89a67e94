import { download } from './download';
import { progressOfLine } from '../store/lineActions';
import { useCurrentLine, useDevice } from '../store/lines';

/** Downloads the open line's progress, or every line's, as a file, read as it is now. */
export async function exportLines(which: 'line' | 'all'): Promise<void> {
  const [{ exportFile }, { migrate }] = await Promise.all([import('../store/exportImport'), import('../store/migrations')]);
  const openId = useCurrentLine.getState().id;
  const lines = useDevice.getState().lines.filter((l) => which === 'all' || l.id === openId);
  const { name, text } = exportFile(lines.map((line) => ({ line, progress: progressOfLine(line.id, migrate) })));
  download(name, text);
}
