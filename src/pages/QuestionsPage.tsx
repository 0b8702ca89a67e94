import { useState } from 'react';
import { flushSync } from 'react-dom';
import { optionsOf } from '../content/types';
import { questionsById } from '../content/lookups';
import { answerLabel } from '../i18n/pageText';
import type { PageProps } from '../routing/pageProps';
import { NextStepLink } from '../components/NextStepLink';
import { hrefOf } from '../routing/route';
import { useAllWords } from '../i18n/useLang';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';

/** One question: its help, what the answer changes, and yes / no / not sure (or its own options). */
function QuestionField({ id }: { id: string }) {
  const [words] = useAllWords();
  const q = words.questions[id];
  const answer = useProgress((s) => (Object.hasOwn(s.answers, id) ? s.answers[id] : undefined));
  const name = `q-${id}`;
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
        {optionsOf(questionsById.get(id) ?? {}).map((a) => (
          <label key={a} className="option">
            <input type="radio" id={`${name}-${a}`} name={name} value={a} checked={answer === a} onChange={() => actions.answer(id, a)} />
            {answerLabel(words, id, a)}
          </label>
        ))}
      </div>
      {answer === 'unsure' && <p className="unsure">{q?.unsureAdvice}</p>}
    </fieldset>
  );
}

/** An answered question in one line, with a button that opens it again in place. */
function AnsweredLine({ id, onChange }: { id: string; onChange: () => void }) {
  const [words] = useAllWords();
  const t = words.ui;
  const answer = useProgress((s) => (Object.hasOwn(s.answers, id) ? s.answers[id] : undefined));
  const title = words.questions[id]?.title ?? id;
  return (
    <div className="answered">
      <p>
        <span className="answered-question">{title}</span> <strong className="answered-value">{answer ? answerLabel(words, id, answer) : ''}</strong>
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
  const [words] = useAllWords();
  const t = words.ui;
  const asked = evaluation.questions.filter((q) => q.asked);
  const [folded, setFolded] = useState(() => new Set(evaluation.questions.filter((q) => q.answer !== null).map((q) => q.id)));
  const open = (id: string) => {
    flushSync(() => setFolded((f) => new Set([...f].filter((x) => x !== id))));
    const checked = document.querySelector<HTMLInputElement>(`input[name="q-${id}"]:checked`) ?? document.querySelector<HTMLInputElement>(`input[name="q-${id}"]`);
    checked?.focus();
  };
  const allAnswered = asked.every((q) => q.answer !== null);
  const { next } = evaluation;
  return (
    <>
      <p className="back">
        <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
      </p>
      <h1 id="page-heading" tabIndex={-1}>
        {t.questions.heading}
      </h1>
      <p className="intro">{t.questionsIntro}</p>
      <p className="intro">{t.elsewhere}</p>
      <ol className="questions">
        {/* A question whose words are a moment away (the list has just changed path) comes when they are in. */}
        {asked.filter((q) => words.questions[q.id]).map((q) => (
          <li key={q.id}>{folded.has(q.id) ? <AnsweredLine id={q.id} onChange={() => open(q.id)} /> : <QuestionField id={q.id} />}</li>
        ))}
      </ol>
      <p className="page-end">
        {allAnswered && next && next.kind === 'task' ? (
          <NextStepLink target={next} />
        ) : (
          <a href={hrefOf({ page: 'overview' })}>{t.nav.back}</a>
        )}
      </p>
    </>
  );
}
