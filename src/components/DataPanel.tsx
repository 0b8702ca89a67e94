import { useRef, useState } from 'react';
import { formatDate } from '../content/ui';
import { readImportFile, type ImportResult, type ImportSummary } from '../store/exportImport';
import { useDevice } from '../store/lines';
import { importAsNewLines } from '../store/lineActions';
import { actions } from '../store/progressActions';
import { exportNow } from '../files/exportNow';
import { useAllWords, useDateLocale } from '../i18n/useLang';

type Pending = Extract<ImportResult, { ok: true }>;

/** Export (this line or all), and import with a summary and a choice first: replace this line, or add new lines. */
export function DataPanel() {
  const [words, lang] = useAllWords();
  // Chinese runs sentences and labels on without a space, with full-width punctuation.
  const space = lang === 'zh' ? '' : ' ';
  const colon = lang === 'zh' ? '：' : ': ';
  const t = words.ui;
  const locale = useDateLocale();
  const lineCount = useDevice((s) => s.lines.length);
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
    else if (result.error === 'impossible') {
      const problems = (result.problems ?? []).map((p) => t.data.impossible[p]).join(lang === 'zh' ? '；' : '; ');
      setMessage({ error: true, text: t.data.impossibleError(problems) });
    } else setMessage({ error: true, text: t.data.errors[result.error] });
  };
  const done = (text: string, error = false) => {
    setPending(null);
    setMessage({ error, text });
  };
  /** Where a line of the file stands and its counts, as the overview would say them. */
  const standing = (s: ImportSummary) => [t.linesPage.status[s.readiness], t.status.progress(s.done, s.left)] as const;
  const summary = (line: Pending['lines'][number]) =>
    t.data.summary(t.line.label(line.name, line.last4), ...standing(line.summary), line.summary.lastChange ? formatDate(locale, line.summary.lastChange) : null);
  const flags = pending ? [...new Set(pending.lines.flatMap((l) => l.summary.flags))] : [];
  const onlyLine = pending?.lines.length === 1 ? pending.lines[0] : undefined;

  return (
    <section className="data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t.data.heading}</h2>
      <p className="row-actions">
        {lineCount > 1 ? (
          <>
            <button type="button" onClick={() => void exportNow('line')}>
              {t.data.exportLine}
            </button>
            <button type="button" onClick={() => void exportNow('all')}>
              {t.data.exportAll}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void exportNow('all')}>
            {t.data.exportButton}
          </button>
        )}
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
          {onlyLine ? (
            <p id="import-summary">
              {summary(onlyLine)}
              {space}
              {t.data.replaceQuestion}
            </p>
          ) : (
            <div id="import-summary">
              <p>{t.data.linesInFile(pending.lines.length)}</p>
              <ul>
                {pending.lines.map((line, i) => (
                  <li key={i}>
                    <strong>{t.line.label(line.name, line.last4)}</strong>
                    {colon}
                    {t.data.lineSummary(...standing(line.summary))}
                  </li>
                ))}
              </ul>
              <p>{t.data.addQuestion}</p>
            </div>
          )}
          {flags.length > 0 && (
            <div className="flagged">
              <p>{t.data.flagged}</p>
              <ul>
                {flags.map((flag) => (
                  <li key={flag}>{t.data.impossible[flag]}</li>
                ))}
              </ul>
            </div>
          )}
          {onlyLine && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (actions.importProgress(onlyLine.progress) === 'ok') done(t.data.imported);
                else done(t.refused.readOnly, true);
              }}
            >
              {t.data.replace}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              const result = importAsNewLines(pending.lines);
              if (result === 'ok') done(t.data.importedAsNew(pending.lines.length));
              else done(t.data.errors[result], true);
            }}
          >
            {t.data.addAsNew}
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
