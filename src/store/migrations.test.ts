import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { evaluate } from '../rules/evaluate';
import { parseImport, appName } from './exportImport';
import partWayStore from './fixtures/v2-partway-store.json';
import submittedOnline from './fixtures/v2-submitted-online.json';
import v4Marks from './fixtures/v4-rebind-marks.json';
import v4Submitted from './fixtures/v4-rebind-submitted.json';
import { loadSaved } from './loadSaved';
import { allBanksEntryId, idsV2toV3, migrate } from './migrations';
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
    // Saved before the list from abroad: a mainland number (schema 6).
    expect(progress.answers).toEqual({
      place: 'mainland',
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
      // Version 5 lists banks one by one: the two marks for all banks become one bank entry, changed.
      [`custom.${allBanksEntryId}`]: old['unbind.bank'],
      'custom.mwvrhhpa1': old['custom.mwvrhhpa1'],
      storeFind: old.storeBring,
    });
  });

  it('keeps the method, notes, own entries (with the emoji), history and the rest', () => {
    expect(progress.method).toBe('store');
    expect(progress.notes).toEqual({ checkStatus: partWayStore.state.notes.checkStatus, storeFind: partWayStore.state.notes.storeBring });
    expect(progress.customEntries).toEqual([{ id: allBanksEntryId, label: '', kind: 'bank' }, ...partWayStore.state.customEntries]);
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
    expect(e.tasks.get('rebind')?.list?.settled).toBe(7);
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
    // The two marks for all banks were replaced in version 5 (a bank entry each; see the v4 fixtures' tests).
    const replacedIn5 = ['rebind.bankReserved', 'rebind.bankSms'];
    for (const id of Object.values(idsV2toV3).flat()) expect(taskIds.has(id) || itemIds.has(id) || replacedIn5.includes(id), id).toBe(true);
    for (const id of Object.keys(partWayStore.state.ticks).filter((k) => !k.includes('.') && !(k in idsV2toV3))) expect(taskIds.has(id), id).toBe(true);
  });
});

// Both saved by the app at a4a0d02 (the last to save schema 4) in Chromium, by marking accounts on the page.
describe('schema 4 → 5: the marks of a re-binding list part-way, and banks one entry each', () => {
  const later = Date.UTC(2027, 0, 1);
  const migrated = migrate(v4Marks.state, 4);
  if (!migrated.ok) throw new Error('migration failed');
  const { progress, dropped } = restoreProgress(migrated.state, later);
  const old = v4Marks.state;

  it('loses nothing: restore drops no value, and the answers, notes and history are all there', () => {
    expect(dropped).toBe(0);
    expect(progress.answers).toEqual({ place: 'mainland', ...old.answers });
    expect(progress.notes).toEqual(old.notes);
    expect(progress.history.map((h) => [h.at, h.kind])).toEqual(old.history.map((h) => [h.at, h.kind]));
  });

  it('done is changed and "not used" is not on this number, at their times, under the same ids', () => {
    const { 'rebind.bankReserved': reserved, ...others } = old.ticks;
    expect(reserved).toBeDefined();
    for (const [id, tick] of Object.entries(others)) expect(progress.ticks[id], id).toEqual(tick);
  });

  it('the one mark for all banks becomes a bank entry, still to change (their alert texts were never marked)', () => {
    expect(progress.customEntries).toEqual([{ id: allBanksEntryId, label: '', kind: 'bank' }, ...old.customEntries]);
    expect(progress.ticks[`custom.${allBanksEntryId}`]).toEqual({ at: old.ticks['rebind.bankReserved'].at, pending: true });
    expect(progress.ticks).not.toHaveProperty('rebind.bankReserved');
    // The history names the entry now, so that it still reads as something on the page.
    expect(progress.history.find((h) => h.at === old.ticks['rebind.bankReserved'].at)).toMatchObject({ kind: 'tick', id: `custom.${allBanksEntryId}` });
  });

  it('the rules read it: the list in progress, own entries counted, the new accounts to look at', () => {
    const e = evaluate(checklist, progress);
    expect(e.tasks.get('rebind')?.status).toBe('inProgress');
    // Seven marks on the catalogue's accounts, two on own entries; the banks entry is still to change.
    expect(e.tasks.get('rebind')?.list?.settled).toBe(9);
    expect(e.tasks.get('stopAutoPay')?.list).toEqual({ settled: 2, total: 3 });
  });

  it('loadSaved reads the value as saved and says it came from version 4', () => {
    const loaded = loadSaved(JSON.stringify(v4Marks), migrate, later);
    expect(loaded).toMatchObject({ kind: 'ok', migratedFrom: 4, progress });
  });
});

