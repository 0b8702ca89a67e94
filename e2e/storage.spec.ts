import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { doneBox, groupLine, headline, itemMarks, mouse, openTask, taskLink, words } from './journey';

const key = 'cancel-line:progress';
const t = words.en.ui;
// A value the app saved at schema 2 (src/store/fixtures), read as the test starts: Playwright's loader takes no JSON imports.
const partWayStore = JSON.parse(readFileSync(new URL('../src/store/fixtures/v2-partway-store.json', import.meta.url), 'utf8')) as { state: { notes: { checkStatus: string } } };

/** Puts a raw value in storage before the app's first load only (reloads keep what the app did). */
async function seed(page: Page, raw: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k, v);
    },
    [key, raw] as const,
  );
}

/** What is saved under the open line's key (`suffix`: one of its backups): each line has a key of its own. */
async function stored(page: Page, suffix = '') {
  return page.evaluate((end) => {
    const device = JSON.parse(localStorage.getItem('cancel-line:lines') ?? '{}') as { state?: { lastLine?: string } };
    return localStorage.getItem(`cancel-line:line:${device.state?.lastLine ?? ''}${end}`);
  }, suffix);
}
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ }).first();

test.describe('saved-state faults: told in words, nothing lost', () => {
  for (const [label, raw] of [
    ['corrupt JSON', '{"state":{"ticks":{"checkStatus":'],
    ['a foreign shape', JSON.stringify({ hello: 'world', list: [1, 2, 3] })],
  ] as const) {
    test(`${label}: alert, backup, download of the damaged copy, and the page works`, async ({ page }) => {
      await seed(page, raw);
      await openTask(page, 'en', 'checkStatus');
      await expect(alert(page)).toContainText('could not be read');
      expect(await stored(page, ':backup')).toBe(raw);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t.storage.downloadDamaged }).click();
      expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);
      await mouse.tick(page, doneBox(page, 'en'));
      await page.reload();
      await expect(doneBox(page, 'en')).toBeChecked();
      expect(await stored(page, ':backup')).toBe(raw);
    });
  }

  test('a newer version: truly read-only (controls unavailable, saying why), never written over', async ({ page }) => {
    const raw = JSON.stringify({ state: { answers: { esim: 'yes' }, ticks: { checkStatus: { at: Date.now() } }, newThing: [1] }, version: 9 });
    await seed(page, raw);
    await openTask(page, 'en', 'checkStatus');
    await expect(alert(page)).toContainText('newer version');
    await expect(doneBox(page, 'en')).toBeChecked();
    await openTask(page, 'en', 'backup');
    // No box that toggles and reverts on reload: it is unavailable, and says why.
    await expect(doneBox(page, 'en')).toBeDisabled();
    await expect(doneBox(page, 'en')).toHaveAccessibleDescription(new RegExp(t.storage.readOnly.slice(0, 30).replace(/[()]/g, '.')));
    await expect(page.getByText(t.storage.readOnly)).toBeVisible();
    await expect(page.getByRole('textbox', { name: t.note.label })).not.toBeEditable();
    expect(await stored(page)).toBe(raw);
    await page.reload();
    await expect(doneBox(page, 'en')).not.toBeChecked();
    expect(await stored(page)).toBe(raw);
  });

  test('setItem throwing: the change is kept on the page, the person is warned and offered an export', async ({ page }) => {
    const raw = JSON.stringify({ state: { answers: { contract: 'no' } }, version: 2 });
    await seed(page, raw);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openTask(page, 'en', 'checkStatus');
    await mouse.tick(page, doneBox(page, 'en'));
    await expect(doneBox(page, 'en')).toBeChecked();
    await expect(alert(page)).toContainText('cannot be saved');
    const download = page.waitForEvent('download');
    await alert(page).getByRole('button', { name: t.data.exportButton }).click();
    expect(JSON.parse(await readFile(await (await download).path(), 'utf8'))).toMatchObject({ lines: [{ progress: { ticks: { checkStatus: {} } } }] });
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(raw);
  });

  test('localStorage unavailable altogether: the page works in memory with the warning', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/?lang=en#/questions');
    await expect(alert(page)).toContainText('cannot be saved');
    await mouse.answer(page, 'en', 'contract', 'yes');
    await page.goto('/?lang=en#/');
    await taskLink(page, 'en', 'endContract').click();
    await mouse.tick(page, doneBox(page, 'en'));
    await expect(doneBox(page, 'en')).toBeChecked();
  });
});

