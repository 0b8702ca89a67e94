import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { words } from './journey';
import { budget } from '../scripts/size-budget.mjs';

/** What index.html asks for up front: its script (main.tsx) and what it preloads. */
async function upFront(page: Page) {
  const html = await (await page.request.get('/')).text();
  const hrefs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  return {
    scripts: hrefs(/<script\b[^>]*\bsrc="([^"]+)"/g),
    modulePreloads: hrefs(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    stylesheets: hrefs(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g),
    stylePreloads: hrefs(/<link\b[^>]*\brel="preload"[^>]*\bas="style"[^>]*\bhref="([^"]+)"/g),
  };
}

/** The paths the page asks for from now on. */
function requestsOf(page: Page): Set<string> {
  const asked = new Set<string>();
  page.on('request', (request) => asked.add(new URL(request.url()).pathname));
  return asked;
}

const missing = (asked: Set<string>, files: readonly RegExp[]) =>
  files.filter((file) => ![...asked].some((path) => file.test(path))).map(String);

/**
 * Holds back the JavaScript index.html preloads (React DOM) until the returned function is called: whatever
 * the page asks for meanwhile did not wait for it.
 */
async function holdPreloadedCode(page: Page): Promise<() => void> {
  const { modulePreloads } = await upFront(page);
  expect(modulePreloads, 'index.html preloads React DOM').toHaveLength(1);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => modulePreloads.includes(url.pathname),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

test('a deep link asks for its words and its page file while React DOM is still on its way', async ({ page }) => {
  const asked = requestsOf(page);
  const release = await holdPreloadedCode(page);
  // Not waiting for the load event: the held preload keeps it from firing.
  await page.goto('/?lang=en#/task/checkStatus', { waitUntil: 'commit' });
  try {
    const firstPage = [/^\/assets\/en-[\w-]+\.js$/, /^\/assets\/en\.pages-[\w-]+\.js$/, /^\/assets\/TaskPage-[\w-]+\.js$/];
    await expect.poll(() => missing(asked, firstPage), { message: 'asked for before React DOM arrived' }).toEqual([]);
  } finally {
    release();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.tasks.checkStatus!.title);
  expect([...asked].filter((path) => /^\/assets\/zh(\.pages)?-/.test(path)), 'the other language’s words').toEqual([]);
});

test('the language chosen on an earlier visit is the one whose words load beside React DOM', async ({ page }) => {
  // An English browser; Chinese chosen before (the device's list of lines keeps the choice).
  await page.addInitScript(() => {
    if (localStorage.getItem('cancel-line:lines') === null) localStorage.setItem('cancel-line:lines', JSON.stringify({ state: { lang: 'zh' }, version: 1 }));
  });
  const asked = requestsOf(page);
  const release = await holdPreloadedCode(page);
  await page.goto('/', { waitUntil: 'commit' });
  try {
    await expect.poll(() => missing(asked, [/^\/assets\/zh-[\w-]+\.js$/]), { message: 'asked for before React DOM arrived' }).toEqual([]);
  } finally {
    release();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.zh.ui.appTitle);
  expect([...asked].filter((path) => /^\/assets\/(en|zh\.pages)-/.test(path)), 'words the overview does not show').toEqual([]);
});

test('the stylesheet blocks no paint, and the first render is already styled', async ({ page }) => {
  const { stylesheets, stylePreloads } = await upFront(page);
  expect(stylesheets, 'render-blocking stylesheets in index.html').toEqual([]);
  expect(stylePreloads).toHaveLength(1);
  // Whether the stylesheet applies at the moment the app first puts anything on the page.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root?.firstChild) return;
      observer.disconnect();
      (window as { styledAtFirstRender?: boolean }).styledAtFirstRender = [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/'));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.zh.ui.appTitle);
  expect(await page.evaluate(() => (window as { styledAtFirstRender?: boolean }).styledAtFirstRender)).toBe(true);
});

/**
 * The JavaScript the page had fetched when it first rendered (the first child of #root), gzip level 9, by path:
 * everything the first render waited for. The service worker and the install links come after the first paint.
 */
async function jsBeforeFirstRender(page: Page, address: string): Promise<Map<string, number>> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('root')?.firstChild) return;
      observer.disconnect();
      (window as { beforeRender?: string[] }).beforeRender = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const documentScripts = (await upFront(page)).scripts;
  const fetched = await page.evaluate(() => (window as { beforeRender?: string[] }).beforeRender ?? []);
  const js = [...new Set([...documentScripts, ...fetched.filter((path) => path.endsWith('.js'))])];
  const sizes = new Map<string, number>();
  for (const path of js) sizes.set(path, gzipSync(await (await page.request.get(path)).body(), { level: 9 }).length);
  return sizes;
}

