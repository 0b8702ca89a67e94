import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import type { Checklist } from '../content/types';
import { evaluate, type ProgressInput } from './evaluate';

const at = { at: 1_700_000_000_000 };
function tick(...ids: string[]): Record<string, unknown> {
  return Object.fromEntries(ids.map((id) => [id, at]));
}
function progress(p: Partial<ProgressInput> = {}): ProgressInput {
  return { answers: {}, ticks: {}, method: null, confirmation: null, ...p };
}
const status = (p: ProgressInput, id: string) => evaluate(checklist, p).steps.get(id)?.status;

/** Answers that make the fewest steps apply. */
const easyAnswers = { unpaidBills: 'no', contract: 'no', balance: 'no', ownName: 'yes', bundle: 'no', esim: 'no', proxy: 'no', device: 'no' };
const alwaysPrereqs = ['checkStatus', 'idDocument', 'accountInfo', 'backup', 'unbind', 'reachable'];
const onlinePrereqs = ['onlineOpen', 'onlineForm', 'onlineUpload'];
const storePrereqs = ['storeBring', 'storeAsk'];
const readyOnline = progress({ answers: easyAnswers, method: 'online', ticks: tick(...alwaysPrereqs, ...onlinePrereqs) });

describe('which steps apply', () => {
  it.each([
    // question, answer, step, expected status
    ['unpaidBills', 'yes', 'settleBills', 'todo'],
    ['unpaidBills', 'no', 'settleBills', 'notApplicable'],
    ['unpaidBills', 'unsure', 'settleBills', 'todo'],
    ['contract', 'no', 'endContract', 'notApplicable'],
    ['contract', 'no', 'contractPapers', 'notApplicable'],
    ['contract', 'yes', 'contractPapers', 'todo'],
    ['balance', 'no', 'handleBalance', 'notApplicable'],
    ['balance', 'yes', 'handleBalance', 'todo'],
    ['bundle', 'yes', 'splitBundle', 'todo'],
    ['esim', 'yes', 'keepEsim', 'todo'],
    ['esim', 'no', 'keepEsim', 'notApplicable'],
    ['device', 'unsure', 'deviceUnlock', 'todo'],
  ] as const)('%s = %s → %s is %s', (question, answer, step, expected) => {
    expect(status(progress({ answers: { [question]: answer } }), step)).toBe(expected);
  });

  it('an unanswered question leaves its steps waiting on the answer, with the reason', () => {
    const e = evaluate(checklist, progress());
    const s = e.steps.get('settleBills');
    expect(s?.status).toBe('cannotStart');
    expect(s?.reasons[0]?.en).toContain('Are there unpaid bills on this number?');
    expect(s?.reasons[0]?.zh).toContain('这个号码有未结清账单吗？');
  });

  it.each([
    [{ ownName: 'yes', proxy: 'no' }, 'notApplicable'],
    [{ ownName: 'no', proxy: 'no' }, 'todo'],
    [{ ownName: 'yes', proxy: 'yes' }, 'todo'],
    [{ ownName: 'unsure', proxy: 'no' }, 'todo'],
    [{ ownName: 'no' }, 'todo'],
    [{ ownName: 'yes' }, 'cannotStart'],
    [{}, 'cannotStart'],
  ])('authorisation with %o is %s', (answers, expected) => {
    expect(status(progress({ answers }), 'authorisation')).toBe(expected);
  });

  it('"not sure" applies the step, marks why, and says so in the blocker', () => {
    const e = evaluate(checklist, progress({ answers: { unpaidBills: 'unsure' } }));
    expect(e.steps.get('settleBills')?.becauseUnsure).toEqual(['unpaidBills']);
    const blocker = e.blockers.find((b) => b.kind === 'step' && b.stepId === 'settleBills');
    expect(blocker?.reason.en).toMatch(/not sure/);
    expect(blocker?.reason.zh).toContain('不确定');
  });

  it('only the chosen method’s branch counts; none chosen, neither does', () => {
    const none = evaluate(checklist, progress());
    expect(none.steps.get('onlineForm')?.status).toBe('notApplicable');
    expect(none.steps.get('storeBring')?.status).toBe('notApplicable');
    const store = evaluate(checklist, progress({ method: 'store' }));
    expect(store.steps.get('storeBring')?.status).toBe('todo');
    expect(store.steps.get('onlineForm')?.status).toBe('notApplicable');
  });

  it('switching method keeps the other branch’s ticks but stops counting them', () => {
    const ticks = tick('storeBring', 'storeAsk');
    const inStore = evaluate(checklist, progress({ method: 'store', ticks }));
    const online = evaluate(checklist, progress({ method: 'online', ticks }));
    const back = evaluate(checklist, progress({ method: 'store', ticks }));
    expect(inStore.steps.get('storeBring')?.status).toBe('done');
    expect(online.steps.get('storeBring')?.status).toBe('notApplicable');
    expect(online.stages.find((s) => s.id === 'method')?.done).toBe(0);
    expect(back.steps.get('storeBring')?.status).toBe('done');
    expect(back.stages.find((s) => s.id === 'method')?.done).toBe(2);
  });
});

