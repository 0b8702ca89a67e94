import { useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { exportNow } from '../files/exportNow';
import { useUi } from '../i18n/useLang';

/** Once the person has something to lose, says once that the browser can remove it, with the export beside it. */
export function KeepWarning() {
  const [t] = useUi();
  const seen = useDevice((s) => s.storageNoticeSeen);
  const hasProgress = useProgress((s) => s.history.length > 0);
  const markSeen = useDevice((s) => s.markStorageNoticeSeen);
  if (seen || !hasProgress) return null;
  return (
    <section className="keep-warning" aria-label={t.storage.keepHeading}>
      <p>{t.storage.keepWarning}</p>
      <p className="row-actions">
        <button type="button" onClick={() => void exportNow()}>
          {t.storage.exportButton}
        </button>
        <button type="button" onClick={markSeen}>
          {t.storage.gotIt}
        </button>
      </p>
    </section>
  );
}
