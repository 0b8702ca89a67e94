// @vitest-environment node
import { bench, describe } from 'vitest';
import { checklist } from '../content/checklist';
import { evaluate, type ProgressInput } from './evaluate';

/** A person part-way through: every question answered, a third of the tasks and half the accounts ticked, two own entries. */
const tasks = checklist.groups.flatMap((g) => g.tasks);
const items = tasks.flatMap((t) => (t.list ?? []).flatMap((g) => g.items.map((i) => `${t.id}.${i.id}`)));
const partWay: ProgressInput = {
  answers: Object.fromEntries(checklist.questions.map((q, i) => [q.id, (['yes', 'no', 'unsure'] as const)[i % 3]])),
  ticks: Object.fromEntries([...tasks.filter((_, i) => i % 3 === 0).map((t) => t.id), ...items.filter((_, i) => i % 2 === 0)].map((id) => [id, { at: 1 }])),
  method: 'store',
  confirmation: null,
  customEntries: [{ id: 'a1' }, { id: 'b2' }],
};

describe('evaluate', () => {
  bench('built-in checklist', () => {
    evaluate(checklist, partWay);
  });
});
