import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Every request must reach the routes below, so no service worker answers from its cache.
test.use({ serviceWorkers: 'block' });

/**
 * Holds the app's script until released, so a test sees what the page shows before any of our JavaScript
 * (other than public/boot.js) has run.
 */
async function holdScript(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const unpaidBillsNo = (page: Page) =>
  page.getByRole('group', { name: '这个号码现在有欠费吗？' }).getByRole('radio', { name: '否' });

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('a first visit shows the checklist before the script runs; React then takes over the same page', async ({ page }) => {
    const release = await holdScript(page);
    await page.goto('/', { waitUntil: 'commit' });

    // Before the script: the page is there to read (inert, so roles are not exposed yet: plain locators).
    const title = page.locator('h1');
    await expect(title).toHaveText('注销手机号清单');
    await expect(title).toBeVisible();
    await expect(page.locator('h2#group-check')).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    const early = page.locator('input[name$="unpaidBills"][value="no"]');
    await expect(early).toBeVisible();
    const box = await early.boundingBox();
    if (!box) throw new Error('the radio has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(early).not.toBeChecked(); // a tick nothing would save is not taken
    const before = await title.elementHandle();

    release();
    // Hydrated: the date picker gets today's date as its bound, and the heading is the very same element.
    await expect(page.locator('input[type="date"]')).toHaveAttribute('max', /^\d{4}-\d{2}-\d{2}$/);
    expect(await before?.evaluate((el) => el.isConnected)).toBe(true);
    await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
    await expect(page.locator('#root')).not.toHaveAttribute('inert', /.*/);

    await unpaidBillsNo(page).check();
    await page.reload();
    await expect(unpaidBillsNo(page)).toBeChecked();
  });

  test('someone coming back never sees the empty first screen: it stays hidden until their own page is up', async ({ page }) => {
    await page.goto('/');
    await unpaidBillsNo(page).check();

    const release = await holdScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
    await expect(page.locator('#root')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();

    release();
    await expect(unpaidBillsNo(page)).toBeChecked();
    await expect(page.getByRole('heading', { level: 1, name: '注销手机号清单' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  });
});

for (const [who, locale, path] of [
  ['an English browser', 'en-US', '/'],
  ['a Chinese browser asking for English in the address', 'zh-CN', '/?lang=en'],
] as const) {
  test.describe(who, () => {
    test.use({ locale });

    test('never sees the Chinese first screen: it gets its English page', async ({ page }) => {
      const release = await holdScript(page);
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
      await expect(page.getByRole('heading', { level: 1 })).toBeHidden();

      release();
      await expect(page.getByRole('heading', { level: 1, name: 'Cancel a mobile line, step by step' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /Check you can cancel/ })).toBeVisible();
    });
  });
}
