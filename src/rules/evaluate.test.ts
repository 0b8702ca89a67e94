import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { mayApplyOn } from '../content/paths';
import { methods, optionsOf, type Checklist } from '../content/types';
import { listItemsById, tickableTaskIds } from '../content/lookups';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../test/fixtures';
import { evaluate, type Evaluation, type ProgressInput } from './evaluate';

const at = { at: 1 };

/** Progress with everything unset except what a test gives. */
function progress(p: Partial<ProgressInput> = {}): ProgressInput {
  return { answers: {}, ticks: {}, method: null, confirmation: null, customEntries: [], ...p };
}

const listIds = (taskId: string) => {
  const task = checklist.groups.flatMap((g) => g.tasks).find((t) => t.id === taskId);
  // The mainland list's items: a number from abroad's are not on it.
  return (task?.list ?? []).flatMap((g) => g.items.filter((i) => mayApplyOn(checklist, i.when, 'mainland')).map((i) => `${taskId}.${i.id}`));
};
const settle = (ids: readonly string[], tick: object = at) => Object.fromEntries(ids.map((id) => [id, tick]));

/** Every prerequisite of a person with no special case, done, in a store. */
function readyInStore(extra: Partial<ProgressInput> = {}): ProgressInput {
  return progress({
    answers: nothingSpecial,
    method: 'store',
    ticks: { ...settle(plainTasksBeforeStoreSubmission), ...settle(listIds('rebind')), ...settle(listIds('stopAutoPay'), { at: 1, notUsed: true }) },
    ...extra,
  });
}

const status = (e: Evaluation, id: string) => e.tasks.get(id)?.status;

describe('conditions: what applies', () => {
  it('a task whose question is unanswered waits on it, and names the question', () => {
    const e = evaluate(checklist, progress());
    expect(status(e, 'settleBills')).toBe('cannotStart');
    expect(e.tasks.get('settleBills')?.reasons).toEqual([{ kind: 'waitsForAnswer', questionId: 'unpaidBills' }]);
    expect(e.tasks.get('settleBills')?.waitsOn).toEqual([{ kind: 'question', questionId: 'unpaidBills' }]);
  });

  it('"yes" makes it apply, "no" takes it away', () => {
    expect(status(evaluate(checklist, progress({ answers: { unpaidBills: 'yes' } })), 'settleBills')).toBe('notStarted');
    expect(status(evaluate(checklist, progress({ answers: { unpaidBills: 'no' } })), 'settleBills')).toBe('notApplicable');
  });

  it('"not sure" keeps it, and says which question made it stay', () => {
    const e = evaluate(checklist, progress({ answers: { unpaidBills: 'unsure' } }));
    expect(status(e, 'settleBills')).toBe('notStarted');
    expect(e.tasks.get('settleBills')?.becauseUnsure).toEqual(['unpaidBills']);
  });

  it('a task for a "no" answer applies on "no" (not in own name → the authorisation)', () => {
    const e = evaluate(checklist, progress({ answers: { ownName: 'no', proxy: 'no' } }));
    expect(status(e, 'authorisation')).toBe('notStarted');
  });

  it('"any of": one "yes" is enough; all "no" takes it away; an open one keeps it waiting', () => {
    expect(status(evaluate(checklist, progress({ answers: { ownName: 'yes', proxy: 'yes' } })), 'authorisation')).toBe('notStarted');
    expect(status(evaluate(checklist, progress({ answers: { ownName: 'yes', proxy: 'no' } })), 'authorisation')).toBe('notApplicable');
    const open = evaluate(checklist, progress({ answers: { ownName: 'yes' } }));
    expect(open.tasks.get('authorisation')?.waitsOn).toEqual([{ kind: 'question', questionId: 'proxy' }]);
  });

  it('a question asked only after another: not asked until then, and its tasks follow it', () => {
    const before = evaluate(checklist, progress({ answers: { balance: 'no', refund: 'yes' } }));
    expect(before.questions.find((q) => q.id === 'refund')?.asked).toBe(false);
    expect(status(before, 'refundReceived')).toBe('notApplicable');
    const after = evaluate(checklist, progress({ answers: { balance: 'yes', refund: 'yes' } }));
    expect(after.questions.find((q) => q.id === 'refund')?.asked).toBe(true);
    expect(status(after, 'refundReceived')).toBe('cannotStart');
    const chose = evaluate(checklist, progress({ answers: { balance: 'yes', refund: 'no' } }));
    expect(status(chose, 'refundReceived')).toBe('notApplicable');
  });

  it('a method’s tasks apply only once that method is chosen', () => {
    expect(status(evaluate(checklist, progress()), 'onlineOpen')).toBe('notApplicable');
    expect(status(evaluate(checklist, progress({ method: 'online' })), 'onlineOpen')).toBe('notStarted');
    expect(status(evaluate(checklist, progress({ method: 'online' })), 'storeFind')).toBe('notApplicable');
  });

  it('the online caution shows for someone who is not the holder or goes for them', () => {
    expect(evaluate(checklist, progress({ answers: { ownName: 'yes', proxy: 'no' } })).cautions).toEqual([]);
    expect(evaluate(checklist, progress({ answers: { ownName: 'no' } })).cautions).toEqual(['online']);
    expect(evaluate(checklist, progress({ answers: { proxy: 'unsure' } })).cautions).toEqual(['online']);
  });
});

