import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { listItemsById } from '../src/content/lookups';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../src/test/fixtures';
import { doneBox, headline, mouse, openTask, stepTitle, taskLink, words } from './journey';

/*
 * Nothing irreversible before the person is protected (issue 21), in the browser: the counter visit waits for
 * what protects the person, and a recorded confirmation holds against one untick.
 */

const t = words.en.ui;

/** Starts the app with this progress saved (schema 5), as a returning person would. */
async function returning(page: Page, state: Record<string, unknown>) {
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('cancel-line:progress', raw);
  }, JSON.stringify({ state, version: 5 }));
}

const at = Date.UTC(2026, 10, 18, 2);
const ticks = (ids: readonly string[], tick: object = { at }) => Object.fromEntries(ids.map((id) => [id, tick]));
/** Every list item not on this number, every plain prerequisite done but the ones left out. */
const allButProtected = (leftOut: readonly string[]) => ({
  ...ticks([...listItemsById.keys()], { at, notUsed: true }),
  ...ticks(plainTasksBeforeStoreSubmission.filter((id) => !leftOut.includes(id))),
});

test('the store way: asking which store is open; going to the counter waits for the backup, and says so', async ({ page }) => {
  await returning(page, { answers: nothingSpecial, method: 'store', ticks: allButProtected(['backup', 'storeAsk']) });
  await openTask(page, 'en', 'storeFind');
  await expect(doneBox(page, 'en')).toBeEnabled();
  await expect(doneBox(page, 'en')).not.toHaveAttribute('aria-disabled', 'true');
  await openTask(page, 'en', 'storeAsk');
  await expect(page.locator('.waits')).toContainText(words.en.reasons.waitsForProtection([stepTitle('backup', 'en')]));
  await expect(doneBox(page, 'en')).toHaveAttribute('aria-disabled', 'true');
  await page.locator('.waits').getByRole('link', { name: stepTitle('backup', 'en') }).click();
  await mouse.tick(page, doneBox(page, 'en'));
  await openTask(page, 'en', 'storeAsk');
  await expect(page.locator('.waits')).toHaveCount(0);
  await mouse.tick(page, doneBox(page, 'en'));
  await expect(doneBox(page, 'en')).toBeChecked();
});

test('after the confirmation, one untick does not undo it: refused, saying why', async ({ page }) => {
  const state = {
    answers: nothingSpecial,
    method: 'store',
    ticks: { ...allButProtected([]), storeSubmit: { at } },
    confirmation: { date: '2026-11-20', reference: 'ZX-1' },
  };
  await returning(page, state);
  await page.goto('/?lang=en#/');
  const confirmed = await headline(page).innerText();
  expect(confirmed).toMatch(/^Cancelled/);
  await taskLink(page, 'en', 'storeSubmit').click();
  const box = page.getByRole('checkbox', { name: t.task.submitted });
  await box.click();
  await expect(box).toBeChecked();
  await expect(page.getByText(t.refused.confirmed)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: t.task.submitted })).toBeChecked();
  await page.goto('/?lang=en#/');
  await expect(headline(page)).toHaveText(confirmed);
});
