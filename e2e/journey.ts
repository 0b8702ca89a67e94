import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { checklist } from '../src/content/checklist';
import { dateLocale, formatDate } from '../src/content/ui';
import type { Answer, Lang } from '../src/content/types';
import type { Words } from '../src/content/words';
import { nothingSpecial } from '../src/test/fixtures';
import { allWords } from '../src/test/words';

export const words: Readonly<Record<Lang, Words>> = allWords;
const tasks = new Map(checklist.groups.flatMap((g) => g.tasks.map((t) => [t.id, t] as const)));

export function stepTitle(id: string, lang: Lang): string {
  const title = words[lang].tasks[id]?.title;
  if (!title) throw new Error(`no task ${id}`);
  return title;
}

/** The titles of a list task's items, in order. */
export function listTitles(taskId: string, lang: Lang): string[] {
  return (tasks.get(taskId)?.list ?? []).flatMap((g) => g.items.map((i) => words[lang].items[`${taskId}.${i.id}`]?.title ?? i.id));
}

/** A person with nothing special, on an eSIM. */
export const answersForJourney: Record<string, Answer> = { ...nothingSpecial, esim: 'yes' };

/** How a person does each thing: with the mouse, or with the keyboard only. */
export interface Hands {
  follow(page: Page, link: Locator): Promise<void>;
  answer(page: Page, lang: Lang, questionId: string, answer: Answer): Promise<void>;
  tick(page: Page, box: Locator): Promise<void>;
  chooseMethod(page: Page, lang: Lang, method: 'online' | 'store'): Promise<void>;
  recordConfirmation(page: Page, lang: Lang, date: string, reference: string): Promise<void>;
  addUnbindEntry(page: Page, lang: Lang, label: string): Promise<void>;
}

export function question(page: Page, lang: Lang, id: string): Locator {
  return page.getByRole('group', { name: words[lang].questions[id]?.title ?? id, exact: true });
}

/** The next-step link of the overview's status line. */
export function nextLink(page: Page): Locator {
  return page.locator('main .next-link');
}

export const mouse: Hands = {
  async follow(_page, link) {
    await link.click();
  },
  async answer(page, lang, id, answer) {
    await question(page, lang, id).getByRole('radio', { name: words[lang].ui.answer[answer], exact: true }).check();
  },
  async tick(_page, box) {
    await box.check();
  },
  async chooseMethod(page, lang, method) {
    await page.getByRole('radio', { name: words[lang].methods[method].label }).check();
  },
  async recordConfirmation(page, lang, date, reference) {
    const t = words[lang].ui;
    await page.getByLabel(t.confirmation.dateLabel).fill(date);
    await page.getByRole('textbox', { name: t.confirmation.referenceLabel }).fill(reference);
    await page.getByRole('button', { name: t.confirmation.record }).click();
  },
  async addUnbindEntry(page, lang, label) {
    await page.getByRole('textbox', { name: words[lang].ui.unbind.addLabel }).fill(label);
    await page.getByRole('button', { name: words[lang].ui.unbind.add, exact: true }).click();
  },
};

/** Presses Tab until the locator has focus (the page wraps around), like a keyboard user moving through it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 200) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < maxPresses; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('tabTo: never reached the target with Tab');
}

export const keyboard: Hands = {
  async follow(page, link) {
    await tabTo(page, link);
    await page.keyboard.press('Enter');
  },
  async answer(page, lang, id, answer) {
    const order: Answer[] = ['yes', 'no', 'unsure'];
    const labels = words[lang].ui.answer;
    const group = question(page, lang, id);
    await tabTo(page, group.getByRole('radio', { name: labels.yes, exact: true }));
    const moves = order.indexOf(answer);
    if (moves === 0) await page.keyboard.press('Space');
    for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: labels[answer], exact: true })).toBeChecked();
  },
  async tick(page, box) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  },
  async chooseMethod(page, lang, method) {
    await tabTo(page, page.getByRole('radio', { name: words[lang].methods.online.label }));
    if (method === 'online') await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: words[lang].methods[method].label })).toBeChecked();
  },
  async recordConfirmation(page, lang, date, reference) {
    const t = words[lang].ui;
    // A date input takes its digits in the locale's order; the keyboard journey runs in en-US: month, day, year.
    const [y, m, d] = date.split('-');
    await tabTo(page, page.getByLabel(t.confirmation.dateLabel));
    await page.keyboard.type(`${m}${d}${y}`);
    await expect(page.getByLabel(t.confirmation.dateLabel)).toHaveValue(date);
    await tabTo(page, page.getByRole('textbox', { name: t.confirmation.referenceLabel }), 10);
    await page.keyboard.type(reference);
    await tabTo(page, page.getByRole('button', { name: t.confirmation.record }), 10);
    await page.keyboard.press('Enter');
  },
  async addUnbindEntry(page, lang, label) {
    await tabTo(page, page.getByRole('textbox', { name: words[lang].ui.unbind.addLabel }));
    await page.keyboard.type(label);
    await page.keyboard.press('Enter');
  },
};

/** The done control of the task page on screen. */
export function doneBox(page: Page, lang: Lang): Locator {
  return page.getByRole('checkbox', { name: words[lang].ui.task.done, exact: true });
}

