import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { mayApplyOn } from '../content/paths';
import type { Method } from '../content/types';
import { comingDates } from './coming';
import { evaluate, type ProgressInput } from './evaluate';
import { endRule, keepAliveRule, lineEnd } from './lineEnd';

/** A number from abroad, checked answer by answer: the list it gives, in order, task by task. */
const base = (p: Partial<ProgressInput> = {}): ProgressInput => ({ answers: {}, ticks: {}, method: null, confirmation: null, customEntries: [], ...p });
const tasks = checklist.groups.flatMap((g) => g.tasks);
const listed = (p: ProgressInput) => [...evaluate(checklist, p).tasks.values()].filter((s) => s.status !== 'notApplicable').map((s) => s.id);
/** Tasks only a mainland number has (one from abroad never shows them). */
const mainlandOnly = tasks.filter((t) => !mayApplyOn(checklist, t.when, 'abroad')).map((t) => t.id);

const operators: Readonly<Record<string, readonly (string | undefined)[]>> = {
  uk: ['giffgaff', 'lebara', 'ee', 'vodafone', 'three', 'other'],
  hk: [undefined],
  us: ['ultra', 'tmobile', 'other'],
  other: [undefined],
};
const combinations = Object.entries(operators).flatMap(([place, ops]) =>
  ops.flatMap((operator) =>
    (['prepaid', 'contract'] as const).flatMap((plan) =>
      (['lapse', 'close', 'port'] as const)
        .filter((method) => method !== 'lapse' || plan === 'prepaid')
        .flatMap((method) => (['yes', 'no'] as const).map((esim) => ({ place, operator, plan, method, esim }))),
    ),
  ),
);

/** The list the issue asks for, written out by hand: what the rules must give for these answers, in this order. */
function expectedList(c: (typeof combinations)[number]): string[] {
  const moving = c.method !== 'port';
  const steps: Record<Method, string[]> = { lapse: ['lapseStop'], close: ['closeFind', 'closeAsk'], port: ['portCode', 'portSubmit'], online: [], store: [] };
  return [
    'chooseEnd',
    'keepAlive',
    ...(c.place === 'hk' ? ['hkRealName'] : []),
    ...(moving ? ['rebind', 'twoStep'] : []),
    // A prepaid line's auto-renew and card, and its credit; a contract pays its final bill after it closes.
    ...(c.plan === 'prepaid' ? ['autoRenew', 'credit'] : []),
    ...(c.esim === 'yes' ? ['keepEsim'] : []),
    ...steps[c.method],
    'lineGone',
    ...(c.plan === 'contract' ? ['finalBillAbroad'] : []),
    c.esim === 'yes' ? 'abroadRemoveEsim' : 'abroadDestroySim',
    ...(moving ? ['abroadRecheck'] : []),
  ];
}

const answersOf = (c: (typeof combinations)[number]) => ({
  place: c.place,
  ...(c.place === 'uk' ? { ukOperator: c.operator } : c.place === 'us' ? { usOperator: c.operator } : {}),
  plan: c.plan,
  esim: c.esim,
});

