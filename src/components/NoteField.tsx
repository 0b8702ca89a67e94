import { useState } from 'react';
import { limits } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useUi } from './useLang';

/** An optional short note for a step, kept with the progress and shown as plain text. */
export function NoteField({ stepId }: { stepId: string }) {
  const [t] = useUi();
  const note = useProgress((s) => (Object.hasOwn(s.notes, stepId) ? s.notes[stepId] : undefined)) ?? '';
  const setNote = useProgress((s) => s.setNote);
  const id = `note-${stepId}`;
  // The field is made only when opened, so a long list stays light. A written note shows by itself (also one
  // that arrives by import or from another tab) until the person closes it.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? note !== '';
  return (
    <>
      <details className="note" open={open} onToggle={(e) => setToggled(e.currentTarget.open)}>
        <summary>{t.note.summary(note !== '')}</summary>
        {open && (
          <>
            <label htmlFor={id}>{t.note.label}</label>
            <textarea
              id={id}
              value={note}
              maxLength={limits.note}
              rows={2}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setNote(stepId, e.target.value)}
            />
            <p className="hint" id={`${id}-hint`}>
              {t.note.hint(limits.note)}
            </p>
          </>
        )}
      </details>
      {note && <p className="print-only note-print">{note}</p>}
    </>
  );
}
