import type { Stage } from '../content/types';
import type { Evaluation } from '../rules/evaluate';
import { MethodChoice } from './MethodChoice';
import { QuestionGroup } from './QuestionGroup';
import { StepItem } from './StepItem';
import { useUi } from './useLang';

export function StageSection({ stage, number, evaluation }: { stage: Stage; number: number; evaluation: Evaluation }) {
  const [t, lang] = useUi();
  const state = evaluation.stages.find((s) => s.id === stage.id);
  const headingId = `stage-${stage.id}`;
  return (
    <section className={`stage stage-${state?.status ?? 'notStarted'}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="stage-number">{t.stageNumber(number)}</span> {stage.title[lang]}
      </h2>
      {state && (
        <p className="stage-meta">
          <span className={`badge badge-${state.status}`}>{t.stageStatus[state.status]}</span>
          <span className="stage-count">{t.stageProgress(state.done, state.applicable)}</span>
        </p>
      )}
      {state?.status === 'cannotStart' && <p className="why">{state.reasons.map((r) => r[lang]).join(lang === 'zh' ? '；' : '; ')}</p>}
      {stage.intro && <p className="intro">{stage.intro[lang]}</p>}
      {stage.questions.map((q) => (
        <QuestionGroup key={q.id} question={q} />
      ))}
      {stage.choosesMethod && <MethodChoice />}
      <ol className="steps">
        {stage.steps.map((step) => {
          const s = evaluation.steps.get(step.id);
          if (!s || s.status === 'notApplicable') return null;
          return <StepItem key={step.id} step={step} state={s} />;
        })}
      </ol>
    </section>
  );
}