describe('blockers and readiness', () => {
  it('a fresh start is blocked, questions first, in stage order', () => {
    const e = evaluate(checklist, progress());
    expect(e.readiness).toBe('blocked');
    expect(e.blockers.slice(0, 3).map((b) => (b.kind === 'question' ? b.questionId : b.kind))).toEqual([
      'unpaidBills',
      'contract',
      'balance',
    ]);
    expect(e.next).toEqual({ kind: 'question', stageId: 'eligibility', questionId: 'unpaidBills' });
  });

  it('orders questions, then the method choice, then steps, with the method branch last', () => {
    const e = evaluate(checklist, progress({ method: null, answers: { ...easyAnswers, device: undefined } }));
    expect(e.blockers.map((b) => b.kind)).toEqual(['question', 'method', ...alwaysPrereqs.map(() => 'step')]);
    const online = evaluate(checklist, progress({ method: 'online', answers: easyAnswers }));
    expect(online.blockers.map((b) => (b.kind === 'step' ? b.stepId : b.kind))).toEqual([...alwaysPrereqs, ...onlinePrereqs]);
  });

  it('every blocker has a one-line reason in both languages', () => {
    for (const b of evaluate(checklist, progress({ method: 'store', answers: { contract: 'yes' } })).blockers) {
      expect(b.reason.zh.trim()).not.toBe('');
      expect(b.reason.en.trim()).not.toBe('');
      expect(b.reason.en).not.toContain('\n');
    }
  });

  it('the submission step cannot start until every prerequisite is met, then it is next', () => {
    const almost = progress({ ...readyOnline, ticks: tick(...alwaysPrereqs, 'onlineOpen', 'onlineForm') });
    const blocked = evaluate(checklist, almost);
    expect(blocked.readiness).toBe('blocked');
    expect(blocked.steps.get('onlineSubmit')?.status).toBe('cannotStart');
    expect(blocked.steps.get('onlineSubmit')?.reasons[0]?.en).toBe('1 thing must be done first (see the list above)');
    expect(blocked.next).toEqual({ kind: 'step', stageId: 'method', stepId: 'onlineUpload' });

    const ready = evaluate(checklist, readyOnline);
    expect(ready.readiness).toBe('ready');
    expect(ready.blockers).toEqual([]);
    expect(ready.steps.get('onlineSubmit')?.status).toBe('todo');
    expect(ready.next).toEqual({ kind: 'step', stageId: 'method', stepId: 'onlineSubmit' });
  });

  it('in store, handing in the form is the submission', () => {
    const p = progress({ answers: easyAnswers, method: 'store', ticks: tick(...alwaysPrereqs, ...storePrereqs) });
    expect(evaluate(checklist, p).readiness).toBe('ready');
    const submitted = evaluate(checklist, { ...p, ticks: { ...p.ticks, ...tick('storeSubmit') } });
    expect(submitted.readiness).toBe('submitted');
    expect(submitted.next).toEqual({ kind: 'step', stageId: 'method', stepId: 'storeCertificate' });
  });

  it('after submission: follow-ups in order, then the operator’s confirmation', () => {
    const submitted = { ...readyOnline, ticks: { ...readyOnline.ticks, ...tick('onlineSubmit') } };
    const e = evaluate(checklist, submitted);
    expect(e.readiness).toBe('submitted');
    expect(e.blockers).toEqual([]);
    expect(e.steps.get('onlineReview')?.status).toBe('todo');
    expect(e.steps.get('onlineCheck')?.status).toBe('cannotStart');
    expect(e.next).toEqual({ kind: 'step', stageId: 'method', stepId: 'onlineReview' });
    const reviewed = evaluate(checklist, { ...submitted, ticks: { ...submitted.ticks, ...tick('onlineReview', 'onlineCheck') } });
    expect(reviewed.next).toEqual({ kind: 'step', stageId: 'method', stepId: 'operatorConfirmed' });
  });

  it('ticking everything is not cancelled: only the operator’s confirmation with a date is', () => {
    const all = { ...readyOnline, ticks: { ...readyOnline.ticks, ...tick('onlineSubmit', 'onlineReview', 'onlineCheck', 'operatorConfirmed') } };
    expect(evaluate(checklist, all).readiness).toBe('submitted');
    expect(evaluate(checklist, { ...all, confirmation: { date: '', reference: 'X' } }).readiness).toBe('submitted');
    const confirmed = evaluate(checklist, { ...all, confirmation: { date: '2026-11-24', reference: '' } });
    expect(confirmed.readiness).toBe('confirmed');
    expect(confirmed.steps.get('operatorConfirmed')?.status).toBe('done');
    expect(confirmed.done).toBe(confirmed.applicable);
    expect(confirmed.next).toBeNull();
  });

  it('the confirmation and follow-ups wait for the submission', () => {
    const e = evaluate(checklist, readyOnline);
    expect(e.steps.get('operatorConfirmed')?.status).toBe('cannotStart');
    expect(e.steps.get('operatorConfirmed')?.reasons[0]?.en).toBe('Submit the cancellation first');
    expect(e.steps.get('onlineReview')?.status).toBe('cannotStart');
  });

  it('a prerequisite unticked after submission becomes a warning, not a silent drop', () => {
    const ticks: Record<string, unknown> = { ...readyOnline.ticks, ...tick('onlineSubmit') };
    delete ticks.unbind;
    const e = evaluate(checklist, { ...readyOnline, ticks });
    expect(e.readiness).toBe('submitted');
    expect(e.blockers).toEqual([]);
    expect(e.warnings.map((w) => (w.kind === 'step' ? w.stepId : w.kind))).toEqual(['unbind']);
    const confirmed = evaluate(checklist, { ...readyOnline, ticks, confirmation: { date: '2026-11-24' } });
    expect(confirmed.readiness).toBe('confirmed');
    expect(confirmed.warnings).toHaveLength(1);
  });

  it('a refund to follow keeps the list open after confirmation', () => {
    const answers = { ...easyAnswers, balance: 'yes' };
    const ticks = tick(...alwaysPrereqs, ...onlinePrereqs, 'handleBalance', 'onlineSubmit', 'onlineReview', 'onlineCheck');
    const e = evaluate(checklist, progress({ answers, method: 'online', ticks, confirmation: { date: '2026-11-24' } }));
    expect(e.readiness).toBe('confirmed');
    expect(e.next).toEqual({ kind: 'step', stageId: 'care', stepId: 'followRefund' });
  });
});

