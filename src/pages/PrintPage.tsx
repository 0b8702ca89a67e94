import { useState } from 'react';
import { checklist } from '../content/checklist';
import { formatDate } from '../content/ui';
import type { Task } from '../content/types';
import { withItemsShown } from '../content/lookups';
import { ComingDates } from '../components/ComingDates';
import { listRows } from '../components/ItemList';
import { HistoryView } from '../components/HistoryView';
import type { PageProps } from '../routing/pageProps';
import { hrefOf } from '../routing/route';
import { answerLabel, scriptFacts, taskWordsFor } from '../i18n/pageText';
import { useDateLocale, useAllWords } from '../i18n/useLang';
import { useCurrentLine, useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import type { Tick } from '../store/progress';

const box = (tick: Tick | undefined) => (tick === undefined || tick.pending ? '☐' : tick.notUsed ? '⊘' : '☑');

/** A task's list on paper: every item (a bank listed in the banks' place) with its mark, in columns. */
function PrintList({ task }: { task: Task }) {
  const [words] = useAllWords();
  const ticks = useProgress((s) => s.ticks);
  const custom = useProgress((s) => s.customEntries);
  return (
    <ul className="print-items">
      {listRows(task, custom, words).map(({ tickId, title, marks }) => {
        const tick = Object.hasOwn(ticks, tickId) ? ticks[tickId] : undefined;
        return (
          <li key={tickId}>
            <span aria-hidden="true">{box(tick)}</span> {words.ui.listItems.leftItem(title, tick?.pending ? marks.pending : null)}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * `#/print`: the whole checklist in order, for paper (to take to the store): the answers, each task with
 * ☐ / ☑ and the date it was done, what to ask and say, the notes; the history only when asked for.
 */
export function PrintPage({ evaluation }: PageProps) {
  const [words, lang] = useAllWords();
  const t = words.ui;
  const locale = useDateLocale();
  const progress = useProgress();
  const [withHistory, setWithHistory] = useState(false);
  // The day the page was opened, for the paper's "printed on".
  const [printedAt] = useState(() => Date.now());
  const tickOf = (id: string) => (Object.hasOwn(progress.ticks, id) ? progress.ticks[id] : undefined);
  const noteOf = (id: string) => (Object.hasOwn(progress.notes, id) ? progress.notes[id] : undefined);
  const asked = evaluation.questions.filter((q) => q.asked);
  const facts = scriptFacts(evaluation);
  const lineId = useCurrentLine((s) => s.id);
  const line = useDevice((s) => s.lines.find((l) => l.id === lineId));
  return (
    <div className="print-page">
      <p className="back screen-only">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
      <h1 id="page-heading" tabIndex={-1}>
        {t.appTitle}
      </h1>
      <div className="print-controls screen-only">
        <p>{t.print.intro}</p>
        <label className="option">
          <input type="checkbox" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} />
          {t.print.withHistory}
        </label>
        <p>
          <button type="button" onClick={() => window.print()}>
            {t.print.button}
          </button>
        </p>
      </div>
      {line && (line.name || line.last4) && <p className="print-line">{t.line.label(line.name, line.last4)}</p>}
      <p className="print-status">
        {t.status.headline(evaluation.readiness, progress.confirmation ? formatDate(locale, progress.confirmation.date) : null)} ·{' '}
        {t.print.printedOn(formatDate(locale, printedAt))}
      </p>
      <ComingDates evaluation={evaluation} />
      <p className="print-legend">{t.print.legend}</p>
      <section aria-labelledby="print-answers">
        <h2 id="print-answers">{t.questions.heading}</h2>
        <dl className="print-answers">
          {asked.map((q) => (
            <div key={q.id}>
              <dt>{words.questions[q.id]?.title}</dt>
              <dd>{q.answer ? answerLabel(words, q.id, q.answer) : t.print.notAnswered}</dd>
            </div>
          ))}
          <div>
            <dt>{t.methodLegend}</dt>
            <dd>{evaluation.method ? words.methods[evaluation.method]?.label : t.print.notAnswered}</dd>
          </div>
        </dl>
      </section>
      {checklist.groups.map((group) => {
        const tasks = group.tasks.filter((task) => evaluation.tasks.get(task.id)?.status !== 'notApplicable');
        if (tasks.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`print-${group.id}`}>
            <h2 id={`print-${group.id}`}>{words.groups[group.id]?.title}</h2>
            <ol className="print-tasks">
              {tasks.map((task) => {
                const state = evaluation.tasks.get(task.id);
                const w = taskWordsFor(words.tasks[task.id], facts);
                const tick = tickOf(task.id);
                const done = state?.status === 'done';
                const note = noteOf(task.id);
                const doneOn =
                  task.kind === 'confirm' && progress.confirmation
                    ? formatDate(locale, progress.confirmation.date)
                    : tick && tick.at > 0
                      ? formatDate(locale, tick.at)
                      : null;
                return (
                  <li key={task.id}>
                    <p className="print-task">
                      <span aria-hidden="true">{done ? '☑' : '☐'}</span> <strong>{w?.title}</strong>
                      {done && doneOn && <span className="print-when">{t.print.doneOn(doneOn)}</span>}
                      {state?.pending && <span className="print-when">{t.print.pending}</span>}
                    </p>
                    {task.kind === 'confirm' && progress.confirmation?.reference && <p className="print-note">{progress.confirmation.reference}</p>}
                    {w?.ask && (
                      <ul className="print-script">
                        {w.ask.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    )}
                    {w?.say && <p className="print-script">{w.say}</p>}
                    {task.list && <PrintList task={withItemsShown(task, evaluation.listItems)} />}
                    {note && (
                      <p className="print-note">
                        {t.print.note}
                        {lang === 'zh' ? '' : ' '}
                        {note}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {withHistory && <HistoryView all />}
    </div>
  );
}