/** Opens a task's page (a reload keeps it). */
export async function openTask(page: Page, lang: Lang, id: string) {
  await page.goto(`/?lang=${lang}#/task/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stepTitle(id, lang));
}

/** A task's link on the overview. */
export function taskLink(page: Page, lang: Lang, id: string): Locator {
  return page.getByRole('link', { name: stepTitle(id, lang), exact: true });
}

/** The overview's status line. */
export function headline(page: Page): Locator {
  return page.locator('main .status-line .headline');
}

/** Does what the page of one task asks, the way a person would. */
async function doTask(page: Page, lang: Lang, hands: Hands, taskId: string) {
  const t = words[lang].ui;
  const own = lang === 'zh' ? 'Steam 令牌' : 'Steam Guard';
  switch (taskId) {
    case 'chooseMethod':
      return hands.chooseMethod(page, lang, 'store');
    case 'rebind': {
      // The first few accounts moved to the new number, the rest marked as not used; an own entry, done.
      for (const [i, title] of listTitles('rebind', lang).entries()) {
        await hands.tick(page, page.getByRole('checkbox', { name: i < 5 ? title : t.listItems.notUsedLabel(title), exact: true }));
      }
      await hands.addUnbindEntry(page, lang, own);
      return hands.tick(page, page.getByRole('checkbox', { name: own, exact: true }));
    }
    case 'stopAutoPay':
      for (const title of listTitles('stopAutoPay', lang)) await hands.tick(page, page.getByRole('checkbox', { name: t.listItems.notUsedLabel(title), exact: true }));
      return;
    case 'operatorConfirmed':
      return hands.recordConfirmation(page, lang, '2026-11-20', 'ZX-2026-001');
    default:
      return hands.tick(page, page.getByRole('checkbox', { name: taskId === 'storeSubmit' ? t.task.submitted : t.task.done, exact: true }));
  }
}

/**
 * A whole cancellation, from a first visit to the operator's confirmation, in a store, done only by answering
 * the questions and following the overview's next step, back to the overview each time (by the link, or by
 * Back), with a reload part-way that must keep everything.
 */
export async function wholeJourney(page: Page, lang: Lang, hands: Hands) {
  const t = words[lang].ui;
  await expect(headline(page)).toHaveText(t.status.headline('blocked', null));
  await expect(nextLink(page)).toHaveAttribute('href', '#/questions');
  await hands.follow(page, nextLink(page));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.questions.heading);
  // The questions page ends with the way back until all is answered, then with the next step: the overview's.
  const pageEnd = page.getByRole('main').getByRole('link').last();
  await expect(pageEnd).toHaveText(t.nav.back);
  for (const [id, a] of Object.entries(answersForJourney)) await hands.answer(page, lang, id, a);
  await expect(pageEnd).toContainText(t.status.next.trim());
  await expect(pageEnd).toHaveAttribute('href', /^#\/task\/\w+$/);
  const nextAfterQuestions = await pageEnd.getAttribute('href');
  await page.goBack();
  await expect(nextLink(page)).toHaveAttribute('href', nextAfterQuestions ?? '');

  const done: string[] = [];
  for (let step = 0; step < 40; step++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.appTitle);
    if ((await nextLink(page).count()) === 0) break;
    const href = (await nextLink(page).getAttribute('href')) ?? '';
    const taskId = /^#\/task\/(\w+)$/.exec(href)?.[1];
    if (!taskId) throw new Error(`the next step leads to ${href}`);
    await hands.follow(page, nextLink(page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stepTitle(taskId, lang));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await doTask(page, lang, hands, taskId);
    done.push(taskId);
    if (done.length === 4) {
      // Close the tab and come back, on a task page: everything is still there.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(stepTitle(taskId, lang));
    }
    // Back to the overview: by Back every other time, by the link otherwise.
    if (done.length % 2 === 0) await page.goBack();
    else await hands.follow(page, page.getByRole('navigation').getByRole('link', { name: t.nav.back }));
  }
  expect(done).toEqual(expect.arrayContaining(['chooseMethod', 'rebind', 'stopAutoPay', 'storeSubmit', 'operatorConfirmed', 'keepEsim']));
  // Dates follow the page's language and the browser's region (en-GB: 20 November 2026).
  const confirmedOn = formatDate(dateLocale(lang, await page.evaluate(() => navigator.languages)), '2026-11-20');
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));
  await page.reload();
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));
}
