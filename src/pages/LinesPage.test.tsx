import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCurrentLine, useDevice } from '../store/lines';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { goTo, openPage } from '../test/openPage';
import { allWords } from '../test/words';

const { en } = allWords;
const t = en.ui.linesPage;

describe('the lines page (#/lines)', () => {
  it('a person with one line sees no lines on the overview, only the way to add another', async () => {
    await openPage('#/', 'en');
    expect(screen.queryByText(/This line:/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.ui.line.another })).toHaveAttribute('href', '#/lines');
  });

  it('adds a line with its last four digits, opens it, and the overview says which line it is about', async () => {
    const user = await openPage('#/lines', 'en');
    act(() => void actions.setTicked('checkStatus', true));
    const add = within(screen.getByRole('region', { name: t.addHeading }));
    await user.type(add.getByRole('textbox', { name: t.nameLabel }), 'Work');
    await user.type(add.getByRole('textbox', { name: t.last4Label }), '13800138000');
    await user.click(add.getByRole('button', { name: t.add }));
    expect(add.getByRole('alert')).toHaveTextContent(t.errors.badDigits);
    expect(add.getByRole('textbox', { name: t.last4Label })).toHaveAttribute('aria-invalid', 'true');
    await user.clear(add.getByRole('textbox', { name: t.last4Label }));
    await user.type(add.getByRole('textbox', { name: t.last4Label }), '8000');
    await user.click(add.getByRole('button', { name: t.add }));
    expect(await screen.findByText('This line: Work (ending 8000)')).toBeInTheDocument();
    expect(useProgress.getState().ticks).toEqual({});
    await goTo('#/lines');
    const first = screen.getByRole('listitem', { name: 'My number' });
    expect(within(first).getByText(/1 done/)).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Open: My number' }));
    expect(await screen.findByText('This line: My number')).toBeInTheDocument();
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
  });

  it('renames a line, and removes one after asking, with undo', async () => {
    const user = await openPage('#/lines', 'en');
    const first = useCurrentLine.getState().id;
    await user.click(screen.getByRole('button', { name: 'Rename: My number' }));
    const row = within(screen.getByRole('listitem', { name: 'My number' }));
    const name = row.getByRole('textbox', { name: t.nameLabel });
    expect(name).toHaveFocus();
    await user.type(name, 'Old SIM');
    await user.click(row.getByRole('button', { name: t.save }));
    expect(screen.getByRole('heading', { name: 'Old SIM' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename: Old SIM' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove: Old SIM' }));
    expect(screen.getByText(t.removeConfirm('Old SIM'))).toHaveFocus();
    await user.click(screen.getByRole('button', { name: t.removeYes }));
    expect(screen.queryByRole('heading', { name: 'Old SIM' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.undo })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: t.undo }));
    expect(screen.getByRole('heading', { name: 'Old SIM' })).toBeInTheDocument();
    expect(useDevice.getState().lines.map((l) => l.id)).toEqual([first]);
  });
});
