import { memo } from 'react';
import { answers as answerOptions, type Question } from '../content/types';
import { useProgress } from '../store/progressStore';
import { useUi } from './useLang';

export const QuestionGroup = memo(function QuestionGroup({ question }: { question: Question }) {
  const [t, lang] = useUi();
  const answer = useProgress((s) => (Object.hasOwn(s.answers, question.id) ? s.answers[question.id] : undefined));
  const setAnswer = useProgress((s) => s.answer);
  const name = `q-${question.id}`;
  const helpId = question.help ? `${name}-help` : undefined;
  return (
    <fieldset className="question" aria-describedby={[helpId, `${name}-changes`].filter(Boolean).join(' ')}>
      <legend>{question.title[lang]}</legend>
      {question.help && (
        <p className="hint" id={helpId}>
          {question.help[lang]}
        </p>
      )}
      <p className="hint" id={`${name}-changes`}>
        {question.changes[lang]}
      </p>
      <div className="options">
        {answerOptions.map((a) => (
          <label key={a} className="option">
            <input type="radio" id={`${name}-${a}`} name={name} value={a} checked={answer === a} onChange={() => setAnswer(question.id, a)} />
            {t.answer[a]}
          </label>
        ))}
      </div>
      <p className="print-only print-answer">{answer ? t.answer[answer] : '—'}</p>
      {answer === 'unsure' && <p className="unsure">{question.unsureAdvice[lang]}</p>}
    </fieldset>
  );
});
