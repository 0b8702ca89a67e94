import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { evaluate } from '../rules/evaluate';
import { parseImport, appName } from './exportImport';
import partWayStore from './fixtures/v2-partway-store.json';
import submittedOnline from './fixtures/v2-submitted-online.json';
import { loadSaved } from './loadSaved';
import { idsV2toV3, migrate } from './migrations';
import { schemaVersion } from './progress';
import { progressStorage } from './progressStorage';
import { restoreProgress } from './restore';

// Both fixtures are what the app at b1c4c72 (schema 2) saved in Chromium: real values, not made by hand.
const now = Date.UTC(2026, 10, 25, 12);
const v2 = (fixture: { state: Record<string, unknown> }) => fixture.state;

describe('schema 2 → 3: a person part-way through in store mode', () => {
  const migrated = migrate(v2(partWayStore), 2);
  if (!migrated.ok) throw new Error('migration failed');
  const { progress, dropped } = restoreProgress(migrated.state, now);

  it('loses nothing: restore drops no value of the migrated state', () => {
    expect(dropped).toBe(0);
  });

  it('keeps every answer; the old device answer goes to the locked device, and the shared number asks again', () => {
    expect(progress.answers).toEqual({
      unpaidBills: 'no',
      contract: 'unsure',
      balance: 'yes',
      ownName: 'yes',
      bundle: 'no',
      esim: 'yes',
      proxy: 'no',
      lockedDevice: 'yes',
      sharedDevice: 'unsure',
    });
  });

  it('keeps every tick at its time, under the new ids', () => {
    const old = partWayStore.state.ticks;
    expect(progress.ticks).toEqual({
      checkStatus: old.checkStatus,
      idDocument: old.idDocument,
      backup: old.backup,
      'rebind.wechat': old['unbind.wechat'],
      'rebind.alipay': old['unbind.alipay'],
      'rebind.tax': old['unbind.gov'],
      'rebind.govService': old['unbind.gov'],
      'rebind.socialInsurance': old['unbind.gov'],
      'rebind.bankReserved': old['unbind.bank'],
      'rebind.bankSms': old['unbind.bank'],
      'custom.mwvrhhpa1': old['custom.mwvrhhpa1'],
      storeFind: old.storeBring,
    });
  });

  it('keeps the method, notes, own entries (with the emoji), history and the rest', () => {
    expect(progress.method).toBe('store');
    expect(progress.notes).toEqual({ checkStatus: partWayStore.state.notes.checkStatus, storeFind: partWayStore.state.notes.storeBring });
    expect(progress.customEntries).toEqual(partWayStore.state.customEntries);
    expect(progress.history).toHaveLength(partWayStore.state.history.length);
    expect(progress.history.map((h) => h.at)).toEqual(partWayStore.state.history.map((h) => h.at));
    expect(progress.history[7]).toEqual({ at: partWayStore.state.history[7]?.at, kind: 'answer', id: 'lockedDevice', answer: 'yes' });
    expect(progress.history[1]).toEqual({ at: partWayStore.state.history[1]?.at, kind: 'answer', id: 'contract', answer: 'unsure' });
    expect(progress.history.find((h) => h.kind === 'method')).toEqual({ at: partWayStore.state.history[16]?.at, kind: 'method', method: 'store' });
    expect(progress.history.filter((h) => 'id' in h && h.id === 'rebind.tax')).toHaveLength(1);
    expect(progress.history.some((h) => 'id' in h && h.id.startsWith('unbind'))).toBe(false);
  });

  it('the rules read it: the re-binding list is in progress, and own entries count toward it', () => {
    const e = evaluate(checklist, progress);
    expect(e.tasks.get('rebind')?.status).toBe('inProgress');
    expect(e.tasks.get('rebind')?.list?.settled).toBe(8);
    expect(e.readiness).toBe('blocked');
  });
});

