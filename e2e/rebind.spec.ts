import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { doneBox, groupLine, headline, itemMarks, mouse, nextLink, noneButton, openTask, rebindAsAPerson, tabTo, words } from './journey';
import { localDate } from '../src/rules/dates';
import { nothingSpecial } from '../src/test/fixtures';
import type { Lang } from '../src/content/types';

const banks: Record<Lang, string[]> = { zh: ['招商银行', '工商银行', '建设银行'], en: ['China Merchants Bank', 'ICBC', 'Bank of China'] };

/** Opens the banks' group, lists three banks, and reloads: the groups are then as a first visit opens them. */
async function threeBanks(page: Page, lang: Lang) {
  await openTask(page, lang, 'rebind');
  await groupLine(page, lang, 'rebind', 'payment').click();
  for (const bank of banks[lang]) await mouse.addUnbindEntry(page, lang, bank, words[lang].ui.unbind.bankLabel);
  await expect(itemMarks(page, banks[lang][2] ?? '')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[lang].tasks.rebind?.title ?? '');
  await expect(itemMarks(page, banks[lang][0] ?? '')).toBeHidden();
}

const screens = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);

test.describe('the re-binding page on a phone (360 × 740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('with the groups as a first visit opens them and three banks listed, the whole page is at most 2.5 screens', async ({ page }) => {
    await threeBanks(page, 'zh');
    const zh = await screens(page);
    await threeBanks(page, 'en');
    const en = await screens(page);
    test.info().annotations.push({ type: 'height', description: `whole page: ${zh.toFixed(2)} screens in Chinese, ${en.toFixed(2)} in English (7.4 before)` });
    console.log(`re-binding page at 360×740, three banks listed: ${zh.toFixed(2)} screens (zh), ${en.toFixed(2)} (en)`);
    expect(zh).toBeLessThanOrEqual(2.5);
    expect(en).toBeLessThanOrEqual(2.5);
  });

  test('groups open and close by keyboard, and "none of these" works from it', async ({ page }) => {
    await openTask(page, 'en', 'rebind');
    const social = groupLine(page, 'en', 'rebind', 'social');
    const wechat = itemMarks(page, 'WeChat');
    await expect(wechat).toBeHidden();
    await tabTo(page, social);
    await page.keyboard.press('Enter');
    await expect(wechat).toBeVisible();
    await expect(social).toBeFocused();
    await page.keyboard.press('Space');
    await expect(wechat).toBeHidden();
    await page.keyboard.press('Enter');
    await tabTo(page, wechat.getByRole('radio').first());
    await page.keyboard.press('ArrowRight');
    await expect(wechat.getByRole('radio', { name: 'Changed', exact: true })).toBeChecked();
    await tabTo(page, noneButton(page, 'en', 'rebind', 'social', true));
    await page.keyboard.press('Enter');
    // What it marked is marked, the button is gone, and focus is on the group's line: closed, it is one line.
    await expect(itemMarks(page, 'QQ').getByRole('radio', { name: 'Not on this number', exact: true })).toBeChecked();
    await expect(social).toBeFocused();
    await expect(social).toContainText('all 7 dealt with');
    await page.keyboard.press('Enter');
    await expect(wechat).toBeHidden();
    await expect(noneButton(page, 'en', 'rebind', 'social', true)).toHaveCount(0);
    expect(await social.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(50);
  });

  test('three marks per account, one at a time, kept after a reload', async ({ page }) => {
    await openTask(page, 'zh', 'rebind');
    await groupLine(page, 'zh', 'rebind', 'social').click();
    const wechat = itemMarks(page, '微信');
    const marks = words.zh.ui.listItems.marks.change;
    for (const mark of [marks.pending, marks.done, marks.notUsed, marks.pending]) {
      await wechat.getByRole('radio', { name: mark, exact: true }).check();
      for (const other of [marks.pending, marks.done, marks.notUsed]) {
        if (other !== mark) await expect(wechat.getByRole('radio', { name: other, exact: true })).not.toBeChecked();
      }
    }
    await groupLine(page, 'zh', 'rebind', 'social').click();
    await expect(page.getByText(`${marks.pending}：微信；还有 6 项没选`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`${marks.pending}：微信；还有 6 项没选`)).toBeVisible();
    await groupLine(page, 'zh', 'rebind', 'social').click();
    await expect(wechat.getByRole('radio', { name: marks.pending, exact: true })).toBeChecked();
  });
});

