import { useState } from 'react';
import type { Task } from '../content/types';
import { formatDate } from '../content/ui';
import type { TaskState } from '../rules/evaluate';
import { limits } from '../store/progress';
import { actions, type ConfirmResult } from '../store/progressActions';
import { localToday, useProgress } from '../store/progressStore';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useDateLocale, useAllUi } from '../i18n/useLang';

/** The operator's confirmation: its own final step, with the date and an optional reference. */
export function ConfirmationStep({ task, state, submittedOn, flagged }: { task: Task; state: TaskState; submittedOn: string | null; flagged: boolean }) {
  const [t] = useAllUi();
  const locale = useDateLocale();
  const confirmation = useProgress((s) => s.confirmation);
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(confirmation?.date ?? '');
  const [reference, setReference] = useState(confirmation?.reference ?? '');
  const [error, setError] = useState<string | null>(null);
  const readOnly = useReadOnly();
  const latest = localToday();
  const blocked = state.status === 'cannotStart';
  const base = `task-${task.id}-date`;
  const whyId = blocked ? `why-${task.id}` : undefined;

  if (confirmation && !editing) {
    return (
      <div className="confirmation-done">
        <p className="tick">
          <span className="print-box" aria-hidden="true">
            ☑
          </span>{' '}
          <strong>
            {t.confirmation.recorded(formatDate(locale, confirmation.date), confirmation.reference)}
          </strong>
        </p>
        {flagged && submittedOn && <p className="unsure">{t.confirmation.flagged(formatDate(locale, submittedOn))}</p>}
        <p className="row-actions">
          <button
            type="button"
            disabled={readOnly}
            aria-describedby={describedWith(readOnly)}
            onClick={() => {
              setDate(confirmation.date);
              setReference(confirmation.reference);
              setEditing(true);
            }}
          >
            {t.confirmation.edit}
          </button>
          <button type="button" disabled={readOnly} onClick={() => actions.confirm(null)}>
            {t.confirmation.undo}
          </button>
        </p>
      </div>
    );
  }

  return (
    <form
      className="confirmation-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked) return setError(t.confirmation.notSubmitted);
        // The store decides; the page only says why it refused.
        const messages: Record<Exclude<ConfirmResult, 'ok'>, string> = {
          readOnly: t.refused.readOnly,
          beforeSubmission: t.confirmation.beforeSubmission(submittedOn ? formatDate(locale, submittedOn) : ''),
          needsDate: t.confirmation.needsDate,
          futureDate: t.confirmation.futureDate,
          notSubmitted: t.confirmation.notSubmitted,
          referenceTooLong: t.confirmation.referenceTooLong(limits.reference),
        };
        const result = actions.confirm({ date, reference });
        if (result !== 'ok') return setError(messages[result]);
        setError(null);
        setEditing(false);
      }}
    >
      <div className="field">
        <label htmlFor={base}>{t.confirmation.dateLabel}</label>
        <input
          id={base}
          type="date"
          value={date}
          max={latest}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={[whyId, error ? `${base}-error` : undefined].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            // A changed date is a new attempt: the old refusal no longer applies (emptying it included).
            setDate(e.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-reference`}>{t.confirmation.referenceLabel}</label>
        <input id={`${base}-reference`} value={reference} onChange={(e) => setReference(e.target.value)} />
      </div>
      {error && (
        <p className="field-error" id={`${base}-error`} role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={readOnly} aria-disabled={blocked ? true : undefined} aria-describedby={describedWith(readOnly, whyId)}>
        {t.confirmation.record}
      </button>
    </form>
  );
}
