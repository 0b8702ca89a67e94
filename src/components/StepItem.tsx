import { memo } from 'react';
import type { Step } from '../content/types';
import type { StepState } from '../rules/evaluate';
import { ConfirmationStep } from './ConfirmationStep';
import { NoteField } from './NoteField';
import { TickBox } from './TickBox';
import { UnbindList } from './UnbindList';
import { useUi } from './useLang';

/** One step: a native checkbox, what it means, why it cannot start yet, and a note. */
export const StepItem = memo(function StepItem({ step, state }: { step: Step; state: StepState }) {
  const [t, lang] = useUi();
  const base = `step-${step.id}`;
  const blocked = state.status === 'cannotStart';
  const detailId = step.detail ? `${base}-detail` : undefined;
  const whyId = blocked ? `${base}-why` : undefined;
  const describedBy = [whyId, detailId].filter(Boolean).join(' ') || undefined;
  return (
    <li className={`step step-${state.status}`}>
      {step.kind === 'confirm' ? (
        <h3 className="step-title">
          <span className="print-only print-box" aria-hidden="true">
            {state.status === 'done' ? '☑' : '☐'}
          </span>
          {step.title[lang]}
        </h3>
      ) : (
        <TickBox id={base} tickId={step.id} label={step.title[lang]} describedBy={describedBy} blocked={blocked} />
      )}
      {blocked && (
        <p className="why" id={whyId}>
          <strong>{t.cannotStart}</strong>
          {lang === 'zh' ? '' : ' '}
          {state.reasons.map((r) => r[lang]).join(lang === 'zh' ? '；' : '; ')}
        </p>
      )}
      {step.detail && (
        <p className="detail" id={detailId}>
          {step.detail[lang]}
        </p>
      )}
      {state.becauseUnsure.length > 0 && <p className="unsure">{t.unsureNote}</p>}
      {step.subItems && <UnbindList stepId={step.id} items={step.subItems} />}
      {step.kind === 'confirm' && <ConfirmationStep step={step} state={state} />}
      <NoteField stepId={step.id} />
    </li>
  );
});
