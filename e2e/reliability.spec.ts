import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { doneBox, groupLine, itemMarks, mouse, openTask, words } from './journey';

/*
 * The probes of "nothing lost" (issue 23), as a person meets them in the browser: storage that refuses writes,
 * damaged or newer saved data, impossible imports, two tabs, own entries.
 */

const t = words.en.ui;
const zh = words.zh.ui;
const alerts = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/** From now on every write to localStorage fails, as when storage is full. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

/** Puts a raw value under the single checklist's key before the app's first load only. */
async function seed(page: Page, raw: string) {
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('cancel-line:progress', value);
  }, raw);
}

/** Where a control is on screen, and whether the bottom bar covers any of it. */
async function placeOf(page: Page, control: Locator) {
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is not on screen');
  const barTop = await page.locator('.bottom-bar').evaluate((bar) => bar.getBoundingClientRect().top);
  return { y: box.y, covered: box.y + box.height > barTop };
}

test.describe('at 360 × 740, with storage full', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the warning appears on screen without moving what is under the finger, and never covers the focused control', async ({ page }) => {
    await openTask(page, 'zh', 'rebind');
    await fillStorage(page);
    await groupLine(page, 'zh', 'rebind', 'daily').click();
    const changed = (id: string) => itemMarks(page, words.zh.items[`rebind.${id}`]?.title ?? id).getByRole('radio', { name: zh.listItems.marks.change.done, exact: true });
    const middle = changed('meituan');
    // A box in the middle of the screen: ticking it brings the warning, and the box stays where it was.
    await middle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const before = await placeOf(page, middle);
    await middle.click();
    await expect(alerts(page).first()).toBeInViewport();
    await expect(alerts(page).first()).toContainText(zh.storage.notSaving);
    const after = await placeOf(page, middle);
    expect(after.y).toBe(before.y);
    expect(after.covered).toBe(false);
    await expect(middle).toBeChecked();

    // A box at the foot of the screen, reached with the keyboard: it is never left under the warning.
    const low = changed('addresses');
    await low.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await low.focus();
    await page.keyboard.press('Space');
    await expect(low).toBeChecked();
    await expect(low).toBeFocused();
    expect((await placeOf(page, low)).covered).toBe(false);
  });
});

test('switching line while storage refuses writes is refused, with an export beside it, and nothing is lost', async ({ page }) => {
  await page.goto('/?lang=en#/lines');
  await page.getByRole('textbox', { name: t.linesPage.nameLabel }).fill('Work SIM');
  await page.getByRole('button', { name: t.linesPage.add }).click();
  await openTask(page, 'en', 'checkStatus');
  await fillStorage(page);
  await mouse.tick(page, doneBox(page, 'en'));
  await page.goto('/?lang=en#/lines');
  await page.getByRole('button', { name: t.linesPage.openLabel(t.line.label('', '')) }).click();
  const refusal = alerts(page).filter({ hasText: t.linesPage.errors.notSaved });
  await expect(refusal).toBeVisible();
  const download = page.waitForEvent('download');
  await refusal.getByRole('button', { name: t.storage.exportButton }).click();
  await download;
  // Still on the line with the unsaved tick, and the storage warning is still there.
  await openTask(page, 'en', 'checkStatus');
  await expect(doneBox(page, 'en')).toBeChecked();
  await expect(alerts(page).filter({ hasText: t.storage.notSaving })).toBeVisible();
});

test('wrong types inside a saved value: told how many were left out, the original kept, told once', async ({ page }) => {
  const raw = JSON.stringify({ state: { ticks: 'lots', notes: { checkStatus: 42, decide: 'keep this' }, answers: { esim: 'yes' } }, version: 6 });
  await seed(page, raw);
  await openTask(page, 'en', 'decide');
  await expect(alerts(page).first()).toContainText(t.storage.partlyCorrupt(2));
  await expect(page.getByRole('textbox', { name: t.note.label })).toHaveValue('keep this');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.storage.downloadDamaged }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);
  await page.reload();
  await expect(alerts(page)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: t.note.label })).toHaveValue('keep this');
});

test('a value cut off mid-way says that nothing could be recovered', async ({ page }) => {
  await seed(page, '{"state":{"ticks":{"checkStatus":');
  await page.goto('/?lang=en#/');
  await expect(alerts(page).first()).toContainText(t.storage.nothingRecovered);
});

test('an import describing what cannot be true is refused, naming what', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('from-2099.json');
  const progress = { confirmation: { date: '2099-01-01', reference: '' }, ticks: { keepProof: { at: Date.now() } } };
  await writeFile(path, JSON.stringify({ app: 'cancel-line-checklist', schemaVersion: 5, exportedAt: new Date().toISOString(), lines: [{ name: '', last4: '', progress }] }));
  await page.goto('/?lang=en#/data');
  await page.getByLabel(t.data.importLabel).setInputFiles(path);
  const refusal = page.getByText(/does not add up/);
  await expect(refusal).toContainText(t.data.impossible.future);
  await expect(refusal).toContainText(t.data.impossible.afterWithoutSubmission);
  await expect(page.getByRole('button', { name: t.data.replace })).toHaveCount(0);
});

test('two tabs on one line: a note being typed is never replaced; both texts are kept', async ({ context, page, watch }) => {
  await openTask(page, 'en', 'decide');
  const other = await context.newPage();
  watch.attach(other);
  await openTask(other, 'en', 'decide');
  const mine = page.getByRole('textbox', { name: t.note.label });
  await mine.click();
  await mine.pressSequentially('Called on Monday');
  await other.getByRole('textbox', { name: t.note.label }).fill('Ticket 42');
  await other.keyboard.press('Tab'); // done there: that field is no longer being edited
  await expect(page.getByText(t.note.otherTab)).toBeVisible();
  await expect(page.getByText('Ticket 42', { exact: true })).toBeVisible();
  await expect(mine).toHaveValue('Called on Monday');
  await page.getByRole('button', { name: t.note.keepMine }).click();
  await expect(other.getByRole('textbox', { name: t.note.label })).toHaveValue('Called on Monday');
  // A change of another kind in the other tab shows here at once.
  await openTask(other, 'en', 'checkStatus');
  await mouse.tick(other, doneBox(other, 'en'));
  await openTask(page, 'en', 'checkStatus');
  await expect(doneBox(page, 'en')).toBeChecked();
});

test('own entries: a duplicate is refused; a removal can be undone', async ({ page }) => {
  await openTask(page, 'en', 'rebind');
  await mouse.addUnbindEntry(page, 'en', 'Steam');
  await mouse.addUnbindEntry(page, 'en', ' steam ');
  await expect(page.getByText(t.unbind.duplicate)).toBeVisible();
  await expect(itemMarks(page, 'Steam')).toHaveCount(1);
  const changed = itemMarks(page, 'Steam').getByRole('radio', { name: t.listItems.marks.change.done, exact: true });
  await changed.check();
  await page.getByRole('button', { name: t.unbind.remove('Steam') }).click();
  await expect(itemMarks(page, 'Steam')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.unbind.undo })).toBeFocused();
  await page.getByRole('button', { name: t.unbind.undo }).click();
  await expect(changed).toBeChecked();
  await page.reload();
  await expect(changed).toBeChecked();
});
