// @vitest-environment node
import { bench, describe } from 'vitest';
import { checklist } from '../content/checklist';
import { generateChecklist } from '../test/generateChecklist';
import { evaluate, type ProgressInput } from './evaluate';

/** Progress a person part-way through would have: half the questions answered, a third of the steps ticked. */
function partWay(c: typeof checklist): ProgressInput {
  const questions = c.stages.flatMap((s) => s.questions);
  const steps = c.stages.flatMap((s) => s.steps);
  return {
    answers: Object.fromEntries(questions.filter((_, i) => i % 2 === 0).map((q, i) => [q.id, (['yes', 'no', 'unsure'] as const)[i % 3]])),
    ticks: Object.fromEntries(steps.filter((_, i) => i % 3 === 0).map((s) => [s.id, { at: 1 }])),
    method: 'online',
    confirmation: null,
  };
}

// 500 and 5,000 are the target's pair; 50 and 50,000 show how the cost per step moves at other sizes.
const sizes = [50, 500, 5000, 50000] as const;
const generated = sizes.map((n) => [n, generateChecklist(n, 42)] as const);

/**
 * The least any evaluation must do: read each step's tick by id. Its own ratios show what the machine (caches,
 * the engine's object layouts) adds as the data grows, so evaluate's ratios can be read against them.
 */
describe('baseline: one tick lookup per step', () => {
  for (const [n, c] of generated) {
    const ids = c.stages.flatMap((s) => s.steps.map((st) => st.id));
    const { ticks } = partWay(c);
    let sink = 0;
    bench(`lookups ${n} steps`, () => {
      for (const id of ids) if (typeof ticks[id] === 'object') sink++;
      if (sink < 0) throw new Error('unreachable');
    });
  }
});

describe('evaluate', () => {
  const p = partWay(checklist);
  bench('built-in checklist', () => {
    evaluate(checklist, p);
  });
  for (const [n, c] of generated) {
    const gp = partWay(c);
    bench(`generated ${n} steps`, () => {
      evaluate(c, gp);
    });
  }
});
