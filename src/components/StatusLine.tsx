import { formatDate } from '../content/ui';
import type { Evaluation } from '../rules/evaluate';
import { useProgress } from '../store/progressStore';
import { hrefOfTarget } from './route';
import { targetTitle } from './text';
import { useDateLocale, useWords } from './useLang';

/**
 * Where the person stands, in words (blocked, ready to submit, submitted and waiting, cancelled and confirmed),
 * and the one next thing to do. On the overview it leads the page; beside a task (wide screens) it is compact.
 */
export function StatusLine({ evaluation, compact = false }: { evaluation: Evaluation; compact?: boolean }) {
  const [words] = useWords();
  const t = words.ui;
  const locale = useDateLocale();
  const confirmation = useProgress((s) => s.confirmation);
  const { readiness, next, counts } = evaluation;
  const confirmedOn = confirmation ? formatDate(locale, confirmation.date) : null;
  return (
    <div className={`status-line status-${readiness}${compact ? ' compact' : ''}`}>
      <p className="headline">{t.status.headline(readiness, confirmedOn)}</p>
      <p className="overall">{t.status.progress(counts.done, counts.left)}</p>
      {next && (
        <p className="next">
          <a className="next-link" href={hrefOfTarget(next)}>
            <span className="next-label">{t.status.next}</span>
            {next.kind === 'question' ? t.overview.questionsTask : targetTitle(words, next)}
          </a>
        </p>
      )}
    </div>
  );
}
