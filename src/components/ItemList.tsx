import { useEffect, useRef, useState } from 'react';
import type { SubItem } from '../content/types';
import { limits, type CustomEntry } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { TickBox } from './TickBox';
import { useUi } from './useLang';

function CustomRow({ entry }: { entry: CustomEntry }) {
  const [t] = useUi();
  const rename = useProgress((s) => s.renameCustomEntry);
  const remove = useProgress((s) => s.removeCustomEntry);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.label);
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const inputId = `custom-${entry.id}-name`;
  // After saving or cancelling a rename, focus goes back to the Rename button rather than being lost.
  useEffect(() => {
    if (wasEditing.current && !editing) renameRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (editing) {
    return (
      <li className="custom editing">
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            rename(entry.id, draft);
            setEditing(false);
          }}
        >
          <label htmlFor={inputId}>{t.unbind.renameLabel(entry.label)}</label>
          <input id={inputId} value={draft} maxLength={limits.customLabel} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <button type="submit">{t.unbind.save}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t.unbind.cancel}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="custom">
      <TickBox id={`tick-custom-${entry.id}`} tickId={`custom.${entry.id}`} label={entry.label} showWhen={false} />
      <span className="row-actions">
        <button
          type="button"
          className="small"
          ref={renameRef}
          onClick={() => {
            setDraft(entry.label);
            setEditing(true);
          }}
          aria-label={`${t.unbind.rename}: ${entry.label}`}
        >
          {t.unbind.rename}
        </button>
        <button type="button" className="small" onClick={() => remove(entry.id)} aria-label={t.unbind.remove(entry.label)}>
          ✕
        </button>
      </span>
    </li>
  );
}

/** The services to unbind, as checkable reminders, and the person's own entries. */
export function UnbindList({ stepId, items }: { stepId: string; items: readonly SubItem[] }) {
  const [t, lang] = useUi();
  const entries = useProgress((s) => s.customEntries);
  const add = useProgress((s) => s.addCustomEntry);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `${stepId}-add`;
  const headingId = `${stepId}-services`;
  return (
    <div className="sub-items">
      <p className="sub-heading" id={headingId}>
        {t.unbind.servicesHeading}
      </p>
      <ul aria-labelledby={headingId}>
        {items.map((item) => (
          <li key={item.id}>
            <TickBox id={`tick-${stepId}-${item.id}`} tickId={`${stepId}.${item.id}`} label={item.title[lang]} showWhen={false} />
          </li>
        ))}
        {entries.map((entry) => (
          <CustomRow key={entry.id} entry={entry} />
        ))}
      </ul>
      <form
        className="inline-form add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return setError(t.unbind.emptyName);
          if (entries.length >= limits.customEntries) return setError(t.unbind.tooMany(limits.customEntries));
          add(draft);
          setDraft('');
          setError(null);
        }}
      >
        <label htmlFor={inputId}>{t.unbind.addLabel}</label>
        <input
          id={inputId}
          value={draft}
          maxLength={limits.customLabel}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t.unbind.add}</button>
        {error && (
          <p className="field-error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