describe('what is done', () => {
  it('a plain task is done when ticked; the method task when a method is chosen', () => {
    const e = evaluate(checklist, progress({ ticks: { backup: at }, method: 'online' }));
    expect(status(e, 'backup')).toBe('done');
    expect(status(e, 'chooseMethod')).toBe('done');
  });

  it('a list task is done when every item is done or not used; part-way it is in progress', () => {
    const ids = listIds('rebind');
    expect(ids.length).toBeGreaterThanOrEqual(30);
    const half = evaluate(checklist, progress({ ticks: settle(ids.slice(0, 5)) }));
    expect(status(half, 'rebind')).toBe('inProgress');
    expect(half.tasks.get('rebind')?.list).toEqual({ settled: 5, total: ids.length });
    const all = evaluate(checklist, progress({ ticks: { ...settle(ids.slice(0, 5)), ...settle(ids.slice(5), { at: 1, notUsed: true }) } }));
    expect(status(all, 'rebind')).toBe('done');
  });

  it('own entries count toward the list the same way', () => {
    const ticks = settle(listIds('rebind'));
    const open = evaluate(checklist, progress({ ticks, customEntries: [{ id: 'x1' }] }));
    expect(status(open, 'rebind')).toBe('inProgress');
    const done = evaluate(checklist, progress({ ticks: { ...ticks, 'custom.x1': at }, customEntries: [{ id: 'x1' }] }));
    expect(status(done, 'rebind')).toBe('done');
  });

  it('a tick on the list task itself does not make it done', () => {
    expect(status(evaluate(checklist, progress({ ticks: { rebind: at } })), 'rebind')).toBe('notStarted');
  });
});

