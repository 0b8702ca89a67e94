import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ListMarks, PageUi } from '../content/ui';
import type { ListGroup, Task } from '../content/types';
import type { Words } from '../content/words';
import type { TaskState } from '../rules/evaluate';
import { limits, type CustomEntry, type Tick } from '../store/progress';
import { actions, useEntryUndo, type ItemMark, type TextResult } from '../store/progressActions';
import { useProgress } from '../store/progressStore';
import { useReadOnly } from '../store/progressStorage';
import { describedWith } from './ReadOnlyNote';
import { useAllUi, useAllWords } from '../i18n/useLang';

const markOrder: readonly ItemMark[] = ['pending', 'done', 'notUsed'];

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

/** An entry's name: as typed, or for the nameless one made from version 4's single mark, "all banks". */
export function entryLabel(entry: CustomEntry, t: Pick<PageUi, 'unbind'>): string {
  return entry.label || t.unbind.allBanks;
}

function markOf(tick: Tick | undefined): ItemMark | null {
  return tick === undefined ? null : tick.notUsed ? 'notUsed' : tick.pending ? 'pending' : 'done';
}

const tickIn = (ticks: Readonly<Record<string, Tick>>, id: string) => (Object.hasOwn(ticks, id) ? ticks[id] : undefined);

/**
 * An item's three marks, as radio buttons under its name: still to change, changed, not on this number. None is
 * chosen until the person says (an item never looked at is not one still to change).
 */
function ItemMarks({ tickId, title, marks, describedBy }: { tickId: string; title: ReactNode; marks: ListMarks; describedBy?: string | undefined }) {
  const [t] = useAllUi();
  const mark = useProgress((s) => markOf(tickIn(s.ticks, tickId)));
  const readOnly = useReadOnly();
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = (next: ItemMark) => {
    const result = actions.markItem(tickId, next);
    setRefusal(result === 'ok' ? null : t.refused[result]);
  };
  return (
    <fieldset className="item-marks" aria-describedby={describedWith(readOnly, describedBy)}>
      <legend>{title}</legend>
      <span className="mark-options">
        {markOrder.map((m) => (
          <label key={m} className={`mark mark-${m}`}>
            <input type="radio" name={`mark-${tickId}`} value={m} checked={mark === m} disabled={readOnly} onChange={() => choose(m)} />
            {marks[m]}
          </label>
        ))}
      </span>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}

function CustomRow({ entry }: { entry: CustomEntry }) {
  const [t] = useAllUi();
  const readOnly = useReadOnly();
  const label = entryLabel(entry, t);
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
            const result = actions.renameCustomEntry(entry.id, draft);
            if (result === 'ok') {
              setRenameError(null);
              setEditing(false);
            } else setRenameError(labelError(t, result));
          }}
        >
          <label htmlFor={inputId}>{t.unbind.renameLabel(label)}</label>
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
      <ItemMarks tickId={`custom.${entry.id}`} title={label} marks={t.listItems.marks.change} />
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
          aria-label={`${t.unbind.rename}: ${label}`}
        >
          {t.unbind.rename}
        </button>
        <button
          type="button"
          className="small"
          disabled={readOnly}
          onClick={() => {
            // The undo takes the place of the row that went: focus moves to it rather than being lost.
            flushSync(() => actions.removeCustomEntry(entry.id));
            document.getElementById('custom-undo')?.focus();
          }}
          aria-label={t.unbind.remove(label)}
        >
          ✕
        </button>
      </span>
    </li>
  );
}

/** The undo of the last entry removed of this kind (a bank, or an own entry), where that entry was. */
function EntryUndo({ kind }: { kind: CustomEntry['kind'] }) {
  const [t] = useAllUi();
  const removed = useEntryUndo((s) => s.removed);
  const here = removed !== null && removed.entry.kind === kind;
  return (
    <div role="status" className="undo-status">
      {here && (
        <p>
          {t.unbind.removed(entryLabel(removed.entry, t))}{' '}
          <button type="button" id="custom-undo" onClick={actions.undoRemoveCustomEntry}>
            {t.unbind.undo}
          </button>
        </p>
      )}
    </div>
  );
}

