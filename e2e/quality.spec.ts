import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answersForJourney, doneBox, mouse, openTask, words } from './journey';
import { listItemsById, tasksById } from '../src/content/lookups';
import type { Lang } from '../src/content/types';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Part-way: questions answered (one "not sure"), a method chosen, a few tasks ticked, a note written. */
async function partWay(page: Page, lang: Lang) {
  await page.goto(`/?lang=${lang}#/questions`);
  for (const [id, a] of Object.entries({ ...answersForJourney, balance: 'unsure' as const })) await mouse.answer(page, lang, id, a);
  await openTask(page, lang, 'chooseMethod');
  await mouse.chooseMethod(page, lang, 'store');
  for (const id of ['checkStatus', 'idDocument']) {
    await openTask(page, lang, id);
    await mouse.tick(page, doneBox(page, lang));
  }
  await page.getByRole('textbox', { name: words[lang].ui.note.label }).fill('工单 12345');
  await openTask(page, lang, 'operatorConfirmed');
  await page.getByLabel(words[lang].ui.dateField.expectConfirmation).fill('2026-12-02');
}

async function expectNoAxeViolations(page: Page, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.passes.length, `axe checked ${where}`).toBeGreaterThan(10);
  expect(results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const pages = ['#/', '#/questions', '#/task/rebind', '#/task/storeSubmit', '#/task/operatorConfirmed', '#/print', '#/data', '#/lines', '#/task/nothing'];

for (const lang of ['zh', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation on any page: ${lang}, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/?lang=${lang}`);
      await expectNoAxeViolations(page, 'fresh overview');
      await partWay(page, lang);
      // With a second line, the overview names the line it is about.
      await page.goto(`/?lang=${lang}#/lines`);
      await page.getByRole('textbox', { name: words[lang].ui.linesPage.nameLabel }).fill('Work');
      await page.getByRole('button', { name: words[lang].ui.linesPage.add }).click();
      await expect(page.getByText(words[lang].ui.line.current(words[lang].ui.line.label('Work', '')))).toBeVisible();
      await expectNoAxeViolations(page, 'overview of a second line');
      await page.goto(`/?lang=${lang}#/lines`);
      const first = words[lang].ui.line.label('', '');
      await page.getByRole('button', { name: words[lang].ui.linesPage.openLabel(first) }).click();
      await expect(page.getByText(words[lang].ui.line.current(first))).toBeVisible();
      for (const hash of pages) {
        await page.goto(`/?lang=${lang}${hash}`);
        await expectNoAxeViolations(page, hash);
      }
    });
  }
}

test('a 360×740 phone shows every page with no sideways scrolling, and the overview fits in 1.5 screens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['zh', 'en'] as const) {
    await partWay(page, lang);
    await openTask(page, lang, 'rebind');
    await page.getByRole('textbox', { name: words[lang].ui.unbind.addLabel }).fill('An extremely-long-service-name-without-spaces-that-could-overflow');
    await page.getByRole('button', { name: words[lang].ui.unbind.add, exact: true }).click();
    for (const hash of pages) {
      await page.goto(`/?lang=${lang}${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `${lang} ${hash}`).toBeLessThanOrEqual(widths.client);
    }
    await page.evaluate(() => localStorage.clear());
  }
  // The overview of the built-in checklist, on a first visit in Chinese: down to its last task.
  await page.goto('/?lang=zh#/');
  const end = await page.locator('.task-list').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(end / 740, 'overview height in screens').toBeLessThanOrEqual(1.5);
});

test('touch targets are at least 24×24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const hash of ['#/', '#/questions', '#/task/rebind', '#/task/chooseMethod', '#/data']) {
    await page.goto(`/?lang=en${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, summary, a')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.id || el.textContent?.slice(0, 30) || el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small, hash).toEqual([]);
  }
});

test('answering a question moves nothing above it, with scroll anchoring off', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=zh#/questions');
  // The page switches scroll anchoring off itself (as Safari has none), so what is measured is what iPhones get.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowAnchor)).toBe('none');
  for (const id of ['unpaidBills', 'contract', 'balance', 'ownName']) {
    const group = page.getByRole('group', { name: words.zh.questions[id]!.title, exact: true });
    await group.scrollIntoViewIfNeeded();
    const before = await group.evaluate((el) => el.getBoundingClientRect().top);
    await mouse.answer(page, 'zh', id, id === 'balance' ? 'yes' : 'no');
    expect(await group.evaluate((el) => el.getBoundingClientRect().top), id).toBe(before);
  }
  // The first progress brings the keep-your-data notice: at the foot of the overview, not above anything.
  await page.goto('/?lang=zh#/');
  const first = page.locator('.task-list');
  const top = await first.evaluate((el) => el.getBoundingClientRect().top);
  await expect(page.getByRole('region', { name: words.zh.ui.storage.keepHeading })).toBeVisible();
  expect(await first.evaluate((el) => el.getBoundingClientRect().top)).toBe(top);
});

test('the print view: answers, tasks with ☑/☐ and dates, notes, no controls; all ticked with a note each fits 3 A4 pages', async ({ page }) => {
  await partWay(page, 'zh');
  await page.goto('/?lang=zh#/print');
  await page.emulateMedia({ media: 'print' });
  for (const title of ['关于你的号码', '确认是否满足注销条件', '准备相关材料', '注销前先做：账号、数据和余额', '选择注销方式并提交', '收尾：确认、退款和复查']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(page.getByText('工单 12345')).toBeVisible();
  await expect(page.getByText(/\d{4}年\d{1,2}月\d{1,2}日完成/).first()).toBeVisible();
  await expect(page.getByText('☐').first()).toBeVisible();
  // What the boxes mean, on the paper itself.
  await expect(page.getByText(words.zh.ui.print.legend, { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '历史记录' })).toHaveCount(0);
  const visibleControls = await page.evaluate(
    () => [...document.querySelectorAll('button, input, textarea, summary')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
  );
  expect(visibleControls).toBe(0);

  // The fullest it gets: every task ticked with a note, every account dealt with.
  await page.emulateMedia({ media: 'screen' });
  const taskIds = [...tasksById.keys()];
  await page.evaluate(
    ([tasks, items]) => {
      const device = JSON.parse(localStorage.getItem('cancel-line:lines') ?? '{}') as { state: { lastLine: string } };
      const lineKey = `cancel-line:line:${device.state.lastLine}`;
      const saved = JSON.parse(localStorage.getItem(lineKey) ?? '{}') as { state: Record<string, unknown> };
      const at = Date.now();
      saved.state.ticks = Object.fromEntries([...tasks, ...items].map((id) => [id, { at }]));
      saved.state.notes = Object.fromEntries(tasks.map((id) => [id, '已办：营业厅 3 号窗口，工作人员王女士，受理单号 ZX-2026-001']));
      saved.state.confirmation = { date: '2026-11-20', reference: 'ZX-2026-001' };
      localStorage.setItem(lineKey, JSON.stringify(saved));
    },
    [taskIds, [...listItemsById.keys()]] as const,
  );
  await page.reload();
  await expect(page.getByText('ZX-2026-001').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'A4 pages').toBeLessThanOrEqual(3);
  // With the history, it may run longer; it is there.
  await page.getByRole('checkbox', { name: words.zh.ui.print.withHistory }).check();
  await expect(page.getByRole('region', { name: '历史记录' })).toBeVisible();
});
