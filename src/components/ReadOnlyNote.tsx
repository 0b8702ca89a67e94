import { useReadOnly } from '../store/progressStorage';
import { useUi } from '../i18n/useLang';

/** The id of the note that says why controls are unavailable: controls refer to it (`aria-describedby`). */
export const readOnlyNoteId = 'read-only-note';

/** Ids a control is described by, with the read-only note's while the line is read-only. */
export function describedWith(readOnly: boolean, ...ids: (string | undefined)[]): string | undefined {
  return [...ids, readOnly ? readOnlyNoteId : undefined].filter(Boolean).join(' ') || undefined;
}

/** Says, where the controls are, that they are unavailable and why, while the open line is read-only. */
export function ReadOnlyNote() {
  const [t] = useUi();
  const readOnly = useReadOnly();
  if (!readOnly) return null;
  return (
    <p className="read-only-note" id={readOnlyNoteId}>
      {t.storage.readOnly}
    </p>
  );
}
