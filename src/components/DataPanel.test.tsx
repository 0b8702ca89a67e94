import { act, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile, parseImport } from '../store/exportImport';
import { useProgress } from '../store/progressStore';
import { openPage as openAt } from '../test/openPage';

const openPage = () => openAt('#/data', 'en');

const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

describe('history', () => {
  it('records ticks, accounts marked not used, answers and the method, newest first', async () => {
    const { answer, chooseMethod, setTicked, markItem } = useProgress.getState();
    answer('esim', 'yes');
    chooseMethod('store');
    setTicked('checkStatus', true);
    markItem('rebind.qq', 'notUsed');
    await openPage();
    const list = screen.getAllByRole('list').find((l) => l.classList.contains('history-list'))!;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/^.*?(?=Ticked|Marked|Chose|Answered)/, ''))).toEqual([
      'Marked as not used: “QQ”',
      'Ticked “Ask the operator about the account”',
      'Chose: At one of the operator’s stores',
      'Answered “Is the number on an eSIM?”: Yes',
    ]);
  });
});

describe('export and import', () => {
  it('a round trip restores the same ticks, answers, notes and history', async () => {
    const s = useProgress.getState();
    s.answer('esim', 'yes');
    s.setTicked('checkStatus', true);
    s.setNote('checkStatus', 'ticket 9');
    const exported = exportFile(useProgress.getState());
    const before = useProgress.getState();
    const result = await parseImport(exported.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.answers).toEqual(before.answers);
    expect(result.progress.ticks).toEqual(before.ticks);
    expect(result.progress.notes).toEqual(before.notes);
    expect(result.progress.history).toEqual(before.history);
    expect(result.summary).toMatchObject({ ticked: 1, answered: 1 });
  });

  it('import shows a summary and replaces only after confirmation', async () => {
    useProgress.getState().setTicked('checkStatus', true);
    const exported = exportFile(useProgress.getState());
    useProgress.setState(useProgress.getInitialState(), true);
    const user = await openPage();
    await user.upload(screen.getByLabelText('Import progress'), file(exported.text));
    expect(await screen.findByText(/The file has 1 task done and 0 answers, last change/)).toBeInTheDocument();
    expect(useProgress.getState().ticks).not.toHaveProperty('checkStatus');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(screen.getByText('Progress imported.')).toBeInTheDocument();
  });

  it.each([
    ['not JSON', 'hello', 'This file cannot be read'],
    ['foreign JSON', JSON.stringify({ some: 'thing' }), 'This file is not progress exported from this app'],
    ['a newer export', JSON.stringify({ app: 'cancel-line-checklist', schemaVersion: 99, exportedAt: new Date().toISOString(), progress: {} }), 'newer version'],
    ['a huge file', ' '.repeat(1_000_001), 'too large'],
  ])('refuses %s with a clear message and changes nothing', async (_label, text, message) => {
    useProgress.getState().answer('contract', 'yes');
    const user = await openPage();
    const before = JSON.stringify(useProgress.getState());
    await user.upload(screen.getByLabelText('Import progress'), file(text));
    expect(await screen.findByText(new RegExp(message))).toHaveTextContent('Your progress has not changed.');
    expect(JSON.stringify(useProgress.getState())).toBe(before);
  });

  it('any input to the import path never throws and never changes the current progress', async () => {
    useProgress.getState().answer('contract', 'yes');
    const before = JSON.stringify(useProgress.getState());
    const real = exportFile(useProgress.getState()).text;
    const mutated = fc.tuple(fc.nat(real.length), fc.nat(20), fc.string()).map(([at, cut, insert]) => real.slice(0, at) + insert + real.slice(at + cut));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), mutated, fc.string()), async (text) => {
        const result = await parseImport(text);
        if (result.ok) expect(result.progress).toBeDefined();
        expect(JSON.stringify(useProgress.getState())).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the one-time warning that the browser can remove the data', () => {
  it('appears once there is progress, offers an export beside it, and stays away once dismissed', async () => {
    const user = await openAt('#/', 'en');
    expect(screen.queryByText(/can make the browser remove it/)).not.toBeInTheDocument();
    act(() => useProgress.getState().setTicked('checkStatus', true));
    const warning = screen.getByRole('region', { name: 'Keeping your progress' });
    expect(within(warning).getByText(/can make the browser remove it/)).toBeInTheDocument();
    expect(within(warning).getByRole('button', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(within(warning).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(/can make the browser remove it/)).not.toBeInTheDocument();
    expect(useProgress.getState().storageNoticeSeen).toBe(true);
  });
});
