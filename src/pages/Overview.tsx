import { checklist } from '../content/checklist';
import type { Evaluation, TaskState } from '../rules/evaluate';
import { comingDatesView, keepWarningView } from '../components/later';
import { StatusLine } from '../components/StatusLine';
import { StatusTag } from '../components/StatusTag';
import { hrefOf, hrefOfTarget } from '../routing/route';
import { reasonsLine, targetTitle } from '../i18n/text';
import { useWords } from '../i18n/useLang';
import { keepWarningDue, useCurrentLine, useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { mayHaveComingDates } from '../rules/dates';

/**
 * `#/`: where the person stands and the one next thing, then every task by when it happens, each with its
 * status in words and a link to its page. Tasks that depend on an unanswered question are one line per group.
 */
export function Overview({ evaluation }: { evaluation: Evaluation }) {
  const [words, lang] = useWords();
  const t = words.ui;
  // The questions, as the first task: not started, in progress (n of m), or done.
  const questions = evaluation.questionsSummary;
  const lines = useDevice((s) => s.lines);
  const openId = useCurrentLine((s) => s.id);
  const open = lines.find((l) => l.id === openId);
  const hasDates = useProgress(mayHaveComingDates);
  const noticeSeen = useDevice((s) => s.storageNoticeSeen);
  const keepWarning = useProgress((s) => keepWarningDue(noticeSeen, s.history));
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {t.appTitle}
      </h1>
      <p className="tagline">{t.tagline}</p>
      {lines.length > 1 && open && (
        <p className="current-line">
          <strong>{t.line.current(t.line.label(open.name, open.last4))}</strong> <a href={hrefOf({ page: 'lines' })}>{t.line.manage}</a>
        </p>
      )}
      <StatusLine evaluation={evaluation} />
      {evaluation.warnings.length > 0 && (
        <section className="alert" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t.status.warningsHeading}</h2>
          <p>{t.status.warningsIntro}</p>
          <ul>
            {evaluation.warnings.map((w) => (
              <li key={w.kind === 'task' ? w.taskId : w.questionId}>
                <a href={hrefOfTarget(w)}>{targetTitle(words, w)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <comingDatesView.Later when={hasDates} evaluation={evaluation} />
      <ol className="task-list">
        <li className="task-group">
          <h2>{t.questions.heading}</h2>
          <ul className="tasks">
            <li className="task-row">
              <a href={hrefOf({ page: 'questions' })}>{t.overview.questionsTask}</a>
              <StatusTag status={questions.status} label={questions.status === 'inProgress' ? t.overview.answered(questions.answered, questions.asked) : t.taskStatus[questions.status]} />
            </li>
          </ul>
        </li>
        {checklist.groups.map((group) => {
          const state = evaluation.groups.find((g) => g.id === group.id);
          if (!state || state.status === 'notApplicable') return null;
          const tasks = group.tasks.map((task) => evaluation.tasks.get(task.id)).filter((s): s is TaskState => s !== undefined);
          const shown = tasks.filter((s) => s.status !== 'notApplicable' && !s.pending);
          const pending = tasks.filter((s) => s.status !== 'notApplicable' && s.pending).length;
          const whyId = `group-${group.id}-why`;
          return (
            <li key={group.id} className="task-group">
              <h2>
                {words.groups[group.id]?.title}
                <span className="group-count">{t.stageProgress(state.done, state.total)}</span>
              </h2>
              {state.status === 'cannotStart' && state.reasons.some((r) => r.kind !== 'waitsForAnswer') && (
                <p className="why" id={whyId}>
                  {reasonsLine(words, lang, state.reasons)}
                </p>
              )}
              <ul className="tasks">
                {shown.map((s) => (
                  <li key={s.id} className={`task-row task-${s.status}`}>
                    <a href={hrefOf({ page: 'task', taskId: s.id })}>{words.tasks[s.id]?.title}</a>
                    <StatusTag status={s.status} label={s.list && s.status === 'inProgress' ? t.list.short(s.list.settled, s.list.total) : t.taskStatus[s.status]} />
                  </li>
                ))}
              </ul>
              {pending > 0 && <p className="pending">{t.overview.pending(pending)}</p>}
            </li>
          );
        })}
      </ol>
      <ul className="page-links screen-only">
        <li>
          <a href={hrefOf({ page: 'print' })}>{t.overview.printLink}</a>
        </li>
        <li>
          <a href={hrefOf({ page: 'data' })}>{t.overview.dataLink}</a>
        </li>
        {lines.length === 1 && (
          <li>
            <a href={hrefOf({ page: 'lines' })}>{t.line.another}</a>
          </li>
        )}
      </ul>
      <keepWarningView.Later when={keepWarning} />
    </>
  );
}
