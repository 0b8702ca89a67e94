import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { openTask, words } from './journey';

const t = words.zh.ui;

test('a date the operator gave is listed on the overview and downloads as a calendar file that reads back', async ({ page }) => {
  await openTask(page, 'zh', 'operatorConfirmed');
  await page.getByLabel(t.dateField.expectConfirmation).fill('2026-12-02');
  await page.goto('/?lang=zh#/');
  const dates = page.getByRole('region', { name: t.dates.heading });
  await expect(dates).toContainText('2026年12月2日');
  await expect(dates.getByRole('link', { name: t.dates.kinds.expectConfirmation })).toHaveAttribute('href', '#/task/operatorConfirmed');

  const download = page.waitForEvent('download');
  await dates.getByRole('button', { name: t.dates.calendar }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await file.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(1);
  expect(events[0]?.summary).toBe(`${t.dates.kinds.expectConfirmation}：我的号码`);
  expect(events[0]?.startDate.toString()).toBe('2026-12-02');
  expect(events[0]?.startDate.isDate).toBe(true);
});
