import { test, expect } from './fixtures';

test('the built page loads with its CSP, no console errors and no request off the device', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});

/** The words files the page itself has fetched so far (not the service worker's precache): `zh`, `zh.pages`… */
async function wordsFetched(page: import('@playwright/test').Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  return names.flatMap((path) => /\/assets\/((?:zh|en)(?:\.pages)?)-[\w-]+\.js$/.exec(path)?.[1] ?? []).sort();
}

test('the overview loads only its language’s own words; a task page brings the rest; a switch loads the other language', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: '注销手机号清单' })).toBeVisible();
  expect(await wordsFetched(page)).toEqual(['zh']);

  await page.getByRole('link', { name: '向运营商问清账户状况' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '向运营商问清账户状况' })).toBeVisible();
  await expect(page.getByText('打客服电话（中国移动 10086')).toBeVisible();
  expect(await wordsFetched(page)).toEqual(['zh', 'zh.pages']);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask the operator about the account' })).toBeVisible();
  expect(await wordsFetched(page)).toEqual(['en', 'en.pages', 'zh', 'zh.pages']);
});