/** The form that adds an entry of the person's own: an account not in the list, or (`bank`) one of their banks. */
function AddEntry({ id, kind, label, button }: { id: string; kind?: 'bank'; label: string; button: string }) {
  const [t] = useAllUi();
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline-form add-form"
      onSubmit={(e) => {
        e.preventDefault();
        const result = actions.addCustomEntry(draft, kind);
        if (result !== 'ok') return setError(labelError(t, result));
        setDraft('');
        setError(null);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedWith(readOnly, error ? `${id}-error` : undefined)}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" disabled={readOnly}>
        {button}
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The banks, one entry each (for both numbers a bank keeps), or "no bank card uses this number". */
function Banks({ task, itemId }: { task: Task; itemId: string }) {
  const [words] = useAllWords();
  const t = words.ui;
  const tickId = `${task.id}.${itemId}`;
  const banks = useProgress((s) => s.customEntries).filter((e) => e.kind === 'bank');
  const noBanks = useProgress((s) => tickIn(s.ticks, tickId)?.notUsed === true);
  const readOnly = useReadOnly();
  const w = words.items[tickId];
  const base = `${task.id}-${itemId}`;
  return (
    <li className="banks">
      <div role="group" aria-labelledby={`${base}-title`} aria-describedby={`${base}-where`}>
      <p className="item-title" id={`${base}-title`}>
        {w?.title ?? itemId}
      </p>
      <p className="hint where" id={`${base}-where`}>
        {w?.where}
      </p>
      {banks.length > 0 ? (
        <ul>
          {banks.map((entry) => (
            <CustomRow key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : (
        <label className="no-banks">
          <input type="checkbox" checked={noBanks} disabled={readOnly} onChange={(e) => actions.markItem(tickId, e.target.checked ? 'notUsed' : null)} />
          {t.unbind.noBanks}
        </label>
      )}
      <EntryUndo kind="bank" />
      <AddEntry id={`${base}-add`} kind="bank" label={t.unbind.bankLabel} button={t.unbind.addBank} />
      </div>
    </li>
  );
}

/** Every row of a task's list in order, as the rules count them, with the words of its marks: for the printout. */
export function listRows(task: Task, entries: readonly CustomEntry[], words: Words): { tickId: string; title: string; marks: ListMarks }[] {
  const own = task.ownEntries ? entries.filter((e) => e.kind === undefined).map((e) => ({ tickId: `custom.${e.id}`, title: e.label })) : [];
  return [
    ...(task.list ?? []).flatMap((group) => rowsOf(task, group, entries, words).map((r) => ({ ...r, marks: words.ui.listItems.marks[group.marks ?? 'change'] }))),
    ...own.map((r) => ({ ...r, marks: words.ui.listItems.marks.change })),
  ];
}

/** What a group is made of, as the rules count it: its items, the banks listed in the banks item's place. */
function rowsOf(task: Task, group: ListGroup, entries: readonly CustomEntry[], words: Words): { tickId: string; title: string }[] {
  return group.items.flatMap((item) => {
    const listed = item.entries ? entries.filter((e) => e.kind === item.entries) : [];
    if (listed.length > 0) return listed.map((e) => ({ tickId: `custom.${e.id}`, title: entryLabel(e, words.ui) }));
    const tickId = `${task.id}.${item.id}`;
    return [{ tickId, title: words.items[tickId]?.title ?? item.id }];
  });
}

/**
 * One group of a list, folded to its name and count (`open` at first: the only group of a list), with "none of
 * these on this number" beside it, which marks what is left unmarked in one tap. Folded part-way, it names what
 * is left; finished, it is one line.
 */
function ItemGroupView({ task, group, firstOpen }: { task: Task; group: ListGroup; firstOpen: boolean }) {
  const [words] = useAllWords();
  const t = words.ui;
  const marks = t.listItems.marks[group.marks ?? 'change'];
  const ticks = useProgress((s) => s.ticks);
  const entries = useProgress((s) => s.customEntries);
  const readOnly = useReadOnly();
  const [open, setOpen] = useState(firstOpen);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const rows = rowsOf(task, group, entries, words).map((r) => ({ ...r, mark: markOf(tickIn(ticks, r.tickId)) }));
  const left = rows.filter((r) => r.mark === null || r.mark === 'pending');
  const unmarked = left.filter((r) => r.mark === null).length;
  const base = `${task.id}-${group.id}`;
  const title = words.listGroups[`${task.id}.${group.id}`];
  return (
    <div className={`list-group${left.length === 0 ? ' finished' : ''}`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary ref={summaryRef}>
          <span className="group-title" id={`${base}-title`}>
            {title}
          </span>{' '}
          <span className="group-count">{t.listItems.groupCount(left.length, rows.length)}</span>
        </summary>
        <ul aria-labelledby={`${base}-title`}>
          {group.items.map((item) => {
            if (item.entries) return <Banks key={item.id} task={task} itemId={item.id} />;
            const tickId = `${task.id}.${item.id}`;
            const w = words.items[tickId];
            const whereId = `tick-${task.id}-${item.id}-where`;
            return (
              <li key={item.id}>
                <ItemMarks tickId={tickId} title={w?.title ?? item.id} marks={marks} describedBy={w?.where ? whereId : undefined} />
                {w?.where && (
                  <p className="hint where" id={whereId}>
                    {w.where}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </details>
      {unmarked > 0 && (
        <button
          type="button"
          className="small none-button"
          id={`${base}-none`}
          aria-labelledby={`${base}-none ${base}-title`}
          disabled={readOnly}
          onClick={() => {
            let result: ReturnType<typeof actions.markGroupNotUsed> = 'ok';
            flushSync(() => {
              result = actions.markGroupNotUsed(task.id, group.id);
            });
            setRefusal(result === 'ok' ? null : t.refused[result]);
            // The button goes with what it marked: focus moves to the group's line rather than being lost.
            if (result === 'ok') summaryRef.current?.focus();
          }}
        >
          {marks.none(unmarked < rows.length)}
        </button>
      )}
      {!open && left.length > 0 && unmarked < rows.length && (
        <p className="group-left hint" id={`${base}-left`}>
          {t.listItems.leftLine(
            left.filter((r) => r.mark === 'pending').map((r) => r.title),
            marks.pending,
            unmarked,
          )}
        </p>
      )}
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}

/**
 * A task made of a list: each item still to change, changed or not on this number, in groups that fold; for
 * re-binding, the person's banks and own entries, and how to find what is missing.
 */
export function ItemList({ task, state }: { task: Task; state: TaskState }) {
  const [words] = useAllWords();
  const t = words.ui;
  const entries = useProgress((s) => s.customEntries).filter((e) => e.kind === undefined);
  const groups = task.list ?? [];
  return (
    <div className="sub-items">
      {state.list && <p className="list-progress">{t.listItems.progress(state.list.settled, state.list.total)}</p>}
      {groups.map((group) => (
        <ItemGroupView key={group.id} task={task} group={group} firstOpen={groups.length === 1} />
      ))}
      {task.ownEntries && (
        <>
          <details className="find-missing">
            <summary>{t.unbind.findHeading}</summary>
            <p className="hint">{t.unbind.find}</p>
          </details>
          <div className="item-group own-entries">
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
            <EntryUndo kind={undefined} />
            <AddEntry id={`${task.id}-add`} label={t.unbind.addLabel} button={t.unbind.add} />
          </div>
        </>
      )}
    </div>
  );
}
