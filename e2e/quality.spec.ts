import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answersForJourney, mouse, stepBox } from './journey';
import { ui } from '../src/content/ui';
import type { Lang } from '../src/content/types';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Part-way: questions answered (one "not sure"), a method chosen, a few steps ticked, a note written. */
async function partWay(page: Page, lang: Lang) {
  for (const [id, a] of Object.entries({ ...answersForJourney, balance: 'unsure' as const })) await mouse.answer(page, lang, id, a);
  await mouse.chooseMethod(page, lang, 'online');
  await mouse.tick(page, stepBox(page, lang, 'checkStatus'));
  await mouse.tick(page, stepBox(page, lang, 'idDocument'));
  await page.getByText(ui[lang].note.summary(false)).first().click();
  await page.getByRole('textbox', { name: ui[lang].note.label }).first().fill('工单 12345');
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.passes.length, 'axe checked the page').toBeGreaterThan(15);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['zh', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation: ${lang}, ${colorScheme}, fresh and part-way`, async ({ page }) => {
      // axe walks every node of a long page twice; on two shared cores that takes longer than the default.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/?lang=${lang}`);
      await expectNoAxeViolations(page);
      await partWay(page, lang);
      await expectNoAxeViolations(page);
    });
  }
}

test('a 360×740 phone shows everything with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`/?lang=${lang}`);
    await partWay(page, lang);
    await page.getByRole('textbox', { name: ui[lang].unbind.addLabel }).fill('An extremely-long-service-name-without-spaces-that-could-overflow');
    await page.getByRole('button', { name: ui[lang].unbind.add, exact: true }).click();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.evaluate(() => localStorage.clear());
  }
});

test('touch targets are at least 24×24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=en');
  await mouse.chooseMethod(page, 'en', 'store');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, summary, a')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.id || el.textContent?.slice(0, 30) || el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});

test('print gives a clean checklist: groups, tasks with ☑/☐ and notes, no controls', async ({ page }) => {
  await page.goto('/?lang=zh');
  await partWay(page, 'zh');
  await page.emulateMedia({ media: 'print' });
  for (const title of ['确认是否满足注销条件', '准备相关材料', '注意事项：注销前先做', '选择注销方式并提交', '收尾：确认、退款和复查']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
  }
  await expect(page.getByText('工单 12345').last()).toBeVisible();
  await expect(page.getByText('☑').first()).toBeVisible();
  await expect(page.getByText('☐').first()).toBeVisible();
  await expect(page.getByRole('region', { name: /准备相关材料/ }).getByText('机主的身份证件', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '历史记录' }).locator('ol.print-only')).toBeVisible();
  for (const name of ['English', '全部重来']) await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByRole('radio').first()).toBeHidden();
  const visibleControls = await page.evaluate(
    () => [...document.querySelectorAll('button, input, textarea, summary')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
  );
  expect(visibleControls).toBe(0);
});
