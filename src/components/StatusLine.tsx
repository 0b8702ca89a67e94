import { checklist } from '../content/checklist';
import { formatDate } from '../content/ui';
import type { Evaluation } from '../rules/evaluate';
import { useProgress } from '../store/progressStore';
import { NextStepLink } from './NextStepLink';
import { hrefOfTarget } from '../routing/route';
import { useDateLocale, useWords } from '../i18n/useLang';

/**
 * Where the person stands, in words (blocked, ready to submit, submitted and waiting, cancelled and confirmed),
 * and the one next thing to do. On the overview it leads the page; beside a task (wide screens) it is compact,
 * and leaves out the link when the next thing is the page the person is on (`here`).
 */
export function StatusLine({ evaluation, compact = false, here }: { evaluation: Evaluation; compact?: boolean; here?: string }) {
  const [words] = useWords();
  const t = words.ui;
  const locale = useDateLocale();
  const confirmation = useProgress((s) => s.confirmation);
  const { readiness, next, counts } = evaluation;
  const undecided = checklist.questions.some((q) => q.decidesList && evaluation.questions.find((s) => s.id === q.id)?.answer === null);
  const confirmedOn = confirmation ? formatDate(locale, confirmation.date) : null;
  return (
    <div className={`status-line status-${readiness}${compact ? ' compact' : ''}`}>
      <p className="headline">{t.status.headline(readiness, confirmedOn)}</p>
      {/* Until the question that decides the list is answered, the overview says the list is a mainland number's in place of its counts. */}
      <p className="overall">{undecided && !compact ? t.overview.undecided : t.status.progress(counts.done, counts.left)}</p>
      {next && hrefOfTarget(next) !== here && (
        <p className="next">
          <NextStepLink target={next} />
        </p>
      )}
    </div>
  );
}