describe('what blocks the submission, and readiness', () => {
  it('on a first visit: blocked by the questions and the tasks, and the next step is the first question', () => {
    const e = evaluate(checklist, progress());
    expect(e.readiness).toBe('blocked');
    // Where the number is from comes first: it decides the list.
    expect(e.blockers[0]).toEqual({ kind: 'question', questionId: 'place', reason: { kind: 'answerQuestion' } });
    expect(e.blockers[1]).toEqual({ kind: 'question', questionId: 'unpaidBills', reason: { kind: 'answerQuestion' } });
    expect(e.next).toEqual({ kind: 'question', questionId: 'place' });
  });

  it('a question that decides only what comes after does not block (the refund)', () => {
    const e = evaluate(checklist, readyInStore({ answers: { ...nothingSpecial, balance: 'yes' }, ticks: { ...readyInStore().ticks, handleBalance: at } }));
    expect(e.blockers).toEqual([]);
    expect(e.readiness).toBe('ready');
    expect(e.next).toEqual({ kind: 'question', questionId: 'refund' });
  });

  it('with every prerequisite done, it is ready and the next task is the submission', () => {
    const e = evaluate(checklist, readyInStore());
    expect(e.blockers).toEqual([]);
    expect(e.readiness).toBe('ready');
    expect(status(e, 'storeSubmit')).toBe('notStarted');
    expect(e.next).toEqual({ kind: 'task', taskId: 'storeSubmit' });
  });

  it('one undone prerequisite blocks, with its reason; the submission says how many and links to them', () => {
    const ready = readyInStore();
    const e = evaluate(checklist, { ...ready, ticks: { ...ready.ticks, backup: undefined } });
    expect(e.readiness).toBe('blocked');
    expect(e.blockers).toEqual([{ kind: 'task', taskId: 'backup', reason: { kind: 'why', taskId: 'backup', unsure: false } }]);
    expect(e.tasks.get('storeSubmit')?.reasons).toEqual([{ kind: 'waitsForPrerequisites', count: 1 }]);
    expect(e.tasks.get('storeSubmit')?.waitsOn).toEqual([{ kind: 'task', taskId: 'backup' }]);
  });

  it('no method chosen blocks, through the method task', () => {
    const e = evaluate(checklist, readyInStore({ method: null }));
    expect(e.blockers.map((b) => b.kind === 'task' && b.taskId)).toEqual(['chooseMethod']);
  });

  it('a "not sure" blocker says so', () => {
    const e = evaluate(checklist, readyInStore({ answers: { ...nothingSpecial, bundle: 'unsure' } }));
    const blocker = e.blockers.find((b) => b.kind === 'task' && b.taskId === 'splitBundle');
    expect(blocker?.reason).toMatchObject({ kind: 'why', unsure: true });
  });

  it('submitted: no blockers; an unticked prerequisite becomes a warning; the after tasks can start', () => {
    const ready = readyInStore();
    const e = evaluate(checklist, { ...ready, ticks: { ...ready.ticks, storeSubmit: at, backup: undefined } });
    expect(e.readiness).toBe('submitted');
    expect(e.blockers).toEqual([]);
    expect(e.warnings.map((w) => w.kind === 'task' && w.taskId)).toEqual(['backup']);
    expect(status(e, 'keepProof')).toBe('notStarted');
    expect(status(e, 'operatorConfirmed')).toBe('notStarted');
  });

  it('confirmed needs the submission and a date; a confirmation without a submission does not count', () => {
    const ready = readyInStore();
    const confirmed = evaluate(checklist, { ...ready, ticks: { ...ready.ticks, storeSubmit: at }, confirmation: { date: '2026-11-20' } });
    expect(confirmed.readiness).toBe('confirmed');
    expect(status(confirmed, 'operatorConfirmed')).toBe('done');
    const early = evaluate(checklist, { ...ready, confirmation: { date: '2026-11-20' } });
    expect(early.readiness).toBe('ready');
    expect(status(early, 'operatorConfirmed')).toBe('cannotStart');
    expect(evaluate(checklist, { ...ready, ticks: { ...ready.ticks, storeSubmit: at }, confirmation: { date: ' ' } }).readiness).toBe('submitted');
  });

  it('the submission of the other method does not count', () => {
    const ready = readyInStore();
    expect(evaluate(checklist, { ...ready, ticks: { ...ready.ticks, onlineSubmit: at } }).readiness).toBe('ready');
  });
});

describe('waiting on other tasks', () => {
  it('after tasks wait for the submission before it happens', () => {
    const e = evaluate(checklist, readyInStore());
    expect(e.tasks.get('keepProof')?.reasons).toEqual([{ kind: 'waitsForSubmission' }]);
    expect(e.tasks.get('keepProof')?.waitsOn).toEqual([{ kind: 'task', taskId: 'storeSubmit' }]);
  });

  it('a task that requires another waits until it is done (delete the eSIM after the confirmation)', () => {
    const ready = readyInStore({ answers: { ...nothingSpecial, esim: 'yes' } });
    const ticks = { ...ready.ticks, keepEsim: at, storeSubmit: at };
    const waiting = evaluate(checklist, { ...ready, ticks });
    expect(status(waiting, 'removeEsim')).toBe('cannotStart');
    expect(waiting.tasks.get('removeEsim')?.waitsOn).toEqual([{ kind: 'task', taskId: 'operatorConfirmed' }]);
    const free = evaluate(checklist, { ...ready, ticks, confirmation: { date: '2026-11-20' } });
    expect(status(free, 'removeEsim')).toBe('notStarted');
  });
  it('a task already done stays done when what it waited on is undone (the person’s tick is never hidden)', () => {
    const ready = readyInStore();
    const e = evaluate(checklist, { ...ready, ticks: { ...ready.ticks, keepProof: at } });
    expect(e.readiness).toBe('ready');
    expect(status(e, 'keepProof')).toBe('done');
  });
});