describe('stage status and counts', () => {
  it('goes not started → in progress → done', () => {
    const stage = (p: ProgressInput) => evaluate(checklist, p).stages.find((s) => s.id === 'eligibility');
    expect(stage(progress())?.status).toBe('notStarted');
    expect(stage(progress({ answers: { unpaidBills: 'no' } }))?.status).toBe('inProgress');
    const done = stage(progress({ answers: easyAnswers, ticks: tick('checkStatus') }));
    expect(done).toMatchObject({ status: 'done', done: 1, applicable: 1 });
  });

  it('counts done of applicable, per stage and overall', () => {
    const e = evaluate(checklist, readyOnline);
    expect(e.stages.map((s) => [s.id, s.done, s.applicable])).toEqual([
      ['eligibility', 1, 1],
      ['materials', 2, 2],
      ['method', 3, 7],
      ['care', 3, 3],
    ]);
    expect([e.done, e.applicable]).toEqual([9, 13]);
  });

  it('the method stage is done only with the operator’s confirmation', () => {
    const ticks = { ...readyOnline.ticks, ...tick('onlineSubmit', 'onlineReview', 'onlineCheck') };
    const e = (confirmation: unknown) => evaluate(checklist, { ...readyOnline, ticks, confirmation }).stages.find((s) => s.id === 'method')?.status;
    expect(e(null)).toBe('inProgress');
    expect(e({ date: '2026-11-24' })).toBe('done');
  });

  it('a stage whose every step waits says "cannot start yet", with the reasons', () => {
    const small: Checklist = {
      ...checklist,
      stages: [
        { id: 'a', title: { zh: '甲', en: 'A' }, questions: [], choosesMethod: true, steps: [
          { id: 's', kind: 'submit', when: { method: 'online' }, title: { zh: '交', en: 'Submit' }, why: { zh: '因', en: 'why' } },
        ] },
        { id: 'b', title: { zh: '乙', en: 'B' }, questions: [], steps: [
          { id: 'f', kind: 'followUp', title: { zh: '跟', en: 'Follow' }, why: { zh: '因', en: 'why' } },
        ] },
        { id: 'c', title: { zh: '丙', en: 'C' }, questions: [], steps: [
          { id: 'o', kind: 'prerequisite', when: { method: 'store' }, title: { zh: '店', en: 'Store' }, why: { zh: '因', en: 'why' } },
        ] },
      ],
    };
    const e = evaluate(small, progress({ method: 'online' }));
    expect(e.stages.map((s) => s.status)).toEqual(['inProgress', 'cannotStart', 'notApplicable']);
    expect(e.stages[1]?.reasons.map((r) => r.en)).toEqual(['Submit the cancellation first']);
  });
});

