import { pathOf } from '../content/paths';
import { formatDate } from '../content/ui';
import { comingDatesOf, taskOfComing, type Coming } from '../rules/coming';
import type { Evaluation } from '../rules/evaluate';
import { hrefOf } from '../routing/route';
import { useCurrentLine, useDevice } from '../store/lines';
import { localToday, useProgress } from '../store/progressStore';
import { useDateLocale, useUi } from '../i18n/useLang';

/** Dates of a line's end: said as "about" when counted from an operator's figure, never as a day it will happen. */
const endKinds = new Set<Coming['kind']>(['keepAliveBy', 'goneAround', 'goneCheck']);

/** Where this device keeps the dates of the last calendar file downloaded for a line, to say when they changed. */
const calendarKey = (lineId: string) => `calendar:${lineId}`;
const asText = (coming: readonly Coming[]) => coming.map((c) => `${c.kind}=${c.date}`).join(';');
function downloadedBefore(lineId: string): string | null {
  try {
    return localStorage.getItem(calendarKey(lineId));
  } catch {
    return null;
  }
}

/**
 * The dates that follow for this line, soonest first (those the person wrote down, the re-check after
 * submission; for a number from abroad, about when it should be gone, the check after it and the day to keep it
 * alive by), with a calendar file of them. Nothing when there are none. Once a calendar file was downloaded, it
 * says when the dates have changed since (a keep-alive moves them), so the person downloads it again.
 */
export function ComingDates({ evaluation }: { evaluation: Evaluation }) {
  const [t] = useUi();
  const locale = useDateLocale();
  const dates = useProgress((s) => s.dates);
  const answers = useProgress((s) => s.answers);
  const confirmation = useProgress((s) => s.confirmation);
  const lineId = useCurrentLine((s) => s.id);
  const line = useDevice((s) => s.lines.find((l) => l.id === lineId));
  const path = pathOf(answers);
  const { coming, end } = comingDatesOf({ answers, dates, confirmation }, evaluation, localToday());
  // A day the operator gave is said as it is; one counted from an operator's figure, as "about".
  const about = (kind: Coming['kind']) => endKinds.has(kind) && end?.rule.sure !== null;
  if (coming.length === 0) return null;
  const before = downloadedBefore(lineId);
  const changed = before !== null && before !== asText(coming);

  // The calendar file's code loads when asked for.
  const addToCalendar = () =>
    import('../files/calendar').then((m) => {
      m.downloadCalendar(coming, lineId, t.line.label(line?.name ?? '', line?.last4 ?? ''), t, about);
      try {
        localStorage.setItem(calendarKey(lineId), asText(coming));
      } catch {
        // Not remembered: the page cannot say later that the dates changed, and nothing else is lost.
      }
    });

  return (
    <section className="coming-dates" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t.dates.heading}</h2>
      <ul>
        {coming.map((c) => (
          <li key={c.kind}>
            <time dateTime={c.date}>{about(c.kind) ? t.dates.about(formatDate(locale, c.date)) : formatDate(locale, c.date)}</time>{' '}
            <a href={hrefOf({ page: 'task', taskId: taskOfComing(c.kind, path) })}>{t.dates.kinds[c.kind]}</a>
          </li>
        ))}
      </ul>
      {changed && <p className="unsure">{t.dates.calendarAgain}</p>}
      <button type="button" onClick={() => void addToCalendar()}>
        {t.dates.calendar}
      </button>
    </section>
  );
}
