import { checklist } from '../content/checklist';
import { listItemsById, questionsById, tasksById } from '../content/lookups';
import { formatDateTime, ui } from '../content/ui';
import type { Lang, Method } from '../content/types';
import type { HistoryEntry } from '../store/progress';
import { useProgress } from '../store/progressStore';
import { useDateLocale, useUi } from './useLang';

const shownFirst = 10;

function subjectOf(entry: HistoryEntry, lang: Lang, customLabel: (id: string) => string | undefined): string {
  const id = entry.id ?? '';
  if (entry.kind === 'answer') return questionsById.get(id)?.title[lang] ?? id;
  if (id.startsWith('custom.')) return customLabel(id.slice('custom.'.length)) ?? id;
  return (listItemsById.get(id) ?? tasksById.get(id))?.title[lang] ?? id;
}

function valueOf(entry: HistoryEntry, lang: Lang): string {
  if (entry.kind === 'answer') return ui[lang].answer[entry.value as 'yes' | 'no' | 'unsure'] ?? entry.value ?? '';
  if (entry.kind === 'method') return checklist.methods[entry.value as Method]?.label[lang] ?? entry.value ?? '';
  return entry.value ?? '';
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
      <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(locale, e.at)}</time> {t.history.entry(e.kind, subjectOf(e, lang, customLabel), valueOf(e, lang))}
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