describe('robustness', () => {
  it('ignores unknown step ids, unknown answers, a foreign method and odd confirmation values', () => {
    const odd = progress({
      answers: { unpaidBills: 'maybe', nonsense: 'yes', contract: 42 },
      ticks: { ghost: at, constructor: at, __proto__: at, checkStatus: true, idDocument: null },
      method: 'fax',
      confirmation: { date: 7 },
    });
    const e = evaluate(checklist, odd);
    expect(e.answers.size).toBe(0);
    expect(e.method).toBeNull();
    expect(e.steps.get('checkStatus')?.status).toBe('todo');
    expect(e.steps.has('ghost')).toBe(false);
    expect(e.readiness).toBe('blocked');
    expect(evaluate(checklist, odd)).toEqual(e);
  });

  it('an evaluation started from inside another (a getter in the progress) leaves the outer one intact', () => {
    const nested: ReturnType<typeof evaluate>[] = [];
    const ticks = tick('checkStatus', 'idDocument', 'backup');
    const sneaky = progress({
      answers: { unpaidBills: 'yes', contract: 'unsure' },
      method: 'store',
      ticks: new Proxy(ticks, {
        get(target, key, receiver) {
          // Once, partway through the outer evaluation: a different progress over the same checklist.
          if (key === 'backup' && nested.length === 0) nested.push(evaluate(checklist, readyOnline));
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
    });
    const outer = evaluate(checklist, sneaky);
    expect(nested).toHaveLength(1);
    expect(nested[0]).toEqual(evaluate(checklist, readyOnline));
    expect(outer).toEqual(evaluate(checklist, { ...sneaky, ticks }));
  });
});