describe('a number from abroad: every place × operator × plan × way of ending × eSIM', () => {
  it(`has ${combinations.length} combinations, lapsing only for prepaid lines`, () => {
    expect(combinations.length).toBe((6 + 1 + 3 + 1) * (3 + 2) * 2);
    for (const c of combinations.filter((x) => x.plan === 'contract')) {
      expect(evaluate(checklist, base({ answers: answersOf(c), method: 'lapse' })).method).toBeNull();
    }
  });

  it.each(combinations)('$place $operator $plan $method eSIM $esim: the list, task by task, in the safe order', (c) => {
    const p = base({ answers: answersOf(c), method: c.method });
    const e = evaluate(checklist, p);
    expect(e.method).toBe(c.method);
    expect(e.offered).toEqual(c.plan === 'prepaid' ? ['lapse', 'close', 'port'] : ['close', 'port']);
    expect(listed(p)).toEqual(expectedList(c));
    // Nothing a mainland number alone has: no ID card at a counter, no 一证通查, no 受理单.
    expect(listed(p).filter((id) => mainlandOnly.includes(id))).toEqual([]);
    // Everything asked is answered: the first thing left is a task, never a question.
    expect(e.next).toEqual({ kind: 'task', taskId: 'keepAlive' });
  });

  it.each(combinations.filter((c) => c.method !== 'port'))(
    '$place $operator $plan $method: the end waits until the accounts are moved (and a prepaid line’s auto-renew is off); the eSIM goes after it is gone',
    (c) => {
      const submit = c.method === 'lapse' ? 'lapseStop' : 'closeAsk';
      const eSimTask = c.esim === 'yes' ? 'abroadRemoveEsim' : 'abroadDestroySim';
      const protecting = ['rebind', 'twoStep', ...(c.plan === 'prepaid' ? ['autoRenew', 'credit'] : [])];
      const e = evaluate(checklist, base({ answers: answersOf(c), method: c.method }));
      expect(e.tasks.get(submit)?.status).toBe('cannotStart');
      const waits = e.tasks.get(submit)?.waitsOn.map((t) => (t.kind === 'task' ? t.taskId : t.questionId));
      for (const id of protecting) expect(waits).toContain(id);
      expect(e.tasks.get(eSimTask)?.status).toBe('cannotStart');

      // Everything before the end done (the accounts: every item marked not on this number).
      const items = [...e.listItems];
      const ticks = Object.fromEntries([...protecting.filter((id) => id !== 'rebind'), 'keepAlive', 'hkRealName', 'keepEsim', 'closeFind'].map((id) => [id, { at: 1 }]));
      const ready = base({ answers: answersOf(c), method: c.method, ticks: { ...ticks, ...Object.fromEntries(items.map((id) => [id, { at: 1, notUsed: true }])) } });
      expect(evaluate(checklist, ready).tasks.get(submit)?.status).toBe('notStarted');
      expect(evaluate(checklist, ready).readiness).toBe('ready');

      // Ended, not yet checked: deleting the eSIM still waits for the check that the line is gone.
      const ended = { ...ready, ticks: { ...ready.ticks, [submit]: { at: 1 } } };
      expect(evaluate(checklist, ended).tasks.get(eSimTask)?.waitsOn).toEqual([{ kind: 'task', taskId: 'lineGone' }]);
      const gone = evaluate(checklist, { ...ended, confirmation: { date: '2026-12-01', reference: '' } });
      expect(gone.readiness).toBe('confirmed');
      expect(gone.tasks.get(eSimTask)?.status).toBe('notStarted');
    },
  );

  it('porting keeps the accounts working: moving them, two-step and the re-check are not asked for', () => {
    const p = base({ answers: { place: 'uk', ukOperator: 'lebara', plan: 'prepaid', esim: 'yes' }, method: 'port' });
    const e = evaluate(checklist, p);
    for (const id of ['rebind', 'twoStep', 'abroadRecheck']) expect(e.tasks.get(id)?.status).toBe('notApplicable');
    expect(e.tasks.get('portCode')?.status).toBe('notStarted');
    // Asking for the code ends nothing; handing it over does, and waits for what still protects.
    expect(e.tasks.get('portSubmit')?.waitsOn).toContainEqual({ kind: 'task', taskId: 'autoRenew' });
  });
});

