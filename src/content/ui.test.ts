import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate, formatDateTime } from './ui';

describe('dates in the page’s language and the browser’s region', () => {
  const day = '2026-11-25';
  const afternoon = new Date(2026, 10, 25, 15, 5).getTime();

  it.each([
    ['en', ['en-GB', 'fr'], '25 November 2026'],
    ['en', ['en-US'], 'November 25, 2026'],
    ['en', ['zh-CN'], 'November 25, 2026'],
    ['zh', ['zh-CN'], '2026年11月25日'],
    ['zh', ['en-GB'], '2026年11月25日'],
  ] as const)('%s page, browser %j: %s', (lang, browser, expected) => {
    expect(formatDate(dateLocale(lang, browser), day)).toBe(expected);
  });

  it('a 24-hour clock where the region uses one', () => {
    expect(formatDateTime(dateLocale('en', ['en-GB']), afternoon)).toContain('15:05');
    expect(formatDateTime(dateLocale('en', ['en-US']), afternoon)).toMatch(/03:05\s?PM/);
  });
});
