import { formatDate } from '../content/ui';
import { comingDates, taskOfDate } from '../rules/dates';
import type { Evaluation } from '../rules/evaluate';
import { hrefOf } from '../routing/route';
import { useCurrentLine, useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { useDateLocale, useUi } from '../i18n/useLang';


/**
 * The dates that follow for this line, soonest first (those the person wrote down, and the re-check after
 * submission), with a calendar file of them. Nothing when there are none.
 */
export function ComingDates({ evaluation }: { evaluation: Evaluation }) {
  const [t] = useUi();
  const locale = useDateLocale();
  const dates = useProgress((s) => s.dates);
  const confirmation = useProgress((s) => s.confirmation);
  const lineId = useCurrentLine((s) => s.id);
  const line = useDevice((s) => s.lines.find((l) => l.id === lineId));
  // The submission of the chosen way only (a tick left from the other way is not one).
  const coming = comingDates({ dates, confirmedOn: confirmation?.date ?? null, submittedOn: evaluation.submission?.on ?? null });
  if (coming.length === 0) return null;

  // The calendar file's code loads when asked for.
  const addToCalendar = () => import('../files/calendar').then((m) => m.downloadCalendar(coming, lineId, t.line.label(line?.name ?? '', line?.last4 ?? ''), t));

  return (
    <section className="coming-dates" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t.dates.heading}</h2>
      <ul>
        {coming.map((c) => (
          <li key={c.kind}>
            <time dateTime={c.date}>{formatDate(locale, c.date)}</time> <a href={hrefOf({ page: 'task', taskId: taskOfDate[c.kind] })}>{t.dates.kinds[c.kind]}</a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void addToCalendar()}>
        {t.dates.calendar}
      </button>
    </section>
  );
}