describe('the first question decides the list', () => {
  it('until it is answered, it is the one next thing and blocks first; the list meanwhile is a mainland number’s', () => {
    const e = evaluate(checklist, base());
    expect(listed(base())).toEqual(listed(base({ answers: { place: 'mainland' } })));
    expect(e.next).toEqual({ kind: 'question', questionId: 'place' });
    expect(e.blockers[0]).toEqual({ kind: 'question', questionId: 'place', reason: { kind: 'answerQuestion' } });
    expect(e.readiness).toBe('blocked');
    expect(e.offered).toEqual(['online', 'store']);
    // Even with everything else of a mainland list done, the submission waits for the answer.
    expect(e.questions[0]).toEqual({ id: 'place', asked: true, answer: null });
  });

  it('a mainland number asks the mainland questions and none about an operator abroad', () => {
    const e = evaluate(checklist, base({ answers: { place: 'mainland' } }));
    expect(e.questions.filter((q) => q.asked).map((q) => q.id)).toEqual(['place', 'unpaidBills', 'contract', 'balance', 'ownName', 'proxy', 'bundle', 'sharedDevice', 'lockedDevice', 'esim']);
    expect(e.offered).toEqual(['online', 'store']);
  });

  it('a number from the UK asks its operator and plan, and not the mainland questions', () => {
    const e = evaluate(checklist, base({ answers: { place: 'uk' } }));
    expect(e.questions.filter((q) => q.asked).map((q) => q.id)).toEqual(['place', 'ukOperator', 'plan', 'esim']);
    expect(evaluate(checklist, base({ answers: { place: 'hk' } })).questions.filter((q) => q.asked).map((q) => q.id)).toEqual(['place', 'plan', 'esim']);
  });

  it('changing it keeps the other path’s marks, and an account on both is one mark', () => {
    const ticks = { 'rebind.apple': { at: 1 }, 'rebind.qq': { at: 1 }, 'rebind.whatsapp': { at: 1 }, backup: { at: 1 } };
    const mainland = evaluate(checklist, base({ answers: { place: 'mainland' }, ticks }));
    const abroad = evaluate(checklist, base({ answers: { place: 'uk' }, ticks }));
    expect(mainland.listItems.has('rebind.apple') && abroad.listItems.has('rebind.apple')).toBe(true);
    expect(mainland.listItems.has('rebind.whatsapp')).toBe(false);
    expect(abroad.listItems.has('rebind.qq')).toBe(false);
    expect(mainland.tasks.get('rebind')?.list?.settled).toBe(2);
    expect(abroad.tasks.get('rebind')?.list?.settled).toBe(2);
    expect(mainland.tasks.get('backup')?.status).toBe('done');
    expect(abroad.tasks.get('backup')?.status).toBe('notApplicable');
  });

  it('each list has its own steps after the end: one list’s ticks there are no step done on the other', () => {
    const ticks = { abroadRemoveEsim: { at: 1 }, abroadRecheck: { at: 1 }, lapseStop: { at: 1 } };
    const mainland = evaluate(checklist, base({ answers: { place: 'mainland', esim: 'yes' }, ticks }));
    expect(mainland.tasks.get('removeEsim')?.status).toBe('cannotStart');
    expect(mainland.tasks.get('recheckBindings')?.status).toBe('cannotStart');
    expect(mainland.counts.done).toBe(0);
  });

  it('a mainland way of cancelling is not used on the other path (and the reverse)', () => {
    expect(evaluate(checklist, base({ answers: { place: 'uk', plan: 'prepaid' }, method: 'store' })).method).toBeNull();
    expect(evaluate(checklist, base({ answers: { place: 'mainland' }, method: 'lapse' })).method).toBeNull();
  });
});