test('two open tabs follow each other without a reload', async ({ context, page, watch }) => {
  await openTask(page, 'en', 'checkStatus');
  const other = await context.newPage();
  watch.attach(other);
  await other.goto('/#/task/checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  await expect(doneBox(other, 'en')).toBeChecked();
  await other.goto('/#/questions');
  await mouse.answer(other, 'en', 'esim', 'yes');
  await page.goto('/#/');
  await expect(taskLink(page, 'en', 'keepEsim')).toBeVisible();
  await other.goto('/#/');
  await expect(headline(page)).toHaveText(await headline(other).innerText());
});

test('export in one browser, import in a fresh one: same ticks, answers, notes and history', async ({ browser, page, watchContext }) => {
  await page.goto('/?lang=en#/questions');
  await mouse.answer(page, 'en', 'place', 'mainland');
  await mouse.answer(page, 'en', 'esim', 'yes');
  await openTask(page, 'en', 'chooseMethod');
  await mouse.chooseMethod(page, 'en', 'store');
  await openTask(page, 'en', 'checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  await page.getByRole('textbox', { name: t.note.label }).fill('Ticket 778');
  await page.goto('/?lang=en#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: t.data.heading }).getByRole('button', { name: t.data.exportButton }).click();
  const path = await (await download).path();
  const exported = JSON.parse(await readFile(path, 'utf8')) as { app: string; schemaVersion: number; exportedAt: string };
  expect(exported).toMatchObject({ app: 'cancel-line-checklist', schemaVersion: 6 });
  const historyBefore = await page.getByRole('region', { name: t.history.heading }).locator('ol li').allInnerTexts();
  expect(historyBefore).toHaveLength(4);

  const fresh = await browser.newContext();
  const other = await watchContext(fresh);
  await other.goto('/?lang=en#/data');
  await other.getByLabel(t.data.importLabel).setInputFiles(path);
  // The summary names the line and where it stands, with the overview's counts.
  const overviewCounts = await (async () => {
    await page.goto('/?lang=en#/');
    return (await page.locator('.overall').first().innerText()).trim();
  })();
  await expect(other.getByText(new RegExp(`In the file, “My number”: Cannot submit yet; ${overviewCounts}; last change`))).toBeVisible();
  await other.getByRole('button', { name: t.data.replace }).click();
  await expect(other.getByRole('region', { name: t.history.heading }).locator('ol li')).toHaveText(historyBefore);
  await openTask(other, 'en', 'checkStatus');
  await expect(doneBox(other, 'en')).toBeChecked();
  await expect(other.getByRole('textbox', { name: t.note.label })).toHaveValue('Ticket 778');
  await other.reload();
  await expect(doneBox(other, 'en')).toBeChecked();
  await other.goto('/#/');
  await expect(taskLink(other, 'en', 'keepEsim')).toBeVisible();
  await fresh.close();
});

test('a malformed import is refused and the progress stays, also after a reload', async ({ page }, testInfo) => {
  await openTask(page, 'en', 'checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  const before = await stored(page);
  await page.goto('/?lang=en#/data');
  const bad = testInfo.outputPath('bad.json');
  await (await import('node:fs/promises')).writeFile(bad, '{"app":"cancel-line-checklist","schemaVersion":2,"progress":');
  await page.getByLabel(t.data.importLabel).setInputFiles(bad);
  await expect(page.getByText(t.data.errors.notJson)).toBeVisible();
  expect(await stored(page)).toBe(before);
  await openTask(page, 'en', 'checkStatus');
  await expect(doneBox(page, 'en')).toBeChecked();
  expect(await stored(page)).toBe(before);
});

test('progress saved by the previous version (schema 2) comes back after the update, and the old value is kept', async ({ page }) => {
  const raw = JSON.stringify(partWayStore);
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cancel-line:progress', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  await page.goto('/?lang=zh#/');
  for (const id of ['checkStatus', 'idDocument', 'backup', 'storeFind']) {
    await expect(page.locator('.task-row').filter({ has: taskLink(page, 'zh', id) })).toContainText('已完成');
  }
  await openTask(page, 'zh', 'rebind');
  const changed = (name: string) => itemMarks(page, name).getByRole('radio', { name: words.zh.ui.listItems.marks.change.done, exact: true });
  await groupLine(page, 'zh', 'rebind', 'social').click();
  await expect(changed('微信')).toBeChecked();
  await expect(changed('招商银行信用卡')).toBeChecked();
  await expect(changed('Steam 令牌 🎮')).not.toBeChecked();
  await openTask(page, 'zh', 'chooseMethod');
  await expect(page.getByRole('radio', { name: '去营业厅办' })).toBeChecked();
  await openTask(page, 'zh', 'checkStatus');
  await expect(page.getByRole('textbox', { name: words.zh.ui.note.label })).toHaveValue(partWayStore.state.notes.checkStatus);
  expect(await stored(page, ':v2:backup')).toBe(raw);
  await page.reload();
  await expect(doneBox(page, 'zh')).toBeChecked();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
});
