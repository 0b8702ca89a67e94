import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { checklist } from '../content/checklist';
import { evaluate, type Evaluation } from '../rules/evaluate';
import { hrefOf } from '../routing/route';
import { useEvaluation } from '../components/useEvaluation';
import { useAllWords } from '../i18n/useLang';
import { useCurrentLine, useDevice, type Line } from '../store/lines';
import { migrate } from '../store/migrations';
import { addLine, progressOfLine, removeLine, renameLine, undoRemoveLine, useLineUndo, type LineResult } from '../store/lineActions';
import { openLine } from '../store/progressStore';
import { exportNow } from '../files/exportNow';

/** Where a line stands, from what it saved. */
const savedEvaluation = (id: string): Evaluation => evaluate(checklist, progressOfLine(id, migrate));

/** A line's name and last four digits, with the error the store gave. */
function LineFields({ idBase, name, last4, error }: { idBase: string; name: string; last4: string; error: LineResult | null }) {
  const [words] = useAllWords();
  const t = words.ui.linesPage;
  const errorId = `${idBase}-error`;
  const onName = error === 'empty' || error === 'tooLong' || error === 'tooMany' || error === 'notSaved';
  return (
    <>
      <div className="field">
        <label htmlFor={`${idBase}-name`}>{t.nameLabel}</label>
        <input id={`${idBase}-name`} name="name" defaultValue={name} autoComplete="off" aria-invalid={onName || undefined} aria-describedby={onName ? errorId : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-last4`}>{t.last4Label}</label>
        <input
          id={`${idBase}-last4`}
          name="last4"
          defaultValue={last4}
          inputMode="numeric"
          autoComplete="off"
          size={6}
          aria-invalid={error === 'badDigits' || undefined}
          aria-describedby={`${idBase}-last4-hint${error === 'badDigits' ? ` ${errorId}` : ''}`}
        />
        <p className="hint" id={`${idBase}-last4-hint`}>
          {t.last4Hint}
        </p>
      </div>
      <div className="field-error" id={errorId} role="alert">
        {error && error !== 'ok' && <p>{t.errors[error]}</p>}
        {error === 'notSaved' && <ExportButton />}
      </div>
    </>
  );
}

/** The way out when the open line cannot be saved: a copy of it. */
function ExportButton() {
  const [words] = useAllWords();
  return (
    <button type="button" onClick={() => void exportNow()}>
      {words.ui.storage.exportButton}
    </button>
  );
}

const fieldsOf = (form: HTMLFormElement) => {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return [text('name'), text('last4')] as const;
};

function LineRow({ line, isOpen, evaluation }: { line: Line; isOpen: boolean; evaluation: Evaluation }) {
  const [words] = useAllWords();
  const t = words.ui.linesPage;
  const label = words.ui.line.label(line.name, line.last4);
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [error, setError] = useState<LineResult | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  const base = `line-${line.id}`;
  const focus = (id: string) => document.getElementById(id)?.focus();
  /** Shows the row as `next`, then moves focus to what now stands where the person was. */
  const switchTo = (next: typeof mode, focusId: string) => {
    flushSync(() => setMode(next));
    focus(focusId);
  };

  const onRename = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = renameLine(line.id, ...fieldsOf(e.currentTarget));
    if (result !== 'ok') return setError(result);
    setError(null);
    switchTo('view', `${base}-rename`);
  };

  return (
    <li className="line-row" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="line-name">
        {label}
      </h2>
      <p className="line-status">
        {t.status[evaluation.readiness]} · {t.progress(evaluation.counts.done, evaluation.counts.left)}
      </p>
      {mode === 'rename' ? (
        <form onSubmit={onRename} noValidate>
          <LineFields idBase={base} name={line.name} last4={line.last4} error={error} />
          <p className="row-actions">
            <button type="submit">{t.save}</button>
            <button
              type="button"
              onClick={() => switchTo('view', `${base}-rename`)}
            >
              {t.cancel}
            </button>
          </p>
        </form>
      ) : mode === 'remove' ? (
        <div className="confirm-box" role="group" aria-labelledby={`${base}-remove-question`}>
          <p id={`${base}-remove-question`} tabIndex={-1}>
            {t.removeConfirm(label)}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              flushSync(() => removeLine(line.id));
              focus('line-undo');
            }}
          >
            {t.removeYes}
          </button>
          <button
            type="button"
            onClick={() => switchTo('view', `${base}-remove`)}
          >
            {t.cancel}
          </button>
        </div>
      ) : (
        <p className="row-actions">
          {isOpen ? (
            <span className="tag tag-inProgress">{t.isOpen}</span>
          ) : (
            <button
              type="button"
              aria-label={t.openLabel(label)}
              aria-describedby={notSaved ? `${base}-not-saved` : undefined}
              onClick={() => {
                if (openLine(line.id) === 'notSaved') return setNotSaved(true);
                location.hash = hrefOf({ page: 'overview' });
              }}
            >
              {t.open}
            </button>
          )}
          <button
            type="button"
            id={`${base}-rename`}
            aria-label={t.renameLabel(label)}
            onClick={() => switchTo('rename', `${base}-name`)}
          >
            {t.rename}
          </button>
          <button
            type="button"
            id={`${base}-remove`}
            aria-label={t.removeLabel(label)}
            onClick={() => switchTo('remove', `${base}-remove-question`)}
          >
            {t.remove}
          </button>
        </p>
      )}
      <div className="field-error" id={`${base}-not-saved`} role="alert">
        {notSaved && (
          <>
            <p>{t.errors.notSaved}</p>
            <ExportButton />
          </>
        )}
      </div>
    </li>
  );
}

function AddLine() {
  const [words] = useAllWords();
  const t = words.ui.linesPage;
  const [error, setError] = useState<LineResult | null>(null);
  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = addLine(...fieldsOf(e.currentTarget));
    if (result !== 'ok') return setError(result);
    location.hash = hrefOf({ page: 'overview' });
  };
  return (
    <section className="add-line" aria-labelledby="add-line-heading">
      <h2 id="add-line-heading">{t.addHeading}</h2>
      <form onSubmit={onAdd} noValidate>
        <LineFields idBase="new-line" name="" last4="" error={error} />
        <button type="submit">{t.add}</button>
      </form>
    </section>
  );
}

/** `#/lines`: every line on this device with where it stands; open, rename, remove (with undo), add. */
export function LinesPage() {
  const [words] = useAllWords();
  const t = words.ui.linesPage;
  const lines = useDevice((s) => s.lines);
  const openId = useCurrentLine((s) => s.id);
  const live = useEvaluation();
  const removed = useLineUndo((s) => s.removed);
  return (
    <>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{words.ui.nav.back}</a>
      </p>
      <h1 id="page-heading" tabIndex={-1}>
        {words.ui.pages.lines}
      </h1>
      <p className="intro">{t.intro}</p>
      <ul className="lines">
        {lines.map((line) => (
          <LineRow key={line.id} line={line} isOpen={line.id === openId} evaluation={line.id === openId ? live : savedEvaluation(line.id)} />
        ))}
      </ul>
      <div role="status" className="undo-status">
        {removed && (
          <p>
            {t.removed(words.ui.line.label(removed.line.name, removed.line.last4))}{' '}
            <button type="button" id="line-undo" onClick={undoRemoveLine}>
              {t.undo}
            </button>
          </p>
        )}
      </div>
      <AddLine />
    </>
  );
}
