import { checklist } from '../content/checklist';
import { listItemsById, questionsById, tasksById } from '../content/lookups';
import { formatDate, formatDateTime, ui } from '../content/ui';
import type { Lang } from '../content/types';
import type { HistoryEntry } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useDateLocale, useUi } from './useLang';

const shownFirst = 10;

/** An entry in words: what was done, to what, with what value. */
function describe(entry: HistoryEntry, lang: Lang, locale: string, customLabel: (id: string) => string | undefined): string {
  const t = ui[lang].history;
  const titleOf = (id: string) =>
    id.startsWith('custom.') ? (customLabel(id.slice('custom.'.length)) ?? id) : ((listItemsById.get(id) ?? tasksById.get(id))?.title[lang] ?? id);
  switch (entry.kind) {
    case 'answer':
      return t.entry('answer', questionsById.get(entry.id)?.title[lang] ?? entry.id, ui[lang].answer[entry.answer]);
    case 'method':
      return t.entry('method', '', checklist.methods[entry.method].label[lang]);
    case 'confirm':
      return t.entry('confirm', '', [formatDate(locale, entry.date), entry.reference].filter(Boolean).join(lang === 'zh' ? '，' : ', '));
    case 'unconfirm':
      return t.entry('unconfirm', '', '');
    default:
      return t.entry(entry.kind, titleOf(entry.id), '');
  }
}

/** The dated record of what the person did, newest first: something to show the operator in a dispute. */
export function HistoryView() {
  const [t, lang] = useUi();
  const locale = useDateLocale();
  const history = useProgress((s) => s.history);
  const folded = useProgress((s) => s.historyFolded);
  const custom = useProgress((s) => s.customEntries);
  const customLabel = (id: string) => custom.find((e) => e.id === id)?.label;
  const newestFirst = [...history].reverse();
  const item = (e: HistoryEntry, i: number) => (
    <li key={`${e.at}-${i}`}>
      <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(locale, e.at)}</time> {describe(e, lang, locale, customLabel)}
    </li>
  );
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t.history.heading}</h2>
      {history.length === 0 && <p>{t.history.empty}</p>}
      <ol className="history-list screen-only">{newestFirst.slice(0, shownFirst).map(item)}</ol>
      {newestFirst.length > shownFirst && (
        <details className="screen-only">
          <summary>{t.history.more(newestFirst.length - shownFirst)}</summary>
          <ol className="history-list">{newestFirst.slice(shownFirst).map((e, i) => item(e, i + shownFirst))}</ol>
        </details>
      )}
      <ol className="history-list print-only">{newestFirst.map(item)}</ol>
      {folded > 0 && <p className="hint">{t.history.folded(folded)}</p>}
    </section>
  );
}
