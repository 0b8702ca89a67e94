import { taskOfDate } from '../rules/dates';
import { dateKinds, type DateKind } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi } from '../i18n/useLang';

/** The date the operator gave that a task's page asks for, if any. */
export function dateOfTask(taskId: string): DateKind | undefined {
  return dateKinds.find((kind) => taskOfDate[kind] === taskId);
}

/** A date the operator gave, written down (saved as it is chosen; emptied, removed). It is listed on the overview. */
export function DateField({ kind }: { kind: DateKind }) {
  const [t] = useAllUi();
  const value = useProgress((s) => s.dates[kind] ?? '');
  const setDate = useProgress((s) => s.setDate);
  const readOnly = useReadOnly();
  const id = `date-${kind}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t.dateField[kind]}</label>
      <input id={id} type="date" value={value} readOnly={readOnly} aria-describedby={describedWith(readOnly, `${id}-hint`)} onChange={(e) => setDate(kind, e.target.value || null)} />
      <p className="hint" id={`${id}-hint`}>
        {t.dateField.hint}
      </p>
    </div>
  );
}
