import { memo } from 'react';
import type { Method, Task } from '../content/types';
import type { TaskState } from '../rules/evaluate';
import { ConfirmationStep } from './ConfirmationStep';
import { CopyButton } from './CopyButton';
import { ItemList } from './ItemList';
import { MethodChoice } from './MethodChoice';
import { NoteField } from './NoteField';
import { TickBox } from './TickBox';
import { useUi } from './useLang';

interface Props {
  task: Task;
  state: TaskState;
  cautions?: readonly Method[] | undefined;
}

/** Whether two renders would show the same: the rules hand out new objects on every evaluation. */
function sameProps(a: Props, b: Props): boolean {
  return a.task === b.task && JSON.stringify(a.state) === JSON.stringify(b.state) && a.cautions?.join() === b.cautions?.join();
}

/** One task: its control (a tick, the method choice, a list, the confirmation), what it means, why it waits, a note. */
export const TaskItem = memo(function TaskItem({ task, state, cautions }: Props) {
  const [t, lang] = useUi();
  const base = `task-${task.id}`;
  const blocked = state.status === 'cannotStart';
  const detailId = task.detail ? `${base}-detail` : undefined;
  const whyId = blocked ? `${base}-why` : undefined;
  const describedBy = [whyId, detailId].filter(Boolean).join(' ') || undefined;
  const titled = task.kind === 'confirm' || task.kind === 'method' || task.list !== undefined;
  return (
    <li className={`step step-${state.status}`}>
      {titled ? (
        <h3 className="step-title" id={base} tabIndex={-1}>
          <span className="print-only print-box" aria-hidden="true">
            {state.status === 'done' ? '☑' : '☐'}
          </span>
          {task.title[lang]}
          <span className={`badge badge-${state.status}`}>{t.taskStatus[state.status]}</span>
        </h3>
      ) : (
        <TickBox id={base} tickId={task.id} label={task.title[lang]} describedBy={describedBy} blocked={blocked} />
      )}
      {blocked && (
        <p className="why" id={whyId}>
          <strong>{t.cannotStart}</strong>
          {lang === 'zh' ? '' : ' '}
          {state.reasons.map((r) => r[lang]).join(lang === 'zh' ? '；' : '; ')}
        </p>
      )}
      {task.detail && (
        <p className="detail" id={detailId}>
          {task.detail[lang]}
        </p>
      )}
      {state.becauseUnsure.length > 0 && <p className="unsure">{t.unsureNote}</p>}
      {task.ask && (
        <div className="script">
          <p className="sub-heading">{t.ask}</p>
          <ul id={`${base}-ask`}>
            {task.ask.map((q) => (
              <li key={q.en}>{q[lang]}</li>
            ))}
          </ul>
          <CopyButton text={task.ask.map((q) => q[lang]).join('\n')} targetId={`${base}-ask`} label={t.copy.ask} />
        </div>
      )}
      {task.say && (
        <div className="script">
          <p className="sub-heading">{t.say}</p>
          <blockquote id={`${base}-say`}>{task.say[lang]}</blockquote>
          <CopyButton text={task.say[lang]} targetId={`${base}-say`} label={t.copy.say} />
        </div>
      )}
      {task.kind === 'method' && <MethodChoice cautions={cautions ?? []} />}
      {task.list && <ItemList task={task} state={state} />}
      {task.kind === 'confirm' && <ConfirmationStep task={task} state={state} />}
      <NoteField stepId={task.id} />
    </li>
  );
}, sameProps);
