import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { doneBox, mouse, openTask, words } from './journey';

const t = words.en.ui;
const p = t.linesPage;

/** Adds a line on the lines page; the app opens it and goes to its overview. */
async function addLine(page: Page, name: string, last4: string) {
  await page.goto('/?lang=en#/lines');
  const add = page.getByRole('region', { name: p.addHeading });
  await add.getByRole('textbox', { name: p.nameLabel }).fill(name);
  await add.getByRole('textbox', { name: p.last4Label }).fill(last4);
  await add.getByRole('button', { name: p.add }).click();
  await expect(page.getByText(t.line.current(t.line.label(name, last4)))).toBeVisible();
}

async function openLine(page: Page, label: string) {
  await page.goto('/?lang=en#/lines');
  await page.getByRole('button', { name: p.openLabel(label) }).click();
  await expect(page.getByText(t.line.current(label))).toBeVisible();
}

test('two lines worked on in turn, with a reload between: each keeps its own ticks and notes', async ({ page }) => {
  await openTask(page, 'en', 'checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  await addLine(page, 'Work', '8000');
  await openTask(page, 'en', 'decide');
  await mouse.tick(page, doneBox(page, 'en'));
  await page.getByRole('textbox', { name: t.note.label }).fill('work note');
  await page.reload();
  await expect(doneBox(page, 'en')).toBeChecked();
  await openTask(page, 'en', 'checkStatus');
  await expect(doneBox(page, 'en')).not.toBeChecked();

  await openLine(page, 'My number');
  await openTask(page, 'en', 'checkStatus');
  await expect(doneBox(page, 'en')).toBeChecked();
  await page.reload();
  await expect(doneBox(page, 'en')).toBeChecked();
  await openTask(page, 'en', 'decide');
  await expect(doneBox(page, 'en')).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: t.note.label })).toHaveValue('');

  await page.goto('/?lang=en#/lines');
  await expect(page.getByRole('listitem', { name: 'Work (ending 8000)' })).toContainText('1 done');
});

test('remove a line after asking, and undo', async ({ page }) => {
  await addLine(page, 'Old SIM', '');
  await openTask(page, 'en', 'decide');
  await mouse.tick(page, doneBox(page, 'en'));
  await page.goto('/?lang=en#/lines');
  await page.getByRole('button', { name: p.removeLabel('Old SIM') }).click();
  await expect(page.getByText(p.removeConfirm('Old SIM'))).toBeFocused();
  await page.getByRole('button', { name: p.removeYes, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Old SIM' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: p.undo })).toBeFocused();
  await page.getByRole('button', { name: p.undo }).click();
  await expect(page.getByRole('heading', { name: 'Old SIM' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Old SIM' })).toContainText('1 done');
});

test('export every line, import them into a fresh browser', async ({ browser, page, watchContext }) => {
  await openTask(page, 'en', 'checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  await addLine(page, 'Work', '8000');
  await openTask(page, 'en', 'decide');
  await page.getByRole('textbox', { name: t.note.label }).fill('Ticket 42');
  await page.goto('/?lang=en#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.data.exportAll }).click();
  const path = await (await download).path();
  const file = JSON.parse(await readFile(path, 'utf8')) as { lines: { name: string; last4: string }[] };
  expect(file.lines.map((l) => [l.name, l.last4])).toEqual([
    ['', ''],
    ['Work', '8000'],
  ]);

  const fresh = await browser.newContext();
  const other = await watchContext(fresh);
  await other.goto('/?lang=en#/data');
  await other.getByLabel(t.data.importLabel).setInputFiles(path);
  await expect(other.getByText(t.data.linesInFile(2))).toBeVisible();
  await other.getByRole('button', { name: t.data.addAsNew }).click();
  await expect(other.getByText(t.data.importedAsNew(2))).toBeVisible();
  await openLine(other, 'Work (ending 8000)');
  await openTask(other, 'en', 'decide');
  await expect(other.getByRole('textbox', { name: t.note.label })).toHaveValue('Ticket 42');
  await openLine(other, 'My number');
  await openTask(other, 'en', 'checkStatus');
  await expect(doneBox(other, 'en')).toBeChecked();
  await other.goto('/?lang=en#/lines');
  await expect(other.getByRole('listitem')).toHaveCount(2);
  await fresh.close();
});

test('two tabs on two lines never lose each other’s changes', async ({ context, page, watch }) => {
  await addLine(page, 'Work', '');
  const other = await context.newPage();
  watch.attach(other);
  // A new tab starts on the line used last; this one moves to the first line.
  await other.goto('/?lang=en#/');
  await expect(other.getByText(t.line.current('Work'))).toBeVisible();
  await openLine(page, 'My number');
  await openTask(page, 'en', 'checkStatus');
  await openTask(other, 'en', 'checkStatus');
  await mouse.tick(page, doneBox(page, 'en'));
  await mouse.tick(other, doneBox(other, 'en'));
  await other.getByRole('textbox', { name: t.note.label }).fill('from the work tab');
  await page.getByRole('textbox', { name: t.note.label }).fill('from the first tab');
  await page.reload();
  await other.reload();
  await expect(page.getByRole('textbox', { name: t.note.label })).toHaveValue('from the first tab');
  await expect(other.getByRole('textbox', { name: t.note.label })).toHaveValue('from the work tab');
  await expect(doneBox(page, 'en')).toBeChecked();
  await expect(doneBox(other, 'en')).toBeChecked();
  await page.goto('/?lang=en#/');
  await expect(page.getByText(t.line.current('My number'))).toBeVisible();
});