describe('schema 2 → 3: submitted online and confirmed, with a tick taken back', () => {
  const migrated = migrate(v2(submittedOnline), 2);
  if (!migrated.ok) throw new Error('migration failed');
  const { progress, dropped } = restoreProgress(migrated.state, now);
  const old = submittedOnline.state;

  it('loses nothing that still has a place', () => {
    expect(dropped).toBe(0);
  });

  it('the review, the check and the certificate become "keep the proof", at the earliest time, with both notes', () => {
    expect(progress.ticks.keepProof).toEqual(old.ticks.onlineReview);
    expect(progress.notes.keepProof).toBe(`${old.notes.onlineReview}\n\n${old.notes.onlineCheck}`);
  });

  it('a refund followed up means a refund was chosen; the old overall unbinding tick stays in the history only', () => {
    expect(progress.answers.refund).toBe('yes');
    expect(progress.ticks.refundReceived).toEqual(old.ticks.followRefund);
    expect(progress.ticks).not.toHaveProperty('rebind');
    expect(progress.history.filter((h) => 'id' in h && h.id === 'rebind')).toHaveLength(1);
    expect(progress.history.find((h) => h.kind === 'confirm')).toMatchObject({ kind: 'confirm', date: '2026-11-20', reference: 'XH-20261120-0042' });
  });

  it('is still submitted and confirmed, with the untick shown as a warning', () => {
    const e = evaluate(checklist, progress);
    expect(progress.confirmation).toEqual(old.confirmation);
    expect(e.readiness).toBe('confirmed');
    expect(e.warnings.map((w) => w.kind === 'task' && w.taskId)).toContain('backup');
  });
});

describe('schema 2 saved values and files go through the same door', () => {
  it('loadSaved migrates the raw saved value and says from which version', () => {
    const loaded = loadSaved(JSON.stringify(partWayStore), migrate, now);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind === 'ok') expect(loaded.migratedFrom).toBe(2);
  });

  it('the storage adapter keeps the old value under a backup key, then saves the migrated one', async () => {
    const raw = JSON.stringify(submittedOnline);
    localStorage.setItem('cancel-line:line:x1', raw);
    const value = await progressStorage().getItem('cancel-line:line:x1');
    expect(value).toMatchObject({ version: schemaVersion });
    expect(localStorage.getItem('cancel-line:line:x1:v2:backup')).toBe(raw);
    expect(JSON.parse(localStorage.getItem('cancel-line:line:x1') ?? '{}')).toMatchObject({ version: schemaVersion, state: value?.state });
  });

  it('a value already of this version is read at once, without loading the migrations', () => {
    localStorage.setItem('cancel-line:line:x2', JSON.stringify({ state: { notes: { decide: 'x' } }, version: schemaVersion }));
    const value = progressStorage().getItem('cancel-line:line:x2');
    expect(value).not.toBeInstanceOf(Promise);
    expect(value).toMatchObject({ state: { notes: { decide: 'x' } } });
  });

  it('an export file of schema 2 imports the same way', async () => {
    const file = { app: appName, schemaVersion: 2, exportedAt: '2026-11-25T06:00:00.000Z', progress: partWayStore.state };
    const result = await parseImport(JSON.stringify(file), now);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.lines[0]?.progress.ticks).toHaveProperty('storeFind');
  });

  it('every id the map leads to exists in the new content', () => {
    const taskIds = new Set(checklist.groups.flatMap((g) => g.tasks.map((t) => t.id)));
    const itemIds = new Set(checklist.groups.flatMap((g) => g.tasks.flatMap((t) => (t.list ?? []).flatMap((l) => l.items.map((i) => `${t.id}.${i.id}`)))));
    for (const id of Object.values(idsV2toV3).flat()) expect(taskIds.has(id) || itemIds.has(id), id).toBe(true);
    for (const id of Object.keys(partWayStore.state.ticks).filter((k) => !k.includes('.') && !(k in idsV2toV3))) expect(taskIds.has(id), id).toBe(true);
  });
});
