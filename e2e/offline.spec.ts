import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { doneBox, headline, mouse, words } from './journey';

const ui = { en: words.en.ui };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** A private copy of the build, served from 127.0.0.1, so a test can deploy a "new version" of it. */
function serveCopy(): Promise<{ root: string; url: string; server: Server }> {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  cpSync('dist', root, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ root, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

test.describe('offline and updates', () => {
  let site: Awaited<ReturnType<typeof serveCopy>>;
  test.beforeEach(async () => {
    site = await serveCopy();
  });
  test.afterEach(() => {
    site.server.close();
  });

  test('after the first visit the whole checklist opens offline, a task page reloads offline, and ticking works', async ({ page, context }) => {
    await page.goto(`${site.url}/?lang=en`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(headline(page)).toHaveText(ui.en.status.headline('blocked', null));
    for (const heading of ['Check you can cancel', 'Prepare the materials', 'Before you cancel: protect', 'Choose how to cancel', 'Finishing off']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading) })).toBeVisible();
    }
    await page.goto(`${site.url}/?lang=en#/task/checkStatus`);
    await mouse.tick(page, doneBox(page, 'en'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask the operator about the account');
    await expect(doneBox(page, 'en')).toBeChecked();
    await context.setOffline(false);
  });

  test('a new build announces itself and waits for the person to reload', async ({ page }) => {
    await page.goto(`${site.url}/?lang=en#/task/checkStatus`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await mouse.tick(page, doneBox(page, 'en'));
    // A reload, by the page or by a new worker taking over, is a navigation of the main frame: count them.
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    // Deploy: a service worker whose bytes differ, as any new build's does.
    const sw = join(site.root, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// build 2\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: ui.en.update.ready });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    // Nothing reloads by itself. Proving that something does not happen has no event to await: the one fixed
    // wait in these tests gives a reload half a second to show; the new worker is still waiting after it.
    await page.waitForTimeout(500);
    expect(navigations).toBe(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await expect(doneBox(page, 'en')).toBeChecked();
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: ui.en.update.reload }).click()]);
    await expect(banner).toHaveCount(0);
    await expect(doneBox(page, 'en')).toBeChecked();
  });
});
