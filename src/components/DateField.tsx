import { useState } from 'react';
import { taskOfDate, type ComingKind } from '../rules/coming';
import { keepAliveRule } from '../rules/lineEnd';
import type { DateKind } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi } from '../i18n/useLang';

/**
 * The date a task's page asks for, if any: one the operator gave (mainland); for a number from abroad, what its
 * end is counted from on the keep-alive page (by its operator: `keepAliveRule`), and the day the operator gives
 * on the closing and porting steps.
 */
export function dateOfTask(taskId: string, answers: Readonly<Record<string, unknown>>): Exclude<DateKind, 'submitted'> | undefined {
  // A contract is not kept alive: its end is the day the operator gives when asked to close it.
  if (taskId === 'keepAlive') {
    const rule = keepAliveRule(answers);
    return rule?.lapses ? rule.from : undefined;
  }
  if (taskId === 'closeAsk' || taskId === 'portSubmit') return 'operatorEnd';
  const kinds = ['expectConfirmation', 'refundDue', 'contractEnds'] as const satisfies readonly ComingKind[];
  return kinds.find((kind) => taskOfDate[kind] === taskId);
}

/**
 * A date written down (saved as it is chosen; emptied, removed): one the operator gave, listed on the overview,
 * or the day of the submission (`fallback`: the day it was ticked, shown until the person changes it). A date
 * the store refuses stays in the field with the reason; any change that is saved, emptying it included, clears it.
 */
export function DateField({ kind, fallback = '' }: { kind: DateKind; fallback?: string }) {
  const [t] = useAllUi();
  const saved = useProgress((s) => s.dates[kind]) ?? fallback;
  const readOnly = useReadOnly();
  const [refused, setRefused] = useState<{ value: string; error: keyof typeof t.dateField.errors } | null>(null);
  const id = `date-${kind}`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{t.dateField[kind]}</label>
      <input
        id={id}
        type="date"
        value={refused?.value ?? saved}
        readOnly={readOnly}
        aria-invalid={refused ? true : undefined}
        aria-describedby={describedWith(readOnly, `${id}-hint`, refused ? errorId : undefined)}
        onChange={(e) => {
          const value = e.target.value;
          const result = actions.setDate(kind, value || null);
          setRefused(result === 'ok' || result === 'readOnly' ? null : { value, error: result });
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {kind === 'submitted' ? t.dateField.submittedHint : t.dateField.hint}
      </p>
      {refused && (
        <p className="field-error" id={errorId} role="alert">
          {t.dateField.errors[refused.error]}
        </p>
      )}
    </div>
  );
}
