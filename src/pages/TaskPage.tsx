import { useState } from 'react';
import { checklist } from '../content/checklist';
import { tasksById, tickableTaskIds, withItemsShown } from '../content/lookups';
import { kinds, type Task } from '../content/types';
import { formatDate } from '../content/ui';
import type { TaskState } from '../rules/evaluate';
import { ConfirmationStep } from '../components/ConfirmationStep';
import { DateField, dateOfTask } from '../components/DateField';
import { CopyButton } from '../components/CopyButton';
import { ItemList } from '../components/ItemList';
import { MethodChoice } from '../components/MethodChoice';
import type { PageProps } from '../routing/pageProps';
import { NoteField } from '../components/NoteField';
import { ReadOnlyNote } from '../components/ReadOnlyNote';
import { hrefOf, hrefOfTarget } from '../routing/route';
import { StatusTag } from '../components/StatusTag';
import { StuckGuidance } from '../components/StuckGuidance';
import { scriptFacts, taskWordsFor } from '../i18n/pageText';
import { reasonsLine, targetTitle } from '../i18n/text';
import { TickBox } from '../components/TickBox';
import { useAllWords, useDateLocale } from '../i18n/useLang';
import { localToday, useProgress } from '../store/progressStore';
import { lineEndOf } from '../rules/lineEnd';
import type { Evaluation } from '../rules/evaluate';