/** A line saved on an earlier visit, on one list: a mainland number, or one from the UK. */
const returning = (place: 'mainland' | 'uk', partway: Record<string, unknown> = {}) => async (page: Page) => {
  await page.addInitScript((value) => {
    if (localStorage.getItem('cancel-line:lines') === null) localStorage.setItem('cancel-line:progress', value);
  }, JSON.stringify({ state: { answers: { place }, ...partway }, version: 6 }));
};
/**
 * A line partway, with dates to come (the overview shows them from its first render): a mainland number
 * submitted online, or a Lebara UK number left to lapse, with the day of its last top-up written down.
 */
const partway = (place: 'mainland' | 'uk') => {
  const at = Date.now() - 86_400_000;
  const today = new Date().toISOString().slice(0, 10);
  return place === 'mainland'
    ? returning('mainland', {
        answers: { place, esim: 'no', unpaidBills: 'no', contract: 'no' },
        method: 'online',
        ticks: { checkStatus: { at }, onlineSubmit: { at } },
        dates: { expectConfirmation: today },
        history: [{ at, kind: 'tick', id: 'checkStatus' }],
        storageNoticeSeen: true,
      })
    : returning('uk', {
        answers: { place, ukOperator: 'lebara', plan: 'prepaid', esim: 'yes' },
        method: 'lapse',
        dates: { lastUse: today },
        history: [{ at, kind: 'method', method: 'lapse' }],
        storageNoticeSeen: true,
      });
};

for (const [name, lang, address, before, path, limit] of [
  ['a first visit', 'zh', '/?lang=zh', null, 'mainland', budget.js],
  ['a first visit', 'en', '/?lang=en', null, 'mainland', budget.js],
  ['a returning person with a mainland number', 'zh', '/?lang=zh', returning('mainland'), 'mainland', budget.js],
  ['a returning person with a mainland number', 'en', '/?lang=en', returning('mainland'), 'mainland', budget.js],
  ['a returning person with a number from abroad', 'zh', '/?lang=zh', returning('uk'), 'abroad', budget.js],
  ['a returning person with a number from abroad', 'en', '/?lang=en', returning('uk'), 'abroad', budget.js],
  ['a returning person partway, with dates to come', 'zh', '/?lang=zh', partway('mainland'), 'mainland', budget.withDates],
  ['a returning person partway, with dates to come, from abroad', 'en', '/?lang=en', partway('uk'), 'abroad', budget.withDates],
  ['a deep link to a task page', 'zh', '/?lang=zh#/task/rebind', null, 'mainland', budget.deepLink],
  ['a deep link to a task page from abroad', 'en', '/?lang=en#/task/keepAlive', returning('uk'), 'abroad', budget.deepLink],
] as const) {
  test(`${name} (${lang}) loads no more JavaScript before the first render than the budget, and only its own words`, async ({ page }) => {
    if (before) await before(page);
    const sizes = await jsBeforeFirstRender(page, address);
    const paths = [...sizes.keys()];
    const other = path === 'mainland' ? 'abroad' : 'mainland';
    const otherLang = lang === 'zh' ? 'en' : 'zh';
    expect(paths.filter((p) => p.includes(`/${lang}-`)), 'the core words').toHaveLength(1);
    expect(paths.filter((p) => p.includes(`/${lang}.${path}-`)), 'the path’s titles').toHaveLength(1);
    expect(paths.filter((p) => p.includes(`.${other}`) || p.includes(`/${otherLang}`)), 'words of the path not taken, or of the other language').toEqual([]);
    const bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(`${name} (${lang}): ${bytes} bytes gzip of JavaScript before the first render (${paths.length} files)`);
    expect(bytes, `gzip bytes of JavaScript before the first render: ${[...sizes].map(([p, n]) => `${p} ${n}`).join(', ')}`).toBeLessThanOrEqual(limit);
  });
}

test('a first visit fetches no view it does not show; a line with dates shows them from its first render', async ({ page }) => {
  const asked = requestsOf(page);
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const later = /\/assets\/(ComingDates|StorageAlerts|KeepWarning)-/;
  expect([...asked].filter((path) => later.test(path)), 'views with nothing to show').toEqual([]);

  // Another visit, to a line partway with a date to come: its dates are on the page when it first renders.
  const again = await page.context().newPage();
  await partway('uk')(again);
  await again.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('root')?.firstChild) return;
      observer.disconnect();
      (window as { datesAtFirstRender?: boolean }).datesAtFirstRender = document.getElementById('dates-heading') !== null;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.evaluate(() => localStorage.clear());
  await again.goto('/?lang=en');
  await expect(again.getByRole('heading', { level: 2, name: words.en.ui.dates.heading })).toBeVisible();
  expect(await again.evaluate(() => (window as { datesAtFirstRender?: boolean }).datesAtFirstRender)).toBe(true);
  // The line as saved is whole: nothing to warn about.
  await expect(again.locator('.storage-alerts')).toBeEmpty();
});

test('what makes the page installable is linked once it has painted, not fetched beside React DOM', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  expect(html).not.toMatch(/rel="(manifest|apple-touch-icon)"/);
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icon-192.png');
  const manifest = await (await page.request.get('/manifest.webmanifest')).json() as { icons: unknown[] };
  expect(manifest.icons.length).toBeGreaterThan(0);
});
