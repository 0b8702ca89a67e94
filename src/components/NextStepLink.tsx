import type { Target } from '../rules/evaluate';
import { hrefOfTarget } from '../routing/route';
import { targetTitle } from '../i18n/text';
import { useWords } from '../i18n/useLang';

/** The one next thing to do, as the page's prominent link: the questions, or a task's page. */
export function NextStepLink({ target }: { target: Target }) {
  const [words] = useWords();
  const t = words.ui;
  return (
    <a className="next-link" href={hrefOfTarget(target)}>
      <span className="next-label">{t.status.next}</span>
      {target.kind === 'question' ? t.overview.questionsTask : targetTitle(words, target)}
    </a>
  );
}