test('axe finds no WCAG 2.2 AA violation on the re-binding page with groups open, banks, marks and a finished group', async ({ browser, watchContext }) => {
  test.setTimeout(90_000);
  for (const lang of ['zh', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 740 } });
      const page = await watchContext(context);
      await openTask(page, lang, 'rebind');
      await groupLine(page, lang, 'rebind', 'payment').click();
      await mouse.addUnbindEntry(page, lang, banks[lang][0] ?? '', words[lang].ui.unbind.bankLabel);
      await mouse.mark(page, lang, itemMarks(page, words[lang].items['rebind.alipay']?.title ?? ''), 'done');
      await noneButton(page, lang, 'rebind', 'social', false).click();
      await groupLine(page, lang, 'rebind', 'tell').click();
      await mouse.addUnbindEntry(page, lang, 'Steam');
      await page.getByText(words[lang].ui.unbind.findHeading).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${lang} ${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  }
});

test('from a first visit to the operator’s confirmation in a store, on a phone: at most 60 taps', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  // Every tap is a pointer going down on the page (typing is not a tap; Back would be, and is not needed).
  await page.addInitScript(() => {
    addEventListener('pointerdown', () => sessionStorage.setItem('taps', String(Number(sessionStorage.getItem('taps') ?? '0') + 1)), true);
  });
  const taps = () => page.evaluate(() => Number(sessionStorage.getItem('taps') ?? '0'));
  const t = words.zh.ui;
  await page.goto('/?lang=zh');
  await nextLink(page).click();
  for (const [id, a] of Object.entries(nothingSpecial)) await mouse.answer(page, 'zh', id, a);
  // The questions page ends with the next step; each task page ends with the next task.
  await page.getByRole('main').getByRole('link').last().click();
  const perTask: string[] = [];
  for (let step = 0; step < 30; step++) {
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const taskId = /#\/task\/(\w+)$/.exec(page.url())?.[1] ?? '';
    const before = await taps();
    switch (taskId) {
      case 'chooseMethod':
        await mouse.chooseMethod(page, 'zh', 'store');
        break;
      case 'rebind':
        await rebindAsAPerson(page, 'zh', mouse, null);
        break;
      case 'stopAutoPay':
        await noneButton(page, 'zh', 'stopAutoPay', 'payments', false, 'stop').click();
        break;
      case 'operatorConfirmed':
        await page.getByLabel(t.confirmation.dateLabel).click();
        await page.getByLabel(t.confirmation.dateLabel).fill(localDate(Date.now()));
        await page.getByRole('button', { name: t.confirmation.record }).click();
        break;
      default:
        await mouse.tick(page, taskId === 'storeSubmit' ? page.getByRole('checkbox', { name: t.task.submitted, exact: true }) : doneBox(page, 'zh'));
    }
    perTask.push(`${taskId} ${(await taps()) - before}`);
    if (taskId === 'operatorConfirmed') break;
    await page.locator('.next-task').click();
  }
  const total = await taps();
  console.log(`taps from a first visit to the confirmation (store, zh, 360 px): ${total}; per task: ${perTask.join(', ')}`);
  test.info().annotations.push({ type: 'taps', description: `${total}: ${perTask.join(', ')}` });
  await page.goto('/?lang=zh#/');
  await expect(headline(page)).toContainText(t.status.headline('confirmed', '').trim().slice(0, 3));
  expect(perTask.at(-1)).toMatch(/^operatorConfirmed/);
  expect(total).toBeLessThanOrEqual(60);
});
