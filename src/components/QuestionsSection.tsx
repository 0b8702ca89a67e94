import { checklist } from '../content/checklist';
import type { Evaluation } from '../rules/evaluate';
import { QuestionGroup } from './QuestionGroup';
import { useUi } from './useLang';

/** The questions that shape the list ("about your number"), each saying what it changes; only those asked now. */
export function QuestionsSection({ evaluation }: { evaluation: Evaluation }) {
  const [t] = useUi();
  const asked = new Set(evaluation.questions.filter((q) => q.asked).map((q) => q.id));
  return (
    <section className="stage questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t.questions.heading}</h2>
      <p className="intro">{t.questions.intro}</p>
      {checklist.questions.filter((q) => asked.has(q.id)).map((q) => (
        <QuestionGroup key={q.id} question={q} />
      ))}
    </section>
  );
}
