import type { Group } from '../content/types';
import type { Evaluation } from '../rules/evaluate';
import { TaskItem } from './TaskItem';
import { useUi } from './useLang';

/** One group of tasks, in the order the work happens, with its status and why it cannot start yet. */
export function GroupSection({ group, number, evaluation, firstOfPhase }: { group: Group; number: number; evaluation: Evaluation; firstOfPhase: boolean }) {
  const [t, lang] = useUi();
  const state = evaluation.groups.find((g) => g.id === group.id);
  const headingId = `group-${group.id}`;
  if (state?.status === 'notApplicable') return null;
  return (
    <section className={`stage stage-${state?.status ?? 'notStarted'}`} aria-labelledby={headingId}>
      {firstOfPhase && <p className="phase">{t.phase[group.phase]}</p>}
      <h2 id={headingId}>
        <span className="stage-number">{t.stageNumber(number)}</span> {group.title[lang]}
      </h2>
      {state && (
        <p className="stage-meta">
          <span className={`badge badge-${state.status}`}>{t.taskStatus[state.status]}</span>
          <span className="stage-count">{t.stageProgress(state.done, state.total)}</span>
        </p>
      )}
      {state?.status === 'cannotStart' && <p className="why">{state.reasons.map((r) => r[lang]).join(lang === 'zh' ? '；' : '; ')}</p>}
      {group.intro && <p className="intro">{group.intro[lang]}</p>}
      <ol className="steps">
        {group.tasks.map((task) => {
          const s = evaluation.tasks.get(task.id);
          if (!s || s.status === 'notApplicable') return null;
          return <TaskItem key={task.id} task={task} state={s} cautions={task.kind === 'method' ? evaluation.cautions : undefined} />;
        })}
      </ol>
    </section>
  );
}