/** Why the task cannot start yet, with a link to each thing it waits on. */
function Waits({ task, state }: { task: Task; state: TaskState }) {
  const [words, lang] = useAllWords();
  const t = words.ui;
  return (
    <div className="waits" id={`why-${task.id}`}>
      <p>
        <strong>{t.cannotStart}</strong>
        {lang === 'zh' ? '' : ' '}
        {reasonsLine(words, lang, state.reasons)}
      </p>
      {state.waitsOn.length > 0 && (
        <>
          <p className="sub-heading">{t.task.waitsOn}</p>
          <ul>
            {state.waitsOn.map((target) => (
              <li key={target.kind === 'question' ? `q-${target.questionId}` : target.taskId}>
                <a href={hrefOfTarget(target)}>{targetTitle(words, target)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The done control of a task a person ticks: unavailable while it cannot start, and it says why when tried. */
function DoneControl({ task, state, label }: { task: Task; state: TaskState; label: string | undefined }) {
  const [words, lang] = useAllWords();
  const t = words.ui;
  const [refused, setRefused] = useState(false);
  const blocked = state.status === 'cannotStart';
  return (
    <div className="done-control">
      <TickBox
        id={`task-${task.id}`}
        tickId={task.id}
        label={label ?? (task.kind === 'submit' ? t.task.submitted : t.task.done)}
        describedBy={blocked ? `why-${task.id}` : undefined}
        blocked={blocked}
        onRefused={() => setRefused(true)}
      />
      <p className="field-error" role="alert">
        {blocked && refused ? t.task.refused(reasonsLine(words, lang, state.reasons)) : ''}
      </p>
    </div>
  );
}

/**
 * Under the date a number from abroad's end is counted from: about when the line ends, and while it must still
 * be kept alive (before the step that ends it), the day to keep it alive by. Nothing until there is a date.
 */
function LineEndNote({ evaluation, check = false }: { evaluation: Evaluation; check?: boolean }) {
  const [words] = useAllWords();
  const t = words.ui.lineEnd;
  const locale = useDateLocale();
  const answers = useProgress((s) => s.answers);
  const dates = useProgress((s) => s.dates);
  const confirmed = useProgress((s) => s.confirmation !== null);
  const end = lineEndOf(answers, evaluation.method, dates);
  if (!end) return null;
  const today = localToday();
  const gone = formatDate(locale, end.goneAround);
  // On the check that it is gone: a caution only while that day is still to come.
  if (check) return !confirmed && today < end.goneAround ? <p className="unsure end-note">{t.earlyCheck(gone)}</p> : null;
  if (end.rule.lapses && evaluation.submission === null && end.goneAround < today) return <p className="unsure end-note">{t.past(gone)}</p>;
  const keepBy = end.rule.lapses && evaluation.submission === null && today <= end.keepAliveBy ? formatDate(locale, end.keepAliveBy) : null;
  return <p className="hint end-note">{t.note(gone, keepBy, end.rule.sure !== null)}</p>;
}

/**
 * `#/task/<id>`: one task. What to do and why it matters, its list, what to ask or say, the note, its done
 * control, and links back to the list and on to the next task. A task that cannot start yet says why and
 * links to what it waits on.
 */
export function TaskPage({ route, evaluation }: PageProps) {
  const [words] = useAllWords();
  const t = words.ui;
  const locale = useDateLocale();
  const answers = useProgress((s) => s.answers);
  const task = route.page === 'task' ? tasksById.get(route.taskId) : undefined;
  const state = task ? evaluation.tasks.get(task.id) : undefined;
  if (!task || !state) return null;
  const w = taskWordsFor(words.tasks[task.id], scriptFacts(evaluation));
  const group = checklist.groups.find((g) => g.tasks.includes(task));
  const blocked = state.status === 'cannotStart';
  const nextId = evaluation.nextInOrder.get(task.id) ?? null;
  const submission = evaluation.submission?.taskId === task.id ? evaluation.submission : null;
  const base = `task-${task.id}`;
  const dateKind = dateOfTask(task.id, answers);
  // A step of the other list (a link or the history from before the first answer changed): said so, nothing to tick.
  if (!w) {
    return (
      <>
        <h1 id="page-heading" tabIndex={-1}>
          {t.task.notOnList}
        </h1>
        <p className="back">
          <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
      {group && <p className="group-name">{words.groups[group.id]?.title}</p>}
      <h1 id="page-heading" tabIndex={-1}>
        {w?.title}
      </h1>
      <p className="task-status">
        <StatusTag status={state.status} label={state.status === 'notApplicable' ? t.task.notApplicable : t.taskStatus[state.status]} />
      </p>
      <ReadOnlyNote />
      {blocked && <Waits task={task} state={state} />}
      {state.earlyUntil && <p className="unsure">{t.task.early(formatDate(locale, state.earlyUntil))}</p>}
      {w?.detail && <p className="detail">{w.detail}</p>}
      {/* A group's introduction is said once, on its first task's page (and on the overview), not on every task. */}
      {group?.tasks[0] === task && words.groups[group.id]?.intro && <p className="intro">{words.groups[group.id]?.intro}</p>}
      {(kinds[task.kind].blocksSubmission || task.commits) && w?.why && (
        <p className="why-it-matters">
          <strong>{t.task.whyItMatters}</strong>
          {w.why}
        </p>
      )}
      {state.becauseUnsure.length > 0 && <p className="unsure">{t.unsureNote}</p>}
      {w?.ask && (
        <div className="script">
          <p className="sub-heading">{t.ask}</p>
          <ul id={`${base}-ask`}>
            {w.ask.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <CopyButton text={w.ask.join('\n')} targetId={`${base}-ask`} label={t.copy.ask} />
        </div>
      )}
      {w?.say && (
        <div className="script">
          <p className="sub-heading">{t.say}</p>
          <blockquote id={`${base}-say`}>{w.say}</blockquote>
          <CopyButton text={w.say} targetId={`${base}-say`} label={t.copy.say} />
        </div>
      )}
      {task.kind === 'method' && <MethodChoice offered={evaluation.offered} cautions={evaluation.cautions} />}
      {task.list && <ItemList task={withItemsShown(task, evaluation.listItems)} state={state} />}
      {task.kind === 'confirm' && (
        <ConfirmationStep
          task={task}
          state={state}
          submittedOn={evaluation.submission?.on ?? null}
          flagged={evaluation.flags.includes('confirmationBeforeSubmission')}
        />
      )}
      {dateKind && !(task.kind === 'confirm' && state.status === 'done') && <DateField kind={dateKind} />}
      {(task.id === 'keepAlive' || dateKind === 'operatorEnd') && <LineEndNote evaluation={evaluation} />}
      {task.id === 'lineGone' && <LineEndNote evaluation={evaluation} check />}
      {tickableTaskIds.has(task.id) && <DoneControl task={task} state={state} label={w?.done} />}
      {submission && <DateField kind="submitted" fallback={submission.on ?? ''} />}
      <NoteField stepId={task.id} />
      {/* Where to turn when the operator will not cancel: not for a line left to lapse (no operator is asked). */}
      {(task.kind === 'submit' || task.kind === 'confirm') && evaluation.method !== 'lapse' && <StuckGuidance />}
      <nav className="task-nav" aria-label={t.task.navLabel}>
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
        {nextId && (
          <a className="next-task" href={hrefOf({ page: 'task', taskId: nextId })}>
            {t.nav.nextTask(words.tasks[nextId]?.title ?? nextId)}
          </a>
        )}
      </nav>
    </>
  );
}
