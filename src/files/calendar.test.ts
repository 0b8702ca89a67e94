import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendar';

/** The events of a calendar file, read back by an independent parser (Mozilla's ical.js). */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate, end: event.endDate };
  });
}

describe('the calendar file', () => {
  const long = '号码注销后一般要过一段时间才会重新放号，常说大约三个月，也可能更久；具体问运营商。在那之前，再查一遍还有没有账号绑着旧号码：银行, 微信; 支付宝 \\ 12306。';
  const text = calendarFile(
    [
      { uid: 'l1-recheck@cancel-line', date: '2027-01-24', summary: '再查一遍：工作号（尾号 8000）', description: long },
      { uid: 'l1-refundDue@cancel-line', date: '2026-12-31', summary: 'Refund due, 20 Nov; call 10086', description: 'line one\nline two' },
    ],
    'zh-CN',
    new Date('2026-11-25T10:30:00Z'),
  );

  it('reads back with the same all-day dates, in any time zone, and the same words', () => {
    const [recheck, refund] = readBack(text);
    expect(recheck?.uid).toBe('l1-recheck@cancel-line');
    expect(recheck?.summary).toBe('再查一遍：工作号（尾号 8000）');
    expect(recheck?.description).toBe(long);
    expect(recheck?.start.isDate).toBe(true);
    expect(recheck?.start.toString()).toBe('2027-01-24');
    expect(recheck?.end.toString()).toBe('2027-01-25');
    // A floating date: no time zone to shift it.
    expect(recheck?.start.zone?.tzid ?? 'floating').toBe('floating');
    expect(refund?.start.toString()).toBe('2026-12-31');
    expect(refund?.end.toString()).toBe('2027-01-01');
    expect(refund?.summary).toBe('Refund due, 20 Nov; call 10086');
    expect(refund?.description).toBe('line one\nline two');
  });

  it('keeps to the format: CRLF lines of at most 75 octets, folded between characters, a DTSTAMP in UTC', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(lines).toContain('DTSTAMP:20261125T103000Z');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
  });
});
