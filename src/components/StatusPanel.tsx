import { useState } from 'react';
import { useProgress } from '../store/progressStore';
import { formatDate } from '../content/ui';
import type { Blocker, Evaluation, Target } from '../rules/evaluate';
import { focusTarget, targetId } from './focusTarget';
import { targetTitle } from './lookup';
import { useDateLocale, useUi } from './useLang';

const shownFirst = 5;

/** A line of the list: what to do, why, and where it leads. */
interface Line {
  readonly key: string;
  readonly title: string;
  readonly reason: string;
  readonly target: Target;
}

function BlockerItem({ line }: { line: Line }) {
  return (
    <li>
      <button type="button" className="link-button" onClick={() => focusTarget(line.target)}>
        {line.title}
      </button>
      <span className="blocker-reason">{line.reason}</span>
    </li>
  );
}

/** Blockers as lines; unanswered questions become one line ("answer the N questions about your number"). */
function useLines(blockers: readonly Blocker[]): Line[] {
  const [t, lang] = useUi();
  const questions = blockers.filter((b) => b.kind === 'question');
  const tasks = blockers.filter((b) => b.kind === 'task');
  const lines = tasks.map((b) => ({ key: targetId(b), title: targetTitle(b)[lang], reason: b.reason[lang], target: b }));
  const [first] = questions;
  if (!first) return lines;
  return [{ key: 'questions', title: t.status.answerQuestions(questions.length), reason: first.reason[lang], target: first }, ...lines];
}

/** The first few blockers, and the rest folded away so the list does not bury the page. */
function BlockerList({ blockers, labelledBy }: { blockers: readonly Blocker[]; labelledBy: string }) {
  const [t] = useUi();
  const items = useLines(blockers);
  const [open, setOpen] = useState(false);
  const rest = items.slice(shownFirst);
  return (
    <>
      <ol className="blockers" aria-labelledby={labelledBy}>
        {items.slice(0, shownFirst).map((b) => (
          <BlockerItem key={b.key} line={b} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details className="more-blockers" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t.status.more(rest.length)}</summary>
          {open && (
            <ol className="blockers" start={shownFirst + 1}>
              {rest.map((b) => (
                <BlockerItem key={b.key} line={b} />
              ))}
            </ol>
          )}
        </details>
      )}
    </>
  );
}

export function StatusPanel({ evaluation }: { evaluation: Evaluation }) {
  const [t, lang] = useUi();
  const locale = useDateLocale();
  const confirmation = useProgress((s) => s.confirmation);
  const { readiness, blockers, warnings, next } = evaluation;
  const confirmedOn = confirmation ? formatDate(locale, confirmation.date) : null;
  return (
    <section className={`status-panel status-${readiness}`} aria-labelledby="status-heading" id="status">
      <h2 id="status-heading" tabIndex={-1}>
        {t.status.heading}
      </h2>
      <div role="status" className="status-live">
        <p className="headline">{t.status.headline(readiness, confirmedOn)}</p>
        <p className="overall">{t.status.progress(evaluation.counts.done, evaluation.counts.left)}</p>
      </div>
      {next && (
        <p className="next">
          <span className="next-label">{t.status.next}</span>
          <button type="button" className="link-button" onClick={() => focusTarget(next)}>
            {targetTitle(next)[lang]}
          </button>
        </p>
      )}
      {blockers.length > 0 && (
        <>
          <h3 id="blockers-heading">{t.status.blockersHeading}</h3>
          <BlockerList blockers={blockers} labelledBy="blockers-heading" />
        </>
      )}
      {warnings.length > 0 && (
        <div className="warnings">
          <h3 id="warnings-heading">{t.status.warningsHeading}</h3>
          <p>{t.status.warningsIntro}</p>
          <BlockerList blockers={warnings} labelledBy="warnings-heading" />
        </div>
      )}
    </section>
  );
}
