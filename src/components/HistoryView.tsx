import { formatDate, formatDateTime } from '../content/ui';
import type { Words } from '../content/words';
import type { Lang } from '../content/types';
import type { HistoryEntry } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { entryLabel } from './ItemList';
import { useDateLocale, useAllWords } from '../i18n/useLang';
import { listItemsById, tasksById } from '../content/lookups';
import { answerLabel } from '../i18n/pageText';

const shownFirst = 10;

/** Whether an id is one of the checklist's steps, items or list groups (of either list). */
const known = (id: string) => tasksById.has(id) || listItemsById.has(id) || /^\w+\.\w+$/.test(id);


/** An entry in words: what was done, to what, with what value. */
function describe(entry: HistoryEntry, words: Words, lang: Lang, locale: string, customLabel: (id: string) => string | undefined): string {
  const t = words.ui.history;
  // A step or item of the other list (the first answer changed since) has no words on this one: said so.
  const titleOf = (id: string) =>
    id.startsWith('custom.') ? (customLabel(id.slice('custom.'.length)) ?? id) : ((words.items[id] ?? words.tasks[id])?.title ?? words.listGroups[id] ?? (known(id) ? t.otherList : id));
  switch (entry.kind) {
    case 'answer':
      return t.entry('answer', words.questions[entry.id]?.title ?? entry.id, answerLabel(words, entry.id, entry.answer));
    case 'method':
      return t.entry('method', '', words.methods[entry.method]?.label ?? entry.method);
    case 'confirm':
      return t.entry('confirm', '', [formatDate(locale, entry.date), entry.reference].filter(Boolean).join(lang === 'zh' ? '，' : ', '));
    case 'unconfirm':
      return t.entry('unconfirm', '', '');
    default:
      return t.entry(entry.kind, titleOf(entry.id), '');
  }
}

/** The dated record of what the person did, newest first: something to show the operator in a dispute. `all`: on paper, every entry. */
export function HistoryView({ all = false }: { all?: boolean }) {
  const [words, lang] = useAllWords();
  const t = words.ui;
  const locale = useDateLocale();
  const history = useProgress((s) => s.history);
  const folded = useProgress((s) => s.historyFolded);
  const custom = useProgress((s) => s.customEntries);
  const customLabel = (id: string) => {
    const entry = custom.find((e) => e.id === id);
    return entry && entryLabel(entry, t);
  };
  const newestFirst = [...history].reverse();
  const item = (e: HistoryEntry, i: number) => (
    <li key={`${e.at}-${i}`}>
      <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(locale, e.at)}</time> {describe(e, words, lang, locale, customLabel)}
    </li>
  );
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t.history.heading}</h2>
      {history.length === 0 && <p>{t.history.empty}</p>}
      <ol className="history-list">{newestFirst.slice(0, all ? undefined : shownFirst).map(item)}</ol>
      {!all && newestFirst.length > shownFirst && (
        <details>
          <summary>{t.history.more(newestFirst.length - shownFirst)}</summary>
          <ol className="history-list">{newestFirst.slice(shownFirst).map((e, i) => item(e, i + shownFirst))}</ol>
        </details>
      )}
      {folded > 0 && <p className="hint">{t.history.folded(folded)}</p>}
    </section>
  );
}
