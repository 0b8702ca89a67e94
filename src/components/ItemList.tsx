import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { PageUi } from '../content/ui';
import type { Task } from '../content/types';
import type { TaskState } from '../rules/evaluate';
import { limits, type CustomEntry } from '../store/progress';
import { useEntryUndo, useProgress, type TextResult } from '../store/progressStore';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi, useAllWords } from '../i18n/useLang';

/** Why an own entry's name was refused, in words. */
function labelError(t: PageUi, result: Exclude<TextResult, 'ok'>): string {
  switch (result) {
    case 'empty':
      return t.unbind.emptyName;
    case 'tooLong':
      return t.unbind.tooLong(limits.customLabel);
    case 'tooMany':
      return t.unbind.tooMany(limits.customEntries);
    case 'duplicate':
      return t.unbind.duplicate;
    default:
      return t.refused[result];
  }
}

/** An item's two marks: done, or "I don't use this". Either settles it; ticking one clears the other. */
function ItemMarks({ id, tickId, title, label, describedBy }: { id: string; tickId: string; title: string; label: ReactNode; describedBy?: string | undefined }) {
  const [t] = useAllUi();
  const tick = useProgress((s) => (Object.hasOwn(s.ticks, tickId) ? s.ticks[tickId] : undefined));
  const markItem = useProgress((s) => s.markItem);
  const readOnly = useReadOnly();
  const [refusal, setRefusal] = useState<string | null>(null);
  const notUsed = tick?.notUsed === true;
  const done = tick !== undefined && !notUsed;
  const mark = (next: 'done' | 'notUsed' | null) => {
    const result = markItem(tickId, next);
    setRefusal(result === 'ok' ? null : t.refused[result]);
  };
  return (
    <div className="tick item-marks">
      <input
        type="checkbox"
        id={id}
        checked={done}
        disabled={readOnly}
        aria-describedby={describedWith(readOnly, describedBy)}
        onChange={(e) => mark(e.target.checked ? 'done' : null)}
      />
      <label htmlFor={id}>{label}</label>
      <label className="not-used">
        <input
          type="checkbox"
          checked={notUsed}
          disabled={readOnly}
          aria-label={t.listItems.notUsedLabel(title)}
          onChange={(e) => mark(e.target.checked ? 'notUsed' : null)}
        />
        {t.listItems.notUsed}
      </label>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}

function CustomRow({ entry }: { entry: CustomEntry }) {
  const [t] = useAllUi();
  const rename = useProgress((s) => s.renameCustomEntry);
  const remove = useProgress((s) => s.removeCustomEntry);
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.label);
  const [renameError, setRenameError] = useState<string | null>(null);
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
            const result = rename(entry.id, draft);
            if (result === 'ok') {
              setRenameError(null);
              setEditing(false);
            } else setRenameError(labelError(t, result));
          }}
        >
          <label htmlFor={inputId}>{t.unbind.renameLabel(entry.label)}</label>
          <input
            id={inputId}
            value={draft}
            aria-invalid={renameError ? true : undefined}
            aria-describedby={renameError ? `${inputId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <button type="submit">{t.unbind.save}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t.unbind.cancel}
          </button>
          {renameError && (
            <p className="field-error" id={`${inputId}-error`} role="alert">
              {renameError}
            </p>
          )}
        </form>
      </li>
    );
  }
  return (
    <li className="custom">
      <ItemMarks id={`tick-custom-${entry.id}`} tickId={`custom.${entry.id}`} title={entry.label} label={entry.label} />
      <span className="row-actions">
        <button
          type="button"
          className="small"
          ref={renameRef}
          disabled={readOnly}
          onClick={() => {
            setDraft(entry.label);
            setEditing(true);
          }}
          aria-label={`${t.unbind.rename}: ${entry.label}`}
        >
          {t.unbind.rename}
        </button>
        <button
          type="button"
          className="small"
          disabled={readOnly}
          onClick={() => {
            // The undo takes the place of the row that went: focus moves to it rather than being lost.
            flushSync(() => remove(entry.id));
            document.getElementById('custom-undo')?.focus();
          }}
          aria-label={t.unbind.remove(entry.label)}
        >
          ✕
        </button>
      </span>
    </li>
  );
}

/** A task made of a list: each item done or "not used", grouped, and (for re-binding) the person's own entries. */
export function ItemList({ task, state }: { task: Task; state: TaskState }) {
  const [words] = useAllWords();
  const t = words.ui;
  const entries = useProgress((s) => s.customEntries);
  const add = useProgress((s) => s.addCustomEntry);
  const undoRemove = useProgress((s) => s.undoRemoveCustomEntry);
  const removed = useEntryUndo((s) => s.removed);
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `${task.id}-add`;
  return (
    <div className="sub-items">
      {state.list && <p className="list-progress">{t.listItems.progress(state.list.settled, state.list.total)}</p>}
      {(task.list ?? []).map((group) => {
        const headingId = `${task.id}-${group.id}`;
        return (
          <div key={group.id} className="item-group">
            <p className="sub-heading" id={headingId}>
              {words.listGroups[`${task.id}.${group.id}`]}
            </p>
            <ul aria-labelledby={headingId}>
              {group.items.map((item) => {
                const id = `tick-${task.id}-${item.id}`;
                const tickId = `${task.id}.${item.id}`;
                const w = words.items[tickId];
                const title = w?.title ?? item.id;
                return (
                  <li key={item.id}>
                    <ItemMarks id={id} tickId={tickId} title={title} label={title} describedBy={w?.where ? `${id}-where` : undefined} />
                    {w?.where && (
                      <p className="hint where" id={`${id}-where`}>
                        {w.where}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {task.ownEntries && (
        <div className="item-group">
          <p className="sub-heading" id={`${task.id}-own`}>
            {t.unbind.servicesHeading}
          </p>
          {entries.length > 0 && (
            <ul aria-labelledby={`${task.id}-own`}>
              {entries.map((entry) => (
                <CustomRow key={entry.id} entry={entry} />
              ))}
            </ul>
          )}
          <div role="status" className="undo-status">
            {removed && (
              <p>
                {t.unbind.removed(removed.entry.label)}{' '}
                <button type="button" id="custom-undo" onClick={undoRemove}>
                  {t.unbind.undo}
                </button>
              </p>
            )}
          </div>
          <form
            className="inline-form add-form"
            onSubmit={(e) => {
              e.preventDefault();
              const result = add(draft);
              if (result !== 'ok') return setError(labelError(t, result));
              setDraft('');
              setError(null);
            }}
          >
            <label htmlFor={inputId}>{t.unbind.addLabel}</label>
            <input
              id={inputId}
              value={draft}
              readOnly={readOnly}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedWith(readOnly, error ? `${inputId}-error` : undefined)}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" disabled={readOnly}>
              {t.unbind.add}
            </button>
            {error && (
              <p className="field-error" id={`${inputId}-error`} role="alert">
                {error}
              </p>
            )}
          </form>
        </div>
      )}
    </div>
  );
}
