import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dateLocale, formatDate } from '../src/content/ui';
import type { Lang } from '../src/content/types';
import { addDays, localDate } from '../src/rules/dates';
import { abroadWords, allWords } from '../src/test/words';
import type { ScriptFacts } from '../src/content/words';
import { taskWordsFor } from '../src/i18n/pageText';
import { headline, itemMarks, journeyDay, mouse, nextLink } from './journey';

/**
 * A Lebara UK pay-as-you-go holder, from a first visit to "gone": the list for a number from abroad, followed by
 * the overview's next step only, in Chinese on a phone and in British English on a desktop.
 */
const words = abroadWords;
const answers = { place: 'uk', ukOperator: 'lebara', plan: 'prepaid', esim: 'yes' } as const;
/** The last keep-alive (a chargeable text): ten days ago. Lebara UK: gone about 90 days later. */
const lastUse = addDays(journeyDay, -10);
const goneAround = addDays(lastUse, 90);

const title = (lang: Lang, id: string) => words[lang].tasks[id]?.title ?? id;
/** The folding line of a group of the list of accounts, and its "none of these" button (`rest`: some are marked). */
const groupLine = (page: Page, lang: Lang, groupId: string) =>
  page.locator('summary').filter({ has: page.getByText(words[lang].listGroups[`rebind.${groupId}`] ?? groupId, { exact: true }) });
const noneButton = (page: Page, lang: Lang, groupId: string, rest: boolean) =>
  page.getByRole('button', { name: `${words[lang].ui.listItems.marks.change.none(rest)} ${words[lang].listGroups[`rebind.${groupId}`] ?? groupId}`, exact: true });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** A Lebara UK prepaid line left to lapse, as the words read it. */
const facts: ScriptFacts = { forHolder: false, refund: false, sharedDevice: false, contract: false, place: 'uk', operator: 'lebara', plan: 'prepaid', method: 'lapse', endFrom: 'lastUse' };
/** A task's done control, by its own label where it has one (the step that ends the line; a duty kept). */
function doneBox(page: Page, lang: Lang, taskId: string) {
  const t = words[lang].ui.task;
  const label = taskWordsFor(words[lang].tasks[taskId], facts)?.done ?? (taskId === 'lapseStop' ? t.submitted : t.done);
  return page.getByRole('checkbox', { name: label, exact: true });
}

async function doTask(page: Page, lang: Lang, taskId: string) {
  const t = words[lang].ui;
  const item = (id: string) => itemMarks(page, words[lang].items[`rebind.${id}`]?.title ?? id);
  switch (taskId) {
    case 'chooseEnd':
      return page.getByRole('radio', { name: words[lang].methods.lapse?.label }).check();
    case 'keepAlive': {
      await page.getByLabel(t.dateField.lastUse).fill(lastUse);
      // Under the date: about when the line ends, and the day to keep it alive by (Lebara: a month before).
      const locale = dateLocale(lang, await page.evaluate(() => navigator.languages));
      await expect(page.locator('.end-note')).toHaveText(t.lineEnd.note(formatDate(locale, goneAround), formatDate(locale, addDays(goneAround, -30)), true));
      return mouse.tick(page, doneBox(page, lang, taskId));
    }
    case 'rebind': {
      // WhatsApp and the Apple ID use the number; nothing else does.
      await groupLine(page, lang, 'messaging').click();
      await mouse.mark(page, lang, item('whatsapp'), 'done');
      await noneButton(page, lang, 'messaging', true).click();
      await groupLine(page, lang, 'security').click();
      await mouse.mark(page, lang, item('apple'), 'done');
      await noneButton(page, lang, 'security', true).click();
      const untouched = page.getByRole('button', { name: new RegExp(`^${t.listItems.marks.change.none(false)} `) });
      for (let left = await untouched.count(); left > 0; left--) await untouched.first().click();
      return expect(page.locator('.task-status')).toContainText(t.taskStatus.done);
    }
    case 'lineGone':
      // Before the day it should be gone: a caution that it may still work.
      await expect(page.locator('.end-note')).toContainText(t.lineEnd.earlyCheck(formatDate(dateLocale(lang, await page.evaluate(() => navigator.languages)), goneAround)));
      await page.getByLabel(t.confirmation.dateLabel).fill(journeyDay);
      return page.getByRole('button', { name: t.confirmation.record }).click();
    case 'lapseStop':
      // Letting it lapse asks no operator: no "if the operator will not help".
      await expect(page.getByRole('heading', { name: t.stuck.heading })).toHaveCount(0);
      return mouse.tick(page, doneBox(page, lang, taskId));
    default:
      return mouse.tick(page, doneBox(page, lang, taskId));
  }
}

