import { test, expect } from './fixtures';
import { formatDate } from '../src/content/ui';
import { headline, journeyDay, keyboard, mouse, wholeJourney, words } from './journey';

test.describe('a whole cancellation, following the next step from the overview', () => {
  for (const [title, locale, lang, hands, viewport] of [
    ['in Chinese on a phone, chosen from the browser’s language', 'zh-CN', 'zh', mouse, { width: 360, height: 740 }],
    ['in English on a desktop, chosen from the browser’s language', 'en-GB', 'en', mouse, { width: 1280, height: 800 }],
    ['with the keyboard only', 'en-US', 'en', keyboard, { width: 1280, height: 800 }],
  ] as const) {
    test(title, async ({ browser, watchContext }) => {
      // A whole cancellation settles some forty accounts one by one (by Tab and Space in the keyboard run).
      test.setTimeout(180_000);
      const context = await browser.newContext({ locale, viewport });
      const page = await watchContext(context);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', words[lang].ui.htmlLang);
      await wholeJourney(page, lang, hands);
      // The date in the browser's own region: 2026年12月2日, 2 December 2026, December 2, 2026.
      await expect(headline(page)).toContainText(formatDate(locale, journeyDay));
      await context.close();
    });
  }
});

test('the language switch changes everything and is kept; ?lang= selects it too', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.zh.ui.appTitle);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.ui.appTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(words.en.ui.documentTitle);
  // The address follows the choice, so a reload keeps it.
  await expect(page).toHaveURL(/[?&]lang=en\b/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.ui.appTitle);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.ui.appTitle);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveTitle(words.zh.ui.documentTitle);
});

test('Back, Forward and reload on a task page; Back returns to the same place on the overview', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=en#/');
  await page.getByRole('link', { name: words.en.tasks.recheckBindings!.title }).scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(0);
  await page.getByRole('link', { name: words.en.tasks.recheckBindings!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.tasks.recheckBindings!.title);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.ui.appTitle);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.tasks.recheckBindings!.title);
  await expect(page).toHaveTitle(`${words.en.tasks.recheckBindings!.title} · ${words.en.ui.appTitle}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.tasks.recheckBindings!.title);
});