describe('schema 4 → 5: a line submitted with every account marked', () => {
  const later = Date.UTC(2027, 0, 1);
  const migrated = migrate(v4Submitted.state, 4);
  if (!migrated.ok) throw new Error('migration failed');
  const { progress, dropped } = restoreProgress(migrated.state, later);
  const old = v4Submitted.state;

  it('the bank marks (reserved number changed, alert texts not used) make one bank entry, changed', () => {
    expect(dropped).toBe(0);
    expect(progress.ticks[`custom.${allBanksEntryId}`]).toEqual({ at: Math.max(old.ticks['rebind.bankReserved'].at, old.ticks['rebind.bankSms'].at) });
    expect(Object.keys(progress.ticks)).toHaveLength(Object.keys(old.ticks).length - 1);
  });

  it('new accounts in the catalogue never make it look unticked after the submission', () => {
    const e = evaluate(checklist, progress);
    expect(e.readiness).toBe('submitted');
    expect(e.warnings).toEqual([]);
    expect(e.tasks.get('rebind')?.status).toBe('done');
    expect(e.next).not.toEqual({ kind: 'task', taskId: 'rebind' });
    // Still to change after the submission is a real warning.
    const reopened = evaluate(checklist, { ...progress, ticks: { ...progress.ticks, 'rebind.wechat': { at: later, pending: true } } });
    expect(reopened.warnings.map((w) => w.kind === 'task' && w.taskId)).toEqual(['rebind']);
  });

  it('both bank marks "not used" say no bank uses the number: the banks item, no entry', () => {
    const bothNot = { ...old, ticks: { ...old.ticks, 'rebind.bankReserved': { at: 1796210326131, notUsed: true } } };
    const m = migrate(bothNot, 4);
    if (!m.ok) throw new Error('migration failed');
    const p = restoreProgress(m.state, later).progress;
    expect(p.customEntries).toEqual([]);
    expect(p.ticks['rebind.banks']).toEqual({ at: old.ticks['rebind.bankSms'].at, notUsed: true });
    expect(p.history.filter((h) => 'id' in h && h.id === 'rebind.banks')).toHaveLength(2);
  });
});

describe('schema 5 → 6: everything saved before was on the mainland list', () => {
  const later = Date.UTC(2027, 0, 1);
  const toV5 = migrate(v4Marks.state, 4, 5);
  if (!toV5.ok) throw new Error('migration failed');
  const v5 = toV5.state as Record<string, unknown>;
  const migrated = migrate(v5, 5);
  if (!migrated.ok) throw new Error('migration failed');
  const v6 = migrated.state as Record<string, unknown>;

  it('says the number is a mainland one, and changes nothing else', () => {
    expect(v6.answers).toEqual({ place: 'mainland', ...(v5.answers as object) });
    expect({ ...v6, answers: null }).toEqual({ ...v5, answers: null });
  });

  it('keeps every mark and the list the person had: the same tasks, states and counts', () => {
    const now = evaluate(checklist, restoreProgress(v6, later).progress);
    const then = evaluate(checklist, restoreProgress(v5, later).progress);
    expect(now.counts).toEqual(then.counts);
    expect([...now.tasks.values()].map((s) => [s.id, s.status])).toEqual([...then.tasks.values()].map((s) => [s.id, s.status]));
    // The answer shows (and can be changed): the place question no longer blocks.
    expect(now.questions[0]).toEqual({ id: 'place', asked: true, answer: 'mainland' });
    expect(then.blockers[0]).toEqual({ kind: 'question', questionId: 'place', reason: { kind: 'answerQuestion' } });
    expect(now.blockers.some((b) => b.kind === 'question' && b.questionId === 'place')).toBe(false);
  });

  it('an empty line is left to answer the question itself; an answer already there is kept', () => {
    const empty = migrate({ answers: {}, ticks: {}, method: null, notes: {}, customEntries: [], confirmation: null, dates: {}, history: [] }, 5);
    expect(empty.ok && (empty.state as { answers: object }).answers).toEqual({});
    const answered = migrate({ answers: { place: 'uk' }, ticks: {} }, 5);
    expect(answered.ok && (answered.state as { answers: object }).answers).toEqual({ place: 'uk' });
    expect(schemaVersion).toBe(6);
  });
});
