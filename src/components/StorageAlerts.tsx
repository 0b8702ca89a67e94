import { useStorageStatus } from '../store/progressStorage';
import { downloadDamaged, exportNow } from '../files/exportNow';
import { useUi } from '../i18n/useLang';

/** A warning whose remedy is a copy of the progress. */
function ExportAlert({ text }: { text: string }) {
  const [t] = useUi();
  return (
    <div className="alert">
      <p>{text}</p>
      <button type="button" onClick={() => void exportNow()}>
        {t.storage.exportButton}
      </button>
    </div>
  );
}

/**
 * Says, in words, when progress could not be read or saved, and offers what keeps it safe. It goes in the bar's
 * alert region (app/BottomBar.tsx), which is on the page from the start so that a screen reader says what
 * appears in it.
 */
export function StorageAlerts() {
  const [t] = useUi();
  const corrupt = useStorageStatus((s) => s.corrupt);
  const newerVersion = useStorageStatus((s) => s.newerVersion);
  const notSaving = useStorageStatus((s) => s.notSaving || s.unavailable);
  return (
    <>
      {corrupt && (
        <div className="alert">
          <p>
            {!corrupt.backupKey
              ? t.storage.corruptNoRoom
              : corrupt.dropped !== null
                ? t.storage.partlyCorrupt(corrupt.dropped)
                : corrupt.recovered
                  ? t.storage.corrupt
                  : t.storage.nothingRecovered}
          </p>
          <button type="button" onClick={() => void downloadDamaged(corrupt.raw)}>
            {t.storage.downloadDamaged}
          </button>
        </div>
      )}
      {newerVersion !== null && <ExportAlert text={t.storage.newer} />}
      {notSaving && <ExportAlert text={t.storage.notSaving} />}
    </>
  );
}