describe('groups, counts and the next task', () => {
  it('counts: left is total − done, for the whole list and each group', () => {
    const e = evaluate(checklist, readyInStore());
    expect(e.counts.left).toBe(e.counts.total - e.counts.done);
    expect(e.groups.reduce((n, g) => n + g.total, 0)).toBe(e.counts.total);
    expect(e.groups.reduce((n, g) => n + g.done, 0)).toBe(e.counts.done);
  });

  it('group status: done, in progress, not started, and cannot start with its reason', () => {
    const e = evaluate(checklist, readyInStore());
    const group = (id: string) => e.groups.find((g) => g.id === id);
    expect(group('check')?.status).toBe('done');
    expect(group('cancel')?.status).toBe('inProgress');
    expect(group('after')?.status).toBe('cannotStart');
    expect(group('after')?.reasons).toEqual([{ kind: 'waitsForSubmission' }]);
    expect(evaluate(checklist, progress({ answers: nothingSpecial })).groups.find((g) => g.id === 'check')?.status).toBe('notStarted');
  });

  it('the next task is the first in work order that can be done', () => {
    const e = evaluate(checklist, progress({ answers: nothingSpecial, ticks: { decide: at } }));
    expect(e.next).toEqual({ kind: 'task', taskId: 'checkStatus' });
  });

  it('when everything is done there is no next task', () => {
    const ready = readyInStore();
    const ticks = { ...ready.ticks, storeSubmit: at, keepProof: at, destroySim: at, recheckBindings: at };
    const e = evaluate(checklist, { ...ready, ticks, confirmation: { date: '2026-11-20' } });
    expect(e.counts.left).toBe(0);
    expect(e.next).toBeNull();
  });
});

describe('input it does not trust', () => {
  it('ignores unknown ids, junk values and inherited keys', () => {
    const junk = progress({
      answers: { unpaidBills: 'maybe', __proto__: 'yes' },
      ticks: { backup: true, decide: null, toString: at },
      method: 'fax',
      confirmation: { date: 42 },
    });
    expect(evaluate(checklist, junk)).toEqual(evaluate(checklist, progress()));
  });

  it('a condition on a question the content does not ask never applies', () => {
    const odd: Checklist = {
      ...checklist,
      groups: [{ id: 'g', phase: 'before', tasks: [{ id: 't', kind: 'prerequisite', when: { question: 'ghost', is: 'yes' } }] }],
    };
    expect(evaluate(odd, progress()).tasks.get('t')?.status).toBe('notApplicable');
  });
});