async function abroadJourney(page: Page, lang: Lang) {
  const t = words[lang].ui;
  const locale = dateLocale(lang, await page.evaluate(() => navigator.languages));
  await page.goto('/');
  // The first question decides the list: the next step asks it.
  await expect(nextLink(page)).toHaveAttribute('href', '#/questions');
  await nextLink(page).click();
  for (const [id, a] of Object.entries(answers)) await mouse.answer(page, lang, id, a);
  await page.goBack();

  // Nothing a mainland number alone has is listed: no ID card, no counter, no 一证通查.
  const main = page.getByRole('main');
  for (const id of ['idDocument', 'checkStatus', 'storeSubmit', 'backup']) await expect(main.getByRole('link', { name: abroadWordsOrMainland(lang, id) })).toHaveCount(0);
  await expect(main).not.toContainText(lang === 'zh' ? '营业厅' : 'store');

  const done: string[] = [];
  for (let step = 0; step < 20; step++) {
    await expect(heading(page)).toHaveText(t.appTitle);
    if ((await nextLink(page).count()) === 0) break;
    const taskId = /^#\/task\/(\w+)$/.exec((await nextLink(page).getAttribute('href')) ?? '')?.[1];
    if (!taskId) throw new Error('the next step is not a task');
    await nextLink(page).click();
    await expect(heading(page)).toHaveText(title(lang, taskId));
    await doTask(page, lang, taskId);
    done.push(taskId);
    if (taskId === 'keepAlive') {
      // The date the line should be gone, "about", on the overview while the accounts are still being moved,
      // with the day to keep it alive by before it.
      await page.goto('/#/');
      const dates = page.getByRole('region', { name: t.dates.heading });
      await expect(dates.getByRole('listitem').filter({ hasText: t.dates.kinds.goneAround })).toContainText(t.dates.about(formatDate(locale, goneAround)));
      await expect(dates).toContainText(t.dates.kinds.keepAliveBy);
      await calendarReadsBack(page, lang);
      continue;
    }
    if (done.length === 3) await page.reload();
    await page.goBack();
  }
  expect(done).toEqual(['chooseEnd', 'keepAlive', 'rebind', 'twoStep', 'autoRenew', 'credit', 'keepEsim', 'lapseStop', 'lineGone', 'abroadRemoveEsim', 'abroadRecheck']);
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', formatDate(locale, journeyDay)));
  await page.reload();
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', formatDate(locale, journeyDay)));
}

/** A mainland task's title, to look for it (and find nothing). */
function abroadWordsOrMainland(lang: Lang, id: string): string {
  return allWords[lang].tasks[id]?.title ?? id;
}

/** The calendar file holds the line's end as "about", on the day counted from the last keep-alive. */
async function calendarReadsBack(page: Page, lang: Lang) {
  const t = words[lang].ui;
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: t.dates.heading }).getByRole('button', { name: t.dates.calendar }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const gone = events.find((e) => e.summary.startsWith(t.dates.kinds.goneAround));
  expect(gone?.startDate.toString()).toBe(goneAround);
  expect(gone?.description).toContain(t.dates.about(goneAround));
  expect(events.map((e) => e.uid)).toEqual(expect.arrayContaining([expect.stringMatching(/-goneAround@/), expect.stringMatching(/-keepAliveBy@/)]));
  // A keep-alive moves the dates: the page says to download the file again.
  await page.goto('/#/task/keepAlive');
  await page.getByLabel(t.dateField.lastUse).fill(addDays(lastUse, 1));
  await page.goto('/#/');
  await expect(page.getByRole('region', { name: t.dates.heading })).toContainText(t.dates.calendarAgain);
  await page.goto('/#/task/keepAlive');
  await page.getByLabel(t.dateField.lastUse).fill(lastUse);
  await page.goto('/#/');
  await expect(page.getByRole('region', { name: t.dates.heading })).not.toContainText(t.dates.calendarAgain);
}

