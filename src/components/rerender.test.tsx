import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { checklist } from '../content/checklist';
import { evaluate, type Evaluation } from '../rules/evaluate';
import { useProgress } from '../store/progressStore';

/** How many times each row's tick box rendered, by tick id. */
const renders = new Map<string, number>();

vi.mock('./TickBox', async (importOriginal) => {
  const original = await importOriginal<typeof import('./TickBox')>();
  return {
    TickBox(props: Parameters<typeof original.TickBox>[0]) {
      renders.set(props.tickId, (renders.get(props.tickId) ?? 0) + 1);
      return original.TickBox(props);
    },
  };
});

const evaluationNow = () => {
  const { answers, ticks, method, confirmation } = useProgress.getState();
  return evaluate(checklist, { answers, ticks, method, confirmation });
};

/** Steps whose status or reasons read differently from one evaluation to the next. */
function changedSteps(before: Evaluation, after: Evaluation): Set<string> {
  const words = (e: Evaluation, id: string) => {
    const s = e.steps.get(id);
    return s ? `${s.status}|${s.reasons.map((r) => r.en).join('|')}|${s.becauseUnsure.join('|')}` : '';
  };
  return new Set([...after.steps.values()].map((s) => s.id).filter((id) => words(before, id) !== words(after, id)));
}

describe('ticking a step re-renders only what changed', () => {
  it('renders again the ticked row and the rows whose state changed, no other', async () => {
    useProgress.getState().setLang('en');
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('group', { name: 'How will you cancel?' })).getByRole('radio', { name: /Online/ }));

    const shown = [...renders.keys()];
    expect(shown.length).toBeGreaterThan(15);
    const before = evaluationNow();
    renders.clear();
    await user.click(screen.getByRole('checkbox', { name: 'Check the account’s status with your operator' }));
    const after = evaluationNow();

    const expected = new Set(['checkStatus', ...changedSteps(before, after)]);
    // The submission's "N things must be done first" changed; the rows that did not change did not render.
    expect(expected.has('onlineSubmit')).toBe(true);
    expect(new Set(renders.keys())).toEqual(expected);
    expect(expected.size).toBeLessThan(shown.length / 4);
  });

  it('ticking a reminder under a step (nothing else changes) renders only that reminder', async () => {
    useProgress.getState().setLang('en');
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('group', { name: 'How will you cancel?' })).getByRole('radio', { name: /Online/ }));
    renders.clear();
    const bank = screen.getByRole('checkbox', { name: 'Bank cards and banking apps' });
    await user.click(bank);
    expect(bank).toBeChecked();
    expect([...renders.keys()]).toEqual([expect.stringMatching(/\.bank$/)]);
  });

  it('a note typed into one row renders no tick box again', async () => {
    useProgress.getState().setLang('en');
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getAllByText('Add a note')[0]!);
    renders.clear();
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'abc');
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('abc');
    expect([...renders.keys()]).toEqual([]);
  });
});
