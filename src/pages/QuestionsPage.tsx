import { useState } from 'react';
import { flushSync } from 'react-dom';
import { checklist } from '../content/checklist';
import { answers as answerOptions, type Question } from '../content/types';
import type { PageProps } from '../components/navigation';
import { hrefOf, hrefOfTarget } from '../components/route';
import { targetTitle } from '../components/text';
import { useWords } from '../components/useLang';
import { useProgress } from '../store/progressStore';

/** One question: its help, what the answer changes, and yes / no / not sure. */
function QuestionField({ question }: { question: Question }) {
  const [words] = useWords();
  const t = words.ui;
  const q = words.questions[question.id];
  const answer = useProgress((s) => (Object.hasOwn(s.answers, question.id) ? s.answers[question.id] : undefined));
  const setAnswer = useProgress((s) => s.answer);
  const name = `q-${question.id}`;
  return (
    <fieldset className="question" aria-describedby={[q?.help ? `${name}-help` : '', `${name}-changes`].filter(Boolean).join(' ')}>
      <legend>{q?.title}</legend>
      {q?.help && (
        <p className="hint" id={`${name}-help`}>
          {q.help}
        </p>
      )}
      <p className="hint" id={`${name}-changes`}>
        {q?.changes}
      </p>
      <div className="options">
        {answerOptions.map((a) => (
          <label key={a} className="option">
            <input type="radio" id={`${name}-${a}`} name={name} value={a} checked={answer === a} onChange={() => setAnswer(question.id, a)} />
            {t.answer[a]}
          </label>
        ))}
      </div>
      {answer === 'unsure' && <p className="unsure">{q?.unsureAdvice}</p>}
    </fieldset>
  );
}

/** An answered question in one line, with a button that opens it again in place. */
function AnsweredLine({ question, onChange }: { question: Question; onChange: () => void }) {
  const [words] = useWords();
  const t = words.ui;
  const answer = useProgress((s) => (Object.hasOwn(s.answers, question.id) ? s.answers[question.id] : undefined));
  const title = words.questions[question.id]?.title ?? question.id;
  return (
    <div className="answered">
      <p>
        <span className="answered-question">{title}</span> <strong className="answered-value">{answer ? t.answer[answer] : ''}</strong>
      </p>
      <button type="button" className="small" aria-label={t.questionsPage.changeLabel(title)} onClick={onChange}>
        {t.questionsPage.change}
      </button>
    </div>
  );
}

/**
 * `#/questions`: the questions that shape the list. A question answered before this visit reads as one line
 * with 修改 / Change; one answered now stays open until the person leaves the page, so answering never folds
 * anything away above or under their hands.
 */
export function QuestionsPage({ evaluation }: PageProps) {
  const [words] = useWords();
  const t = words.ui;
  const [folded, setFolded] = useState(() => new Set(evaluation.questions.filter((q) => q.answer !== null).map((q) => q.id)));
  const asked = checklist.questions.filter((q) => evaluation.questions.find((s) => s.id === q.id)?.asked);
  const open = (id: string) => {
    flushSync(() => setFolded((f) => new Set([...f].filter((x) => x !== id))));
    const checked = document.querySelector<HTMLInputElement>(`input[name="q-${id}"]:checked`) ?? document.getElementById(`q-${id}-yes`);
    checked?.focus();
  };
  const allAnswered = evaluation.questions.every((q) => !q.asked || q.answer !== null);
  const { next } = evaluation;
  return (
    <>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
      <h1 id="page-heading" tabIndex={-1}>
        {t.questions.heading}
      </h1>
      <p className="intro">{t.questions.intro}</p>
      <ol className="questions">
        {asked.map((q) => (
          <li key={q.id}>{folded.has(q.id) ? <AnsweredLine question={q} onChange={() => open(q.id)} /> : <QuestionField question={q} />}</li>
        ))}
      </ol>
      <p className="page-end">
        {allAnswered && next && next.kind === 'task' ? (
          <a className="next-link" href={hrefOfTarget(next)}>
            <span className="next-label">{t.status.next}</span>
            {targetTitle(words, next)}
          </a>
        ) : (
          <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
        )}
      </p>
    </>
  );
}
