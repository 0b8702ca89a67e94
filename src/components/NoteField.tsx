import { useState } from 'react';
import { characterCount, limits } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi } from '../i18n/useLang';

/**
 * An optional note for a task, kept with the progress and shown as plain text, with a visible count and limit.
 * While the person is typing, what they type stays in the field: text over the limit is kept unsaved with a
 * message, and a change another tab makes meanwhile is shown beside it, both texts kept, for the person to choose.
 */
export function NoteField({ stepId }: { stepId: string }) {
  const [t] = useAllUi();
  const note = useProgress((s) => (Object.hasOwn(s.notes, stepId) ? s.notes[stepId] : undefined)) ?? '';
  const readOnly = useReadOnly();
  /** What the field shows while the person edits it (null: the saved note), and whether they typed in it. */
  const [draft, setDraft] = useState<string | null>(null);
  const [typed, setTyped] = useState(false);
  /** The saved note as this field last saw or wrote it: any other value came from elsewhere. */
  const [seen, setSeen] = useState(note);
  /** Another tab's text, while the person has not chosen between it and theirs. */
  const [theirs, setTheirs] = useState<string | null>(null);
  const [overLimit, setOverLimit] = useState(false);

  // The saved note changed, and not by this field: while the person is editing, it is another tab's text.
  // (Adjusted while rendering, as React advises for state that follows a changed value.)
  if (note !== seen) {
    setSeen(note);
    // Untouched since it was opened: simply follow. Changed here: keep both and let the person choose.
    if (draft !== null && note !== draft) {
      if (typed) setTheirs(note);
      else setDraft(note);
    }
  }

  const save = (value: string) => {
    setDraft(value);
    setTyped(true);
    const result = actions.setNote(stepId, value);
    setOverLimit(result === 'tooLong');
    if (result === 'ok') setSeen(value.trim() ? value : '');
  };

  const text = draft ?? note;
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
        aria-invalid={overLimit ? true : undefined}
        aria-describedby={describedWith(readOnly, used > 0 ? `${id}-count` : undefined, overLimit ? `${id}-error` : undefined, theirs !== null ? `${id}-theirs` : undefined)}
        onFocus={() => setDraft((d) => d ?? note)}
        onBlur={() => {
          // Text over the limit, or facing another tab's, stays in the field until the person settles it.
          if (!overLimit && theirs === null) {
            setDraft(null);
            setTyped(false);
          }
        }}
        onChange={(e) => save(e.target.value)}
      />
      {/* The count and the limit once there is text: an empty note needs neither. */}
      {used > 0 && (
        <p className="hint" id={`${id}-count`}>
          {t.note.count(used, limits.note)}
        </p>
      )}
      {overLimit && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t.note.tooLong(used - limits.note)}
        </p>
      )}
      {theirs !== null && (
        <div className="alert" id={`${id}-theirs`} role="alert">
          <p>{t.note.otherTab}</p>
          <blockquote className="their-note">{theirs || t.note.otherTabEmpty}</blockquote>
          <p className="row-actions">
            <button
              type="button"
              onClick={() => {
                save(draft ?? '');
                setTheirs(null);
              }}
            >
              {t.note.keepMine}
            </button>
            <button
              type="button"
              onClick={() => {
                save(theirs);
                setTheirs(null);
              }}
            >
              {t.note.takeTheirs}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