for (const [name, locale, lang, viewport] of [
  ['in Chinese on a phone', 'zh-CN', 'zh', { width: 360, height: 740 }],
  ['in British English on a desktop', 'en-GB', 'en', { width: 1280, height: 800 }],
] as const) {
  test(`a Lebara UK holder, from a first visit to gone, ${name}`, async ({ browser, watchContext }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale, viewport });
    const page = await watchContext(context);
    await abroadJourney(page, lang);
    // The print view: the list from abroad, the date as "about", nothing from the mainland list.
    await page.goto('/#/print');
    const printed = page.locator('.print-page');
    await expect(printed).toContainText(title(lang, 'keepAlive'));
    await expect(printed).toContainText(title(lang, 'lapseStop'));
    await expect(printed).toContainText(words[lang].questions.ukOperator?.options?.lebara ?? 'Lebara');
    await expect(printed).not.toContainText(lang === 'zh' ? '营业厅' : 'ID card');
    await context.close();
  });
}

test('the list from abroad is axe clean, and a mainland line keeps its list when another is from abroad', async ({ page }) => {
  await page.goto('/?lang=en#/questions');
  for (const [id, a] of Object.entries(answers)) await mouse.answer(page, 'en', id, a);
  for (const lang of ['en', 'zh'] as const) {
    for (const where of ['#/', '#/questions', '#/task/chooseEnd', '#/task/keepAlive', '#/task/rebind', '#/task/lapseStop', '#/task/lineGone', '#/print']) {
      await page.goto(`/?lang=${lang}${where}`);
      await expect(heading(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${lang} ${where}: ${v.id}`)).toEqual([]);
    }
  }
  // Changing the answer back to the mainland finds the mainland list as it was.
  await page.goto('/?lang=en#/questions');
  await page.getByRole('button', { name: new RegExp(words.en.questions.place?.title ?? 'place') }).click();
  await mouse.answer(page, 'en', 'place', 'mainland');
  await page.goto('/?lang=en#/');
  await expect(page.getByRole('link', { name: abroadWordsOrMainland('en', 'idDocument') })).toBeVisible();
  expect(localDate(Date.now())).toBe(journeyDay);
});

test('a keep-alive day gone by says the line may be gone; a step of the other list is said not to be on this one', async ({ page }) => {
  const t = words.en.ui;
  const seed = (state: object) =>
    page.addInitScript((value) => {
      if (localStorage.getItem('cancel-line:lines') === null) localStorage.setItem('cancel-line:progress', value);
    }, JSON.stringify({ state, version: 6 }));
  await seed({ answers, method: 'lapse', dates: { lastUse: addDays(journeyDay, -200) } });
  await page.goto('/?lang=en#/task/keepAlive');
  const gone = formatDate(dateLocale('en', await page.evaluate(() => navigator.languages)), addDays(journeyDay, -110));
  await expect(page.locator('.end-note')).toHaveText(t.lineEnd.past(gone));
  await page.goto('/?lang=en#/');
  const dates = page.getByRole('region', { name: t.dates.heading });
  await expect(dates).not.toContainText(t.dates.kinds.keepAliveBy);
  await expect(dates).toContainText(t.dates.kinds.goneAround);
  // A step of the mainland list, opened on this one: said to be not on it, nothing to tick.
  await page.goto('/?lang=en#/task/idDocument');
  await expect(heading(page)).toHaveText(t.task.notOnList);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('a monthly contract: no keep-alive date, the day the operator gives shown as it is', async ({ page }) => {
  const t = words.en.ui;
  await page.addInitScript((value) => {
    if (localStorage.getItem('cancel-line:lines') === null) localStorage.setItem('cancel-line:progress', value);
  }, JSON.stringify({ state: { answers: { place: 'uk', ukOperator: 'ee', plan: 'contract', esim: 'no' }, method: 'close' }, version: 6 }));
  await page.goto('/?lang=en#/task/keepAlive');
  await expect(page.getByRole('textbox', { name: t.dateField.operatorEnd })).toHaveCount(0);
  await expect(page.getByLabel(t.dateField.lastUse)).toHaveCount(0);
  await page.goto('/?lang=en#/task/closeAsk');
  await page.getByLabel(t.dateField.operatorEnd).fill('2027-01-05');
  const day = formatDate(dateLocale('en', await page.evaluate(() => navigator.languages)), '2027-01-05');
  await expect(page.locator('.end-note')).toHaveText(t.lineEnd.note(day, null, false));
  await page.goto('/?lang=en#/');
  const dates = page.getByRole('region', { name: t.dates.heading });
  await expect(dates.getByRole('listitem').first()).toHaveText(`${day} ${t.dates.kinds.goneAround}`);
  await expect(page.getByRole('link', { name: words.en.tasks.finalBillAbroad?.title ?? 'finalBillAbroad' })).toBeVisible();
  await expect(page.getByRole('link', { name: words.en.tasks.autoRenew?.title ?? 'autoRenew' })).toHaveCount(0);
});
