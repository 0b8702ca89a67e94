import { useRef, useState } from 'react';
import { formatDate } from '../content/ui';
import { readImportFile, type ImportResult } from '../store/exportImport';
import { useProgress } from '../store/progressStore';
import { exportNow } from './exportNow';
import { useDateLocale, useAllUi } from './useLang';

type Pending = Extract<ImportResult, { ok: true }>;

/** Export, and import with a summary and a confirmation first. */
export function DataPanel() {
  const [t] = useAllUi();
  const locale = useDateLocale();
  const importProgress = useProgress((s) => s.importProgress);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    setPending(null);
    setMessage(null);
    if (!file) return;
    const result = await readImportFile(file);
    if (fileRef.current) fileRef.current.value = '';
    if (result.ok) setPending(result);
    else setMessage({ error: true, text: t.data.errors[result.error] });
  };

  return (
    <section className="data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t.data.heading}</h2>
      <p>
        <button type="button" onClick={() => void exportNow()}>
          {t.data.exportButton}
        </button>
      </p>
      <div className="field">
        <label htmlFor="import-file">{t.data.importLabel}</label>
        <input
          ref={fileRef}
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <p className="hint" id="import-hint">
          {t.data.importHint}
        </p>
      </div>
      {pending && (
        <div className="confirm-box" role="group" aria-labelledby="import-summary">
          <p id="import-summary">
            {t.data.summary(pending.summary.ticked, pending.summary.answered, pending.summary.lastChange ? formatDate(locale, pending.summary.lastChange) : null)}{' '}
            {t.data.replaceQuestion}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              importProgress(pending.progress);
              setPending(null);
              setMessage({ error: false, text: t.data.imported });
            }}
          >
            {t.data.replace}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t.data.cancel}
          </button>
        </div>
      )}
      <div role={message?.error ? 'alert' : 'status'} className={message?.error ? 'field-error' : undefined}>
        {message && <p>{message.text}</p>}
      </div>
    </section>
  );
}
