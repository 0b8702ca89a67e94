import { test, expect } from './fixtures';
import { headline, keyboard, mouse, wholeJourney } from './journey';
import { ui } from '../src/content/ui';

test.describe('a whole cancellation', () => {
  for (const [title, locale, lang, hands] of [
    ['in Chinese, chosen from the browser’s language', 'zh-CN', 'zh', mouse],
    ['in English, chosen from the browser’s language', 'en-GB', 'en', mouse],
    ['with the keyboard only', 'en-US', 'en', keyboard],
  ] as const) {
    test(title, async ({ browser, watchContext }) => {
      // A whole cancellation settles some forty accounts one by one (by Tab and Space in the keyboard run).
      test.setTimeout(120_000);
      const context = await browser.newContext({ locale });
      const page = await watchContext(context);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', ui[lang].htmlLang);
      await expect(headline(page)).toContainText(lang === 'zh' ? '注销' : 'cancel');
      await wholeJourney(page, lang, hands);
      const confirmedOn = { 'zh-CN': '2026年11月20日', 'en-GB': '20 November 2026', 'en-US': 'November 20, 2026' }[locale];
      await expect(headline(page)).toContainText(confirmedOn);
      await context.close();
    });
  }
});

test('the language switch changes everything and is kept; ?lang= selects it too', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.zh.appTitle);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.appTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(ui.en.documentTitle);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.appTitle);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveTitle(ui.zh.documentTitle);
});
