import { useState } from 'react';
import { characterCount, limits } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi } from '../i18n/useLang';

/** An optional note for a task, kept with the progress and shown as plain text, with a visible count and limit. */
export function NoteField({ stepId }: { stepId: string }) {
  const [t] = useAllUi();
  const note = useProgress((s) => (Object.hasOwn(s.notes, stepId) ? s.notes[stepId] : undefined)) ?? '';
  const setNote = useProgress((s) => s.setNote);
  const readOnly = useReadOnly();
  // Text over the limit stays in the field, unsaved, with a message: it is never cut without a word.
  const [overLimit, setOverLimit] = useState<string | null>(null);
  const text = overLimit ?? note;
  const used = characterCount(text);
  const id = `note-${stepId}`;
  return (
    <div className="field note">
      <label htmlFor={id}>{t.note.label}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        readOnly={readOnly}
        aria-invalid={overLimit !== null ? true : undefined}
        aria-describedby={describedWith(readOnly, `${id}-count`, overLimit !== null ? `${id}-error` : undefined)}
        onChange={(e) => {
          const value = e.target.value;
          setOverLimit(setNote(stepId, value) === 'tooLong' ? value : null);
        }}
      />
      <p className="hint" id={`${id}-count`}>
        {t.note.count(used, limits.note)} · {t.note.hint(limits.note)}
      </p>
      {overLimit !== null && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t.note.tooLong(used - limits.note)}
        </p>
      )}
    </div>
  );
}