describe('dates: about when the line ends, by operator', () => {
  const uk = (ukOperator: string) => ({ place: 'uk', ukOperator, plan: 'prepaid' });
  const from = { lastUse: '2026-03-01', cardExpiry: '2026-05-20', paymentDue: '2026-04-10', operatorEnd: '2026-06-30' };
  const gone = (answers: Readonly<Record<string, string | undefined>>, method: Method | null = null) => lineEnd(endRule(answers, method, from), from)?.goneAround;

  it('counts each operator’s period from the last chargeable use, the expiry or the payment not made', () => {
    expect(gone(uk('giffgaff'))).toBe('2026-09-01'); // 6 months
    expect(gone(uk('ee'))).toBe('2026-08-27'); // 179 days
    expect(gone(uk('vodafone'))).toBe('2026-11-26'); // 270 days
    expect(gone(uk('lebara'))).toBe('2026-05-30'); // about 90 days
    expect(gone({ place: 'hk', plan: 'prepaid' })).toBe('2026-05-20'); // the card's expiry
    expect(gone({ place: 'us', usOperator: 'ultra', plan: 'prepaid' })).toBe('2026-05-10'); // 30 days after the missed payment
  });

  it('takes the day the operator gives for another operator, a contract, closing and porting', () => {
    for (const answers of [uk('three'), uk('other'), { place: 'us', usOperator: 'tmobile', plan: 'prepaid' }, { place: 'other', plan: 'prepaid' }, { ...uk('giffgaff'), plan: 'contract' }]) {
      expect(keepAliveRule(answers)?.from).toBe('operatorEnd');
      expect(gone(answers)).toBe('2026-06-30');
    }
    expect(gone(uk('lebara'), 'close')).toBe('2026-06-30');
    expect(gone(uk('lebara'), 'port')).toBe('2026-06-30');
    expect(keepAliveRule({ place: 'mainland' })).toBeNull();
  });

  it('says how sure each figure is', () => {
    expect(keepAliveRule(uk('giffgaff'))?.sure).toBe('high');
    expect(keepAliveRule(uk('lebara'))?.sure).toBe('medium');
    expect(keepAliveRule(uk('vodafone'))?.sure).toBe('medium');
    expect(keepAliveRule(uk('three'))?.sure).toBeNull();
  });

  it('keeps it alive a month ahead (at the due payment for Ultra), and checks two weeks after', () => {
    expect(lineEnd(endRule(uk('lebara'), null), from)).toMatchObject({ keepAliveBy: '2026-04-30', goneCheck: '2026-06-13' });
    expect(lineEnd(endRule({ place: 'us', usOperator: 'ultra', plan: 'prepaid' }, null), from)).toMatchObject({ keepAliveBy: '2026-04-10' });
    expect(lineEnd(endRule({ place: 'hk', plan: 'prepaid' }, null), from)).toMatchObject({ keepAliveBy: '2026-05-06' });
    expect(lineEnd(endRule(uk('lebara'), null), {})).toBeNull();
  });

  it('a day to keep it alive by that has passed is not to come; a day the operator set has none', () => {
    const end = lineEnd(endRule(uk('lebara'), null), { lastUse: '2026-03-01' });
    const kinds = (today: string) => comingDates({ path: 'abroad', dates: {}, confirmedOn: null, submittedOn: null, recheck: true, end, keepingAlive: true, today }).map((c) => c.kind);
    expect(kinds('2026-04-01')).toEqual(['keepAliveBy', 'goneAround', 'goneCheck']);
    expect(kinds('2026-05-01')).toEqual(['goneAround', 'goneCheck']);
    const contract = lineEnd(endRule({ ...uk('ee'), plan: 'contract' }, 'close'), { operatorEnd: '2026-06-30' });
    // A line waiting to be ported still lapses until the operator gives the day it moves.
    expect(endRule(uk('lebara'), 'port', { lastUse: '2026-03-01' })).toMatchObject({ from: 'lastUse', lapses: true });
    expect(endRule(uk('lebara'), 'port', { lastUse: '2026-03-01', operatorEnd: '2026-04-02' })).toMatchObject({ from: 'operatorEnd', lapses: false });
    expect(contract?.rule).toMatchObject({ lapses: false, sure: null });
    expect(comingDates({ path: 'abroad', dates: {}, confirmedOn: null, submittedOn: null, recheck: true, end: contract, keepingAlive: true }).map((c) => c.kind)).toEqual(['goneAround', 'goneCheck']);
    expect(keepAliveRule({ place: 'other', plan: 'prepaid' })).toMatchObject({ from: 'operatorEnd', lapses: true });
  });

  it('a keep-alive moves every date; the list shows the reminder only while accounts are moving, and nothing mainland', () => {
    const end = lineEnd(endRule(uk('lebara'), null), { lastUse: '2026-03-01' });
    const later = lineEnd(endRule(uk('lebara'), null), { lastUse: '2026-03-20' });
    expect(later?.goneAround).not.toBe(end?.goneAround);
    const coming = (keepingAlive: boolean) =>
      comingDates({ path: 'abroad', dates: { lastUse: '2026-03-01', refundDue: '2026-04-01' }, confirmedOn: null, submittedOn: null, recheck: true, end, keepingAlive }).map((c) => c.kind);
    expect(coming(true)).toEqual(['keepAliveBy', 'goneAround', 'goneCheck']);
    expect(coming(false)).toEqual(['goneAround', 'goneCheck']);
    const checked = comingDates({ path: 'abroad', dates: {}, confirmedOn: '2026-06-01', submittedOn: '2026-03-01', recheck: true, end, keepingAlive: false });
    expect(checked).toEqual([{ kind: 'recheck', date: '2026-07-31' }]);
  });
});
