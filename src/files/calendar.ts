/**
 * A calendar file (iCalendar, RFC 5545) of the dates that follow a cancellation, made in the browser: nothing
 * is sent anywhere. Each date is an all-day event (VALUE=DATE), so it falls on the same day in any time zone.
 * Hand-written rather than a library: all-day events need a dozen lines of the standard (escaping, folding at
 * 75 octets, CRLF), and this file loads only when a person asks for it.
 */
import type { CoreUi } from '../content/ui';
import type { Coming } from '../rules/coming';
import { addDays } from '../rules/dates';
import { download } from './download';

export interface CalendarEvent {
  /** Stable across downloads, so a calendar updates the event rather than adding it twice. */
  readonly uid: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets, never inside a character (RFC 5545 §3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation's leading space takes one of its 75.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');

/** The file's text. `language` is the page's (zh-CN, en). */
export function calendarFile(events: readonly CalendarEvent[], language: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cancel-line-checklist//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY;LANGUAGE=${language}:${escapeText(e.summary)}`,
      `DESCRIPTION;LANGUAGE=${language}:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Downloads a line's dates as a calendar file, in the page's language: "what: which line" on each day. */
/** `about`: whether a date is counted from an operator's figure (its description says so). */
export function downloadCalendar(coming: readonly Coming[], lineId: string, lineLabel: string, t: CoreUi, about: (kind: Coming['kind']) => boolean) {
  const events = coming.map((c) => ({
    uid: `${lineId}-${c.kind}@cancel-line-checklist`,
    date: c.date,
    summary: `${t.dates.kinds[c.kind]}${t.htmlLang.startsWith('zh') ? '：' : ': '}${lineLabel}`,
    // A date counted from an operator's figure says so: about, check the operator's terms.
    description: about(c.kind) ? `${t.dates.about(c.date)} · ${t.appTitle}` : t.appTitle,
  }));
  download(`cancel-line-dates-${lineId}.ics`, calendarFile(events, t.htmlLang), 'text/calendar');
}
