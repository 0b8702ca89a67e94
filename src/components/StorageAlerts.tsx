import { download } from '../store/exportImport';
import { useStorageStatus } from '../store/progressStorage';
import { exportNow } from './exportNow';
import { useUi } from './useLang';

/** Says, in words, when progress could not be read or saved, and offers what keeps it safe. */
export function StorageAlerts() {
  const [t] = useUi();
  const corrupt = useStorageStatus((s) => s.corrupt);
  const newerVersion = useStorageStatus((s) => s.newerVersion);
  const notSaving = useStorageStatus((s) => s.notSaving || s.unavailable);
  return (
    <div role="alert" className="storage-alerts">
      {corrupt && (
        <div className="alert">
          <p>{corrupt.backupKey ? t.storage.corrupt : t.storage.corruptNoRoom}</p>
          <button type="button" onClick={() => download('cancel-line-progress-damaged.txt', corrupt.raw, 'text/plain')}>
            {t.storage.downloadDamaged}
          </button>
        </div>
      )}
      {newerVersion !== null && (
        <div className="alert">
          <p>{t.storage.newer}</p>
          <button type="button" onClick={exportNow}>
            {t.data.exportButton}
          </button>
        </div>
      )}
      {notSaving && (
        <div className="alert">
          <p>{t.storage.notSaving}</p>
          <button type="button" onClick={exportNow}>
            {t.data.exportButton}
          </button>
        </div>
      )}
    </div>
  );
}
