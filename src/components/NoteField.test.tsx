import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgress } from '../store/progressStore';
import { openPage } from '../test/openPage';

/** Another tab's save of this line, as this tab reads it back. */
const otherTabSaves = (note: string) => act(() => void useProgress.setState((s) => ({ notes: { ...s.notes, decide: note } })));

describe('a note being typed while another tab changes it', () => {
  it('keeps what is typed in the field, shows the other text beside it, and lets the person choose', async () => {
    const user = await openPage('#/task/decide', 'en');
    const field = screen.getByRole('textbox', { name: /Note/ });
    await user.click(field);
    await user.type(field, 'mine');
    otherTabSaves('theirs');
    expect(field).toHaveValue('mine');
    // Announced, with the other tab's text in it.
    const notice = screen.getAllByRole('alert').find((alert) => alert.textContent?.includes('another tab changed this note too'));
    expect(notice).toHaveTextContent('theirs');
    // Leaving the field keeps both until the person chooses.
    await user.tab();
    expect(field).toHaveValue('mine');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(useProgress.getState().notes.decide).toBe('mine');
    expect(screen.queryByText(/another tab changed this note too/)).not.toBeInTheDocument();
  });

  it('can take the other tab’s text instead', async () => {
    const user = await openPage('#/task/decide', 'en');
    const field = screen.getByRole('textbox', { name: /Note/ });
    await user.type(field, 'mine');
    otherTabSaves('theirs');
    await user.click(screen.getByRole('button', { name: 'Use the other tab’s' }));
    expect(field).toHaveValue('theirs');
    expect(useProgress.getState().notes.decide).toBe('theirs');
  });

  it('a field opened but not typed in simply follows the other tab', async () => {
    const user = await openPage('#/task/decide', 'en');
    const field = screen.getByRole('textbox', { name: /Note/ });
    await user.click(field);
    otherTabSaves('theirs');
    expect(field).toHaveValue('theirs');
    expect(screen.queryByText(/another tab changed this note too/)).not.toBeInTheDocument();
  });

  it('a field not being edited shows the other tab’s change at once', async () => {
    await openPage('#/task/decide', 'en');
    otherTabSaves('theirs');
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('theirs');
  });
});
