import { test, expect } from './fixtures';
import { headline, keyboard, mouse, wholeJourney } from './journey';
import { ui } from '../src/content/ui';

test.describe('a whole cancellation', () => {
  test('in Chinese, chosen from the browser’s language', async ({ browser, watchContext }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await watchContext(context);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(headline(page)).toContainText('注销');
    await wholeJourney(page, 'zh', mouse);
    await context.close();
  });

  test('in English, chosen from the browser’s language', async ({ browser, watchContext }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await watchContext(context);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await wholeJourney(page, 'en', mouse);
    await context.close();
  });

  test('with the keyboard only', async ({ browser, watchContext }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await watchContext(context);
    await page.goto('/');
    await wholeJourney(page, 'en', keyboard);
    await context.close();
  });
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
