import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { checklist } from '../src/content/checklist';
import { dateLocale, formatDate } from '../src/content/ui';
import { localDate } from '../src/rules/dates';
import { optionsOf, type Answer, type Lang } from '../src/content/types';
import { questionsById } from '../src/content/lookups';
import { answerLabel } from '../src/i18n/pageText';
import type { Words } from '../src/content/words';
import { nothingSpecial } from '../src/test/fixtures';
import { abroadWords, allWords } from '../src/test/words';

export const words: Readonly<Record<Lang, Words>> = allWords;
/** The questions of both lists (a mainland number's and one from abroad's), for answering them. */
const questionWords = (lang: Lang) => ({ ui: words[lang].ui, questions: { ...abroadWords[lang].questions, ...words[lang].questions } });
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

/** The day a journey submits and is confirmed: today, on this machine (the browser's clock is the same). */
export const journeyDay = localDate(Date.now());

/** A person with nothing special, on an eSIM. */
export const answersForJourney: Record<string, Answer> = { ...nothingSpecial, esim: 'yes' };

/** How a person does each thing: with the mouse, or with the keyboard only. */
export interface Hands {
  follow(page: Page, link: Locator): Promise<void>;
  answer(page: Page, lang: Lang, questionId: string, answer: Answer): Promise<void>;
  tick(page: Page, box: Locator): Promise<void>;
  chooseMethod(page: Page, lang: Lang, method: 'online' | 'store'): Promise<void>;
  recordConfirmation(page: Page, lang: Lang, date: string, reference: string): Promise<void>;
  /** Adds an own entry (or, with `field`, an entry in that field: a bank). */
  addUnbindEntry(page: Page, lang: Lang, label: string, field?: string): Promise<void>;
  /** Marks a list item (its fieldset) still to change, changed or not on this number. */
  mark(page: Page, lang: Lang, item: Locator, mark: Mark, marks?: MarkKind): Promise<void>;
}

export type Mark = 'pending' | 'done' | 'notUsed';
export type MarkKind = 'change' | 'stop' | 'tell';
const markOrder: readonly Mark[] = ['pending', 'done', 'notUsed'];

/** A list item's three marks: the fieldset named by the item. */
export function itemMarks(page: Page, title: string): Locator {
  return page.getByRole('group', { name: title, exact: true });
}

/** The folding line of a list's group. */
export function groupLine(page: Page, lang: Lang, taskId: string, groupId: string): Locator {
  const title = words[lang].listGroups[`${taskId}.${groupId}`] ?? groupId;
  return page.locator('summary').filter({ has: page.getByText(title, { exact: true }) });
}

/** The button that marks what is left of a group "none of these on this number" (`rest`: some are marked). */
export function noneButton(page: Page, lang: Lang, taskId: string, groupId: string, rest: boolean, marks: MarkKind = 'change'): Locator {
  const title = words[lang].listGroups[`${taskId}.${groupId}`] ?? groupId;
  return page.getByRole('button', { name: `${words[lang].ui.listItems.marks[marks].none(rest)} ${title}`, exact: true });
}

