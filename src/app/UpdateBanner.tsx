import { useUpdateStatus } from './updateStatus';
import { useUi } from '../i18n/useLang';

/** Says a new version is ready and offers the reload; never reloads by itself. */
export function UpdateBanner() {
  const [t] = useUi();
  const ready = useUpdateStatus((s) => s.ready);
  const apply = useUpdateStatus((s) => s.apply);
  return (
    <div role="status" className="update-banner">
      {ready && (
        <p>
          {t.update.ready}{' '}
          <button type="button" onClick={apply}>
            {t.update.reload}
          </button>
        </p>
      )}
    </div>
  );
}
