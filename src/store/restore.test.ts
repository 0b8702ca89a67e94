import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, limits, schemaVersion, type Progress } from './progress';
import { restoreProgress } from './restore';
import { migrate } from './migrations';
import { loadSaved } from './loadSaved';

const now = Date.UTC(2026, 10, 24, 12);
const at = Date.UTC(2026, 10, 20, 9);

/** A restored value is valid when restoring it again changes nothing and drops nothing. */
function expectValid(p: Progress) {
  const again = restoreProgress(p, now);
  expect(again.dropped).toBe(0);
  expect(again.progress).toEqual(p);
}

describe('restoreProgress', () => {
  it('keeps an answer that is one of its question’s options, and drops one that is not (a number from abroad)', () => {
    const { progress, dropped } = restoreProgress(
      {
        answers: { place: 'uk', ukOperator: 'lebara', plan: 'prepaid', esim: 'yes', usOperator: 'lebara', contract: 'uk' },
        ticks: { keepAlive: { at }, lapseStop: { at }, 'rebind.whatsapp': { at, pending: true }, 'rebind.qq': { at } },
        method: 'lapse',
        dates: { lastUse: '2026-11-01', cardExpiry: '2026-13-01' },
        history: [
          { at, kind: 'answer', id: 'place', answer: 'uk' },
          { at, kind: 'answer', id: 'ukOperator', answer: 'nope' },
          { at, kind: 'method', method: 'lapse' },
        ],
      },
      now,
    );
    expect(progress.answers).toEqual({ place: 'uk', ukOperator: 'lebara', plan: 'prepaid', esim: 'yes' });
    // The other path's marks are kept: the mainland's QQ, beside the list from abroad's WhatsApp.
    expect(Object.keys(progress.ticks).sort()).toEqual(['keepAlive', 'lapseStop', 'rebind.qq', 'rebind.whatsapp']);
    expect(progress.method).toBe('lapse');
    expect(progress.dates).toEqual({ lastUse: '2026-11-01' });
    expect(progress.history.map((h) => h.kind)).toEqual(['answer', 'method']);
    expect(dropped).toBe(4);
  });

  it('keeps a list item’s third mark and bank entries; a nameless entry only as the all-banks one', () => {
    const { progress, dropped } = restoreProgress(
      {
        customEntries: [
          { id: 'a1', label: 'ICBC', kind: 'bank' },
          { id: 'allbanks', label: '', kind: 'bank' },
          { id: 'b2', label: '', kind: undefined },
          { id: 'c3', label: 'Steam', kind: 'console' },
        ],
        ticks: {
          'rebind.wechat': { at, pending: true },
          'rebind.qq': { at, pending: true, notUsed: true },
          'custom.a1': { at, pending: true },
          'custom.allbanks': { at },
          decide: { at, pending: true },
          'rebind.weibo': { at, pending: 'yes' },
        },
      },
      now,
    );
    // A kind this version does not know is dropped (the entry stays, as an own entry); an own entry needs a name.
    expect(progress.customEntries).toEqual([
      { id: 'a1', label: 'ICBC', kind: 'bank' },
      { id: 'allbanks', label: '', kind: 'bank' },
      { id: 'c3', label: 'Steam' },
    ]);
    // "Still to change" for a list item only, and never beside "not on this number" (which wins).
    expect(progress.ticks).toEqual({
      'rebind.wechat': { at, pending: true },
      'rebind.qq': { at, notUsed: true },
      'custom.a1': { at, pending: true },
      'custom.allbanks': { at },
      decide: { at },
      'rebind.weibo': { at },
    });
    expect(dropped).toBe(5);
    expectValid(progress);
  });

  it('keeps what is valid and drops what it does not know', () => {
    const { progress, dropped } = restoreProgress(
      {
        answers: { unpaidBills: 'no', contract: 'maybe', ghost: 'yes' },
        ticks: {
          checkStatus: { at },
          'rebind.wechat': { at },
          'rebind.qq': { at, notUsed: true },
          'rebind.ghost': { at },
          nope: { at },
          backup: { at: 'yesterday' },
          idDocument: true,
          decide: { at, notUsed: true },
          rebind: { at },
        },
        method: 'fax',
        notes: { checkStatus: 'ticket 1', ghost: 'x', backup: 42 },
        customEntries: [{ id: 'a1', label: '  Steam  ' }, { id: 'a1', label: 'dupe' }, { id: 'BAD ID', label: 'x' }, { id: 'b2', label: '' }],
        confirmation: { date: '2026-02-30', reference: 'x' },
        lang: 'fr',
        history: [
          { at, kind: 'tick', id: 'checkStatus' },
          { at: -5, kind: 'tick' },
          { at, kind: 'dance' },
          { at, kind: 'tick' },
          { at, kind: 'answer', id: 'esim', answer: 'maybe' },
          { at, kind: 'method', method: 'fax' },
          { at, kind: 'confirm', date: 'soon', reference: 'x' },
          { at, kind: 'answer', id: 'esim', answer: 'yes', value: 'stray' },
        ],
        historyFolded: -1,
        extra: 'ignored',
      },
      now,
    );
    expect(progress.answers).toEqual({ unpaidBills: 'no' });
    // A tick whose time is unreadable is kept, without a date.
    // "Not used" is kept for a list item only; the list task itself has no tick of its own.
    expect(progress.ticks).toEqual({ checkStatus: { at }, 'rebind.wechat': { at }, 'rebind.qq': { at, notUsed: true }, backup: { at: 0 }, decide: { at } });
    expect(progress.method).toBeNull();
    expect(progress.notes).toEqual({ checkStatus: 'ticket 1' });
    expect(progress.customEntries).toEqual([{ id: 'a1', label: 'Steam' }]);
    expect(progress.confirmation).toBeNull();
    // Each kind keeps what it needs and nothing else; an entry missing what its kind needs is dropped.
    expect(progress.history).toEqual([
      { at, kind: 'tick', id: 'checkStatus' },
      { at, kind: 'answer', id: 'esim', answer: 'yes' },
    ]);
    expect(progress.historyFolded).toBe(0);
    expect(dropped).toBeGreaterThan(10);
    expectValid(progress);
  });

  it('keeps own entries’ ticks only for entries that exist', () => {
    const { progress } = restoreProgress({ customEntries: [{ id: 'x1', label: 'Bank' }], ticks: { 'custom.x1': { at }, 'custom.zz': { at } } }, now);
    expect(progress.ticks).toEqual({ 'custom.x1': { at } });
  });

  it('clips text to its limits rather than dropping it', () => {
    const { progress } = restoreProgress({ notes: { checkStatus: '字'.repeat(limits.note + 400) }, confirmation: { date: '2026-11-20', reference: 'R'.repeat(300) } }, now);
    expect(Array.from(progress.notes.checkStatus ?? '')).toHaveLength(limits.note);
    expect(progress.confirmation?.reference).toHaveLength(limits.reference);
  });

  it('folds history past its cap into a count', () => {
    const history = Array.from({ length: limits.history + 25 }, (_, i) => ({ at: at + i, kind: 'tick', id: 'checkStatus' }));
    const { progress } = restoreProgress({ history, historyFolded: 3 }, now);
    expect(progress.history).toHaveLength(limits.history);
    expect(progress.historyFolded).toBe(28);
    expect(progress.history[0]?.at).toBe(at + 25);
  });

  it.each([null, undefined, 42, 'text', [], [1, 2], { answers: 'x', ticks: [] }])('turns %j into empty, valid progress', (input) => {
    const { progress } = restoreProgress(input, now);
    expect(progress).toEqual(emptyProgress);
  });

  it('never throws and always gives valid progress, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectValid(restoreProgress(value, now).progress);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on objects shaped almost like progress', () => {
    const almost = fc.record(
      {
        answers: fc.dictionary(fc.constantFrom('unpaidBills', 'contract', '__proto__', 'x'), fc.jsonValue()),
        ticks: fc.dictionary(fc.constantFrom('checkStatus', 'rebind.wechat', 'custom.a', 'constructor'), fc.oneof(fc.record({ at: fc.oneof(fc.integer(), fc.double()), notUsed: fc.jsonValue() }, { requiredKeys: ['at'] }), fc.jsonValue())),
        notes: fc.dictionary(fc.constantFrom('checkStatus', 'x'), fc.oneof(fc.string(), fc.jsonValue())),
        customEntries: fc.array(fc.record({ id: fc.oneof(fc.constant('a'), fc.string()), label: fc.oneof(fc.string(), fc.jsonValue()) })),
        confirmation: fc.oneof(fc.constant(null), fc.record({ date: fc.oneof(fc.constant('2026-11-20'), fc.string()), reference: fc.jsonValue() })),
        history: fc.array(fc.record({ at: fc.oneof(fc.constant(at), fc.integer()), kind: fc.constantFrom('tick', 'x'), id: fc.jsonValue() })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(almost, (value) => {
        expectValid(restoreProgress(value, now).progress);
      }),
      { numRuns: 300 },
    );
  });
});

describe('migrations', () => {
  const v1 = {
    answers: { esim: 'yes' },
    ticks: { checkStatus: { at }, storeSubmit: { at: at + 1000 } },
    method: 'store',
    notes: { checkStatus: 'ticket' },
    customEntries: [],
    confirmation: { date: '2026-11-21', reference: 'ZX-1' },
    lang: 'zh',
  };

  it('1 → 2 rebuilds a dated history from tick times and the confirmation (read through 2 → 3)', () => {
    const result = migrate(v1, 1);
    expect(result.ok).toBe(true);
    const { progress } = restoreProgress(result.ok ? result.state : null, now);
    expect(progress.history.map((entry) => ({ ...entry, at: undefined }))).toEqual([
      { at: undefined, kind: 'tick', id: 'checkStatus' },
      { at: undefined, kind: 'submit', id: 'storeSubmit' },
      { at: undefined, kind: 'confirm', date: '2026-11-21', reference: 'ZX-1' },
    ]);
    expect(progress.ticks).toEqual(v1.ticks);
    expect(progress.notes).toEqual(v1.notes);
    expect(progress.confirmation).toEqual(v1.confirmation);
  });

  it('a missing step or a foreign shape is a failed result, not a throw', () => {
    expect(migrate(v1, 0, 2)).toEqual({ ok: false, failedFrom: 0 });
    expect(migrate('not an object', 1, 2)).toEqual({ ok: false, failedFrom: 1 });
    expect(migrate(v1, 3, 3)).toEqual({ ok: true, state: v1 });
  });
});

describe('loadSaved', () => {
  const saved = (state: unknown, version: number) => JSON.stringify({ state, version });
  it.each([
    ['broken JSON', '{"state":', 'corrupt'],
    ['a foreign shape', '[1,2,3]', 'corrupt'],
    ['no version', JSON.stringify({ state: {} }), 'corrupt'],
    ['an unknown old version', saved({}, 0), 'corrupt'],
    ['a newer version', saved({ answers: { esim: 'yes' } }, schemaVersion + 1), 'newer'],
    ['version 1', saved({ ticks: { checkStatus: { at } } }, 1), 'ok'],
    ['the current version', saved({ method: 'online' }, schemaVersion), 'ok'],
  ])('%s → %s', (_label, raw, kind) => {
    expect(loadSaved(raw, migrate, now).kind).toBe(kind);
  });

  it('reads what it understands of a newer version', () => {
    const loaded = loadSaved(saved({ answers: { esim: 'yes' }, futureField: 1 }, 99), migrate, now);
    expect(loaded).toMatchObject({ kind: 'newer', version: 99, progress: { answers: { esim: 'yes' } } });
  });

  it('a v1 save is migrated and says so', () => {
    const loaded = loadSaved(saved({ ticks: { checkStatus: { at } } }, 1), migrate, now);
    expect(loaded).toMatchObject({ kind: 'ok', migratedFrom: 1 });
    expect(loaded.progress.history).toHaveLength(1);
  });
});