export function question(page: Page, lang: Lang, id: string): Locator {
  // A question on both lists (the eSIM) is worded for each: whichever list is on screen.
  const [mainland, abroad] = [words[lang].questions[id]?.title, abroadWords[lang].questions[id]?.title];
  const group = (title: string | undefined) => page.getByRole('group', { name: title ?? id, exact: true });
  return mainland && abroad && mainland !== abroad ? group(mainland).or(group(abroad)) : group(mainland ?? abroad);
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
    await question(page, lang, id).getByRole('radio', { name: answerLabel(questionWords(lang), id, answer), exact: true }).check();
  },
  async tick(_page, box) {
    await box.check();
  },
  async chooseMethod(page, lang, method) {
    await page.getByRole('radio', { name: words[lang].methods[method]?.label }).check();
  },
  async recordConfirmation(page, lang, date, reference) {
    const t = words[lang].ui;
    await page.getByLabel(t.confirmation.dateLabel).fill(date);
    await page.getByRole('textbox', { name: t.confirmation.referenceLabel }).fill(reference);
    await page.getByRole('button', { name: t.confirmation.record }).click();
  },
  async addUnbindEntry(page, lang, label, field = words[lang].ui.unbind.addLabel) {
    const box = page.getByRole('textbox', { name: field });
    await box.click();
    await box.fill(label);
    await box.locator('xpath=..').getByRole('button').click();
  },
  async mark(_page, lang, item, mark, marks = 'change') {
    await item.getByRole('radio', { name: words[lang].ui.listItems.marks[marks][mark], exact: true }).check();
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
    const order = optionsOf(questionsById.get(id) ?? {});
    const label = (a: Answer) => answerLabel(questionWords(lang), id, a);
    const group = question(page, lang, id);
    await tabTo(page, group.getByRole('radio', { name: label(order[0] ?? ''), exact: true }));
    const moves = order.indexOf(answer);
    if (moves === 0) await page.keyboard.press('Space');
    for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: label(answer), exact: true })).toBeChecked();
  },
  async tick(page, box) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  },
  async chooseMethod(page, lang, method) {
    await tabTo(page, page.getByRole('radio', { name: words[lang].methods.online?.label }));
    if (method === 'online') await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: words[lang].methods[method]?.label })).toBeChecked();
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
  async addUnbindEntry(page, lang, label, field = words[lang].ui.unbind.addLabel) {
    await tabTo(page, page.getByRole('textbox', { name: field }));
    await page.keyboard.type(label);
    await page.keyboard.press('Enter');
  },
  async mark(page, lang, item, mark, marks = 'change') {
    // Tab reaches a radio group once, on its checked radio (or the first); the arrows move and check.
    const radios = item.getByRole('radio');
    const labels = words[lang].ui.listItems.marks[marks];
    let from = 0;
    for (const [i, m] of markOrder.entries()) if (await radios.nth(i).isChecked()) from = markOrder.indexOf(m);
    await tabTo(page, radios.nth(from));
    const to = markOrder.indexOf(mark);
    if (to === from) await page.keyboard.press('Space');
    for (let i = from; i < to; i++) await page.keyboard.press('ArrowRight');
    await expect(item.getByRole('radio', { name: labels[mark], exact: true })).toBeChecked();
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

/**
 * The re-binding page as a person with one bank, Alipay, WeChat and family to tell goes through it: each group
 * opened only to mark what they have, the rest of every group marked "none of these" in one tap; an own entry.
 */
export async function rebindAsAPerson(page: Page, lang: Lang, hands: Hands, own: string | null = lang === 'zh' ? 'Steam 令牌' : 'Steam Guard') {
  const t = words[lang].ui;
  const item = (id: string) => itemMarks(page, words[lang].items[`rebind.${id}`]?.title ?? id);
  const bank = lang === 'zh' ? '招商银行' : 'China Merchants Bank';
  await hands.follow(page, groupLine(page, lang, 'rebind', 'payment'));
  await hands.addUnbindEntry(page, lang, bank, t.unbind.bankLabel);
  await hands.mark(page, lang, itemMarks(page, bank), 'done');
  await hands.mark(page, lang, item('alipay'), 'done');
  await hands.follow(page, noneButton(page, lang, 'rebind', 'payment', true));
  await hands.follow(page, groupLine(page, lang, 'rebind', 'social'));
  await hands.mark(page, lang, item('wechat'), 'done');
  await hands.follow(page, noneButton(page, lang, 'rebind', 'social', true));
  // Every group not opened: none of these, one tap each.
  const untouched = page.getByRole('button', { name: new RegExp(`^${t.listItems.marks.change.none(false)} `) });
  for (let left = await untouched.count(); left > 0; left--) await hands.follow(page, untouched.first());
  await hands.follow(page, groupLine(page, lang, 'rebind', 'tell'));
  await hands.mark(page, lang, item('family'), 'done', 'tell');
  await hands.follow(page, noneButton(page, lang, 'rebind', 'tell', true, 'tell'));
  if (own) {
    await hands.addUnbindEntry(page, lang, own);
    await hands.mark(page, lang, itemMarks(page, own), 'done');
  }
  await expect(page.locator('.task-status')).toContainText(t.taskStatus.done);
}

/** Does what the page of one task asks, the way a person would. */
async function doTask(page: Page, lang: Lang, hands: Hands, taskId: string) {
  const t = words[lang].ui;
  switch (taskId) {
    case 'chooseMethod':
      return hands.chooseMethod(page, lang, 'store');
    case 'rebind':
      return rebindAsAPerson(page, lang, hands);
    case 'stopAutoPay':
      // One group, open from the start: none of them set up, in one tap.
      return hands.follow(page, noneButton(page, lang, 'stopAutoPay', 'payments', false, 'stop'));
    case 'operatorConfirmed':
      // Confirmed the day it was submitted (today): never before the submission, never after today.
      return hands.recordConfirmation(page, lang, journeyDay, 'ZX-2026-001');
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
  const confirmedOn = formatDate(dateLocale(lang, await page.evaluate(() => navigator.languages)), journeyDay);
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));
  await page.reload();
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));
}
