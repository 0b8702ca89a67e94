import { useEffect, useState } from 'react';
import { keepWarningDue, useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { exportNow } from '../files/exportNow';
import { useUi } from '../i18n/useLang';

/**
 * Once the person has something to lose, says that the browser can remove it, with the export beside it. It is
 * said once: it counts as seen as soon as it is shown, stays for this visit (until "Got it"), and does not
 * come back.
 */
export function KeepWarning() {
  const [t] = useUi();
  const seen = useDevice((s) => s.storageNoticeSeen);
  const due = useProgress((s) => keepWarningDue(seen, s.history));
  const markSeen = useDevice((s) => s.markStorageNoticeSeen);
  const [showing, setShowing] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (due && !showing) setShowing(true);
  useEffect(() => {
    if (showing && !seen) markSeen();
  }, [showing, seen, markSeen]);
  if (!showing || dismissed) return null;
  return (
    <section className="keep-warning" aria-label={t.storage.keepHeading}>
      <p>{t.storage.keepWarning}</p>
      <p className="row-actions">
        <button type="button" onClick={() => void exportNow()}>
          {t.storage.exportButton}
        </button>
        <button type="button" onClick={() => setDismissed(true)}>
          {t.storage.gotIt}
        </button>
      </p>
    </section>
  );
}
