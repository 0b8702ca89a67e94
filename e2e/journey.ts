import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { checklist } from '../src/content/checklist';
import { dateLocale, formatDate, ui } from '../src/content/ui';
import type { Answer, Lang } from '../src/content/types';
import { nothingSpecial } from '../src/test/fixtures';

const tasks = new Map(checklist.groups.flatMap((g) => g.tasks.map((t) => [t.id, t] as const)));
const questions = new Map(checklist.questions.map((q) => [q.id, q] as const));

export function stepTitle(id: string, lang: Lang): string {
  const task = tasks.get(id);
  if (!task) throw new Error(`no task ${id}`);
  return task.title[lang];
}

/** The titles of a list task's items, in order. */
export function listTitles(taskId: string, lang: Lang): string[] {
  return (tasks.get(taskId)?.list ?? []).flatMap((g) => g.items.map((i) => i.title[lang]));
}

/** A person with nothing special, on an eSIM. */
export const answersForJourney: Record<string, Answer> = { ...nothingSpecial, esim: 'yes' };

/** How a person does each thing: with the mouse, or with the keyboard only. */
export interface Hands {
  answer(page: Page, lang: Lang, questionId: string, answer: Answer): Promise<void>;
  tick(page: Page, box: Locator): Promise<void>;
  chooseMethod(page: Page, lang: Lang, method: 'online' | 'store'): Promise<void>;
  recordConfirmation(page: Page, lang: Lang, date: string, reference: string): Promise<void>;
  addUnbindEntry(page: Page, lang: Lang, label: string): Promise<void>;
}

export function question(page: Page, lang: Lang, id: string): Locator {
  return page.getByRole('group', { name: questions.get(id)!.title[lang], exact: true });
}

export function stepBox(page: Page, lang: Lang, id: string): Locator {
  return page.getByRole('checkbox', { name: stepTitle(id, lang), exact: true });
}

export const mouse: Hands = {
  async answer(page, lang, id, answer) {
    await question(page, lang, id).getByRole('radio', { name: ui[lang].answer[answer], exact: true }).check();
  },
  async tick(_page, box) {
    await box.check();
  },
  async chooseMethod(page, lang, method) {
    await page.getByRole('radio', { name: checklist.methods[method].label[lang] }).check();
  },
  async recordConfirmation(page, lang, date, reference) {
    await page.getByLabel(ui[lang].confirmation.dateLabel).fill(date);
    await page.getByRole('textbox', { name: ui[lang].confirmation.referenceLabel }).fill(reference);
    await page.getByRole('button', { name: ui[lang].confirmation.record }).click();
  },
  async addUnbindEntry(page, lang, label) {
    await page.getByRole('textbox', { name: ui[lang].unbind.addLabel }).fill(label);
    await page.getByRole('button', { name: ui[lang].unbind.add, exact: true }).click();
  },
};

/** Presses Tab until the locator has focus (the page wraps around), like a keyboard user moving through it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 400) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < maxPresses; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('tabTo: never reached the target with Tab');
}

export const keyboard: Hands = {
  async answer(page, lang, id, answer) {
    const order: Answer[] = ['yes', 'no', 'unsure'];
    const group = question(page, lang, id);
    await tabTo(page, group.getByRole('radio', { name: ui[lang].answer.yes, exact: true }));
    const moves = order.indexOf(answer);
    if (moves === 0) await page.keyboard.press('Space');
    for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: ui[lang].answer[answer], exact: true })).toBeChecked();
  },
  async tick(page, box) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  },
  async chooseMethod(page, lang, method) {
    await tabTo(page, page.getByRole('radio', { name: checklist.methods.online.label[lang] }));
    if (method === 'online') await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: checklist.methods[method].label[lang] })).toBeChecked();
  },
  async recordConfirmation(page, lang, date, reference) {
    // A date input takes its digits in the locale's order; the keyboard journey runs in en-US: month, day, year.
    const [y, m, d] = date.split('-');
    await tabTo(page, page.getByLabel(ui[lang].confirmation.dateLabel));
    await page.keyboard.type(`${m}${d}${y}`);
    await expect(page.getByLabel(ui[lang].confirmation.dateLabel)).toHaveValue(date);
    await tabTo(page, page.getByRole('textbox', { name: ui[lang].confirmation.referenceLabel }), 10);
    await page.keyboard.type(reference);
    await tabTo(page, page.getByRole('button', { name: ui[lang].confirmation.record }), 10);
    await page.keyboard.press('Enter');
  },
  async addUnbindEntry(page, lang, label) {
    await tabTo(page, page.getByRole('textbox', { name: ui[lang].unbind.addLabel }));
    await page.keyboard.type(label);
    await page.keyboard.press('Enter');
  },
};

/** The status panel's headline: the first line of its live region. */
export function headline(page: Page): Locator {
  return page.getByRole('status').first().locator('.headline');
}