describe('nothing irreversible before the person is protected', () => {
  const all = checklist.groups.flatMap((g) => g.tasks);
  const committing = all.filter((t) => t.commits);
  const protecting = all.filter((t) => t.protects);

  it('the gate holds for every answer set, method and set of ticks: no committing step can start while a protection that applies is open', () => {
    const answersArb = fc.record(Object.fromEntries(checklist.questions.map((q) => [q.id, fc.constantFrom(...optionsOf(q), null)])));
    const tickIds = [...tickableTaskIds, ...listItemsById.keys()];
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...methods), fc.subarray(tickIds), (answers, method, ticked) => {
        const e = evaluate(checklist, progress({ answers: Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== null)), method, ticks: settle(ticked) }));
        if (e.submission) return; // after the submission the gate has nothing left to hold back
        const openProtection = protecting.filter((p) => !['done', 'notApplicable'].includes(status(e, p.id) ?? ''));
        for (const step of committing) {
          const s = status(e, step.id);
          if (openProtection.length > 0 && (s === 'notStarted' || s === 'inProgress')) {
            throw new Error(`${step.id} can start while ${openProtection.map((p) => p.id).join(', ')} ${openProtection.length === 1 ? 'is' : 'are'} open`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the store way: asking by phone stays open; the counter waits for the backup, and says what protects the person', () => {
    const ticks = Object.fromEntries(Object.entries(readyInStore().ticks).filter(([id]) => id !== 'backup' && id !== 'storeAsk'));
    const e = evaluate(checklist, readyInStore({ ticks }));
    expect(status(e, 'storeFind')).not.toBe('cannotStart');
    expect(status(e, 'storeAsk')).toBe('cannotStart');
    expect(e.tasks.get('storeAsk')?.reasons).toEqual([{ kind: 'waitsForProtection', taskIds: ['backup'] }]);
    expect(e.tasks.get('storeAsk')?.waitsOn).toEqual([{ kind: 'task', taskId: 'backup' }]);
  });

  it('with unpaid bills, re-binding waits for settling them; marking single accounts still counts', () => {
    const owing = progress({ answers: { ...nothingSpecial, unpaidBills: 'yes' } });
    expect(status(evaluate(checklist, owing), 'rebind')).toBe('cannotStart');
    expect(evaluate(checklist, owing).tasks.get('rebind')?.reasons).toEqual([{ kind: 'waitsForTask', taskId: 'settleBills' }]);
    const marked = evaluate(checklist, { ...owing, ticks: settle(listIds('rebind').slice(0, 3)) });
    expect(marked.tasks.get('rebind')?.list?.settled).toBe(3);
    expect(status(evaluate(checklist, { ...owing, ticks: { settleBills: at } }), 'rebind')).toBe('notStarted');
  });
});

describe('the three wrong changes a review found unguarded', () => {
  it('a group where only some tasks wait is not "cannot start"', () => {
    const e = evaluate(checklist, progress({ answers: nothingSpecial }));
    const check = e.groups.find((g) => g.id === 'check');
    expect(check?.status).toBe('notStarted');
    // Only the questions-bound tasks wait in a group whose other tasks can start.
    const waitingOnly = evaluate(checklist, progress());
    expect(waitingOnly.groups.find((g) => g.id === 'check')?.status).toBe('notStarted');
  });

  it('the next step does not skip a task in progress', () => {
    const ticks = { ...settle(['decide', 'checkStatus', 'idDocument', 'accountInfo', 'backup']), ...settle(listIds('rebind').slice(0, 2)) };
    const e = evaluate(checklist, progress({ answers: nothingSpecial, ticks }));
    expect(status(e, 'rebind')).toBe('inProgress');
    expect(e.next).toEqual({ kind: 'task', taskId: 'rebind' });
  });

  it('an "any of" met only by "not sure" is not taken as certain', () => {
    const e = evaluate(checklist, progress({ answers: { ...nothingSpecial, ownName: 'unsure', proxy: 'no' } }));
    expect(status(e, 'authorisation')).not.toBe('notApplicable');
    expect(e.tasks.get('authorisation')?.becauseUnsure).toEqual(['ownName']);
  });
});

describe('the submission, its day and what follows it', () => {
  const submittedAt = new Date(2026, 10, 20, 15, 0).getTime();
  const submitted = (extra: Partial<ProgressInput> = {}) => readyInStore({ ticks: { ...readyInStore().ticks, storeSubmit: { at: submittedAt } }, ...extra });

  it('is the chosen way’s, on the day ticked unless another day is written down', () => {
    expect(evaluate(checklist, submitted()).submission).toEqual({ taskId: 'storeSubmit', on: '2026-11-20' });
    expect(evaluate(checklist, submitted({ dates: { submitted: '2026-11-18' } })).submission?.on).toBe('2026-11-18');
    expect(evaluate(checklist, submitted({ method: 'online' })).submission).toBeNull();
  });

  it('flags a confirmation dated before the submission (saved by an earlier version): shown, not dropped', () => {
    const e = evaluate(checklist, submitted({ confirmation: { date: '2026-11-10', reference: '' } }));
    expect(e.flags).toEqual(['confirmationBeforeSubmission']);
    expect(e.readiness).toBe('confirmed');
  });

  it('the re-check says it is early until its day (today is an input)', () => {
    const confirmed = submitted({ confirmation: { date: '2026-11-25', reference: '' } });
    expect(evaluate(checklist, confirmed, '2026-11-25').tasks.get('recheckBindings')?.earlyUntil).toBe('2027-01-24');
    expect(evaluate(checklist, confirmed, '2027-01-24').tasks.get('recheckBindings')?.earlyUntil).toBeNull();
    expect(evaluate(checklist, confirmed).tasks.get('recheckBindings')?.earlyUntil).toBeNull();
  });
});