/**
 * A whole cancellation, from a first visit to the operator's confirmation, in a store, with a reload
 * part-way that must keep everything.
 */
export async function wholeJourney(page: Page, lang: Lang, hands: Hands) {
  const t = ui[lang];
  await expect(headline(page)).toHaveText(t.status.headline('blocked', null));

  for (const [id, a] of Object.entries(answersForJourney)) await hands.answer(page, lang, id, a);
  await expect(stepBox(page, lang, 'keepEsim')).toBeVisible();
  await expect(stepBox(page, lang, 'settleBills')).toHaveCount(0);

  for (const id of ['decide', 'checkStatus', 'idDocument', 'accountInfo']) await hands.tick(page, stepBox(page, lang, id));
  await hands.addUnbindEntry(page, lang, lang === 'zh' ? 'Steam 令牌' : 'Steam Guard');

  // Close the tab and come back: everything is still there.
  await page.reload();
  for (const id of ['decide', 'checkStatus', 'idDocument', 'accountInfo']) await expect(stepBox(page, lang, id)).toBeChecked();
  await expect(question(page, lang, 'esim').getByRole('radio', { name: t.answer.yes, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: lang === 'zh' ? 'Steam 令牌' : 'Steam Guard', exact: true })).toBeVisible();

  await hands.chooseMethod(page, lang, 'store');
  const submit = stepBox(page, lang, 'storeSubmit');
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  for (const id of ['backup', 'finalBill', 'keepEsim', 'reachable', 'storeFind', 'storeAsk']) await hands.tick(page, stepBox(page, lang, id));
  // The accounts: the first few moved to the new number, the rest marked as not used; the own entry done.
  const accounts = listTitles('rebind', lang);
  for (const [i, title] of accounts.entries()) {
    await hands.tick(page, page.getByRole('checkbox', { name: i < 5 ? title : t.list.notUsedLabel(title), exact: true }));
  }
  await hands.tick(page, page.getByRole('checkbox', { name: lang === 'zh' ? 'Steam 令牌' : 'Steam Guard', exact: true }));
  for (const title of listTitles('stopAutoPay', lang)) await hands.tick(page, page.getByRole('checkbox', { name: t.list.notUsedLabel(title), exact: true }));
  await expect(headline(page)).toHaveText(t.status.headline('ready', null));
  await expect(submit).not.toHaveAttribute('aria-disabled', 'true');

  await hands.tick(page, submit);
  await expect(headline(page)).toHaveText(t.status.headline('submitted', null));
  await hands.tick(page, stepBox(page, lang, 'keepProof'));

  await hands.recordConfirmation(page, lang, '2026-11-20', 'ZX-2026-001');
  // Dates follow the page's language and the browser's region (en-GB: 20 November 2026).
  const confirmedOn = formatDate(dateLocale(lang, await page.evaluate(() => navigator.languages)), '2026-11-20');
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));

  await page.reload();
  await expect(headline(page)).toHaveText(t.status.headline('confirmed', confirmedOn));
  await expect(page.getByText(t.confirmation.recorded(confirmedOn, 'ZX-2026-001'))).toBeVisible();
}
