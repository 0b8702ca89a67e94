import { act, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { evaluate } from '../rules/evaluate';
import { exportFile, parseImport } from '../store/exportImport';
import { schemaVersion } from '../store/progress';
import { addLine } from '../store/lineActions';
import { openLine, useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { useCurrentLine, useDevice } from '../store/lines';
import v3Saved from '../store/fixtures/v3-partway.json';
import { goTo, openPage as openAt } from '../test/openPage';

const openPage = () => openAt('#/data', 'en');

const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

/** The open line, as exported. */
function exportOpenLine() {
  const line = useDevice.getState().lines[0];
  if (!line) throw new Error('no line');
  return exportFile([{ line, progress: useProgress.getState() }]);
}

describe('history', () => {
  it('records ticks, accounts marked not on this number, answers and the method, newest first', async () => {
    const { answer, chooseMethod, setTicked, markItem } = actions;
    answer('esim', 'yes');
    chooseMethod('store');
    setTicked('checkStatus', true);
    markItem('rebind.qq', 'notUsed');
    await openPage();
    const list = screen.getAllByRole('list').find((l) => l.classList.contains('history-list'))!;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/^.*?(?=Ticked|Marked|Chose|Answered)/, ''))).toEqual([
      'Marked as not applicable: “QQ”',
      'Ticked “Ask the operator about the account”',
      'Chose: At one of the operator’s stores',
      'Answered “Is the number on an eSIM?”: Yes',
    ]);
  });
});

describe('history across the two lists', () => {
  it('names a step of the other list as such, and an answer by its option’s name', async () => {
    const { answer, setTicked } = actions;
    answer('place', 'mainland');
    setTicked('checkStatus', true);
    answer('place', 'uk');
    answer('ukOperator', 'lebara');
    await openPage();
    const list = screen.getAllByRole('list').find((l) => l.classList.contains('history-list'))!;
    const entries = within(list).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(entries[0]).toContain('Lebara');
    expect(entries.find((e) => e.includes('a step on the other list'))).toBeDefined();
    expect(entries.some((e) => e.includes('checkStatus'))).toBe(false);
  });
});

describe('export and import', () => {
  it('a round trip restores the same ticks, answers, notes and history', async () => {
    actions.answer('esim', 'yes');
    actions.setTicked('checkStatus', true);
    actions.setNote('checkStatus', 'ticket 9');
    const exported = exportOpenLine();
    const before = useProgress.getState();
    const result = await parseImport(exported.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [line] = result.lines;
    expect(result.lines).toHaveLength(1);
    expect(line?.progress.answers).toEqual(before.answers);
    expect(line?.progress.ticks).toEqual(before.ticks);
    expect(line?.progress.notes).toEqual(before.notes);
    expect(line?.progress.history).toEqual(before.history);
    // The overview's counts and where the line stands, not a count of its own.
    const { counts, readiness } = evaluate(checklist, before);
    expect(line?.summary).toMatchObject({ readiness, done: counts.done, left: counts.left, flags: [] });
  });

  it('import shows a summary (the line, where it stands, the overview\'s counts) and replaces only after confirmation', async () => {
    actions.setTicked('checkStatus', true);
    const { counts } = evaluate(checklist, useProgress.getState());
    const exported = exportOpenLine();
    useProgress.setState(useProgress.getInitialState(), true);
    const user = await openPage();
    await user.upload(screen.getByLabelText('Import progress'), file(exported.text));
    expect(await screen.findByText(new RegExp(`In the file, “My number”: Cannot submit yet; ${counts.done} done, ${counts.left} left; last change`))).toBeInTheDocument();
    expect(useProgress.getState().ticks).not.toHaveProperty('checkStatus');
    await user.click(screen.getByRole('button', { name: 'Overwrite the open line’s progress' }));
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(screen.getByText('Progress imported.')).toBeInTheDocument();
  });

  it('a file from before lines (schema 3) imports into the open line or as a new line, as the person chooses', async () => {
    const v3 = JSON.stringify({ app: 'cancel-line-checklist', schemaVersion: 3, exportedAt: new Date().toISOString(), progress: { ...v3Saved.state } });
    actions.setNote('decide', 'mine');
    const user = await openPage();
    await user.upload(screen.getByLabelText('Import progress'), file(v3));
    const parsed = await parseImport(v3);
    const fromFile = parsed.ok ? parsed.lines[0]?.progress : undefined;
    if (!fromFile) throw new Error('the schema 3 file should import');
    const { counts } = evaluate(checklist, fromFile);
    expect(await screen.findByText(new RegExp(`“My number”: Cannot submit yet; ${counts.done} done, ${counts.left} left`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add as another line' }));
    expect(screen.getByText('Added 1 line.')).toBeInTheDocument();
    expect(useDevice.getState().lines).toHaveLength(2);
    expect(useProgress.getState().ticks).toEqual(v3Saved.state.ticks);
    openLine(useDevice.getState().lines[0]?.id ?? '');
    expect(useProgress.getState().notes).toEqual({ decide: 'mine' });
  });

  it('exports every line and imports them all into a fresh browser, whose empty line gives way', async () => {
    actions.setNote('decide', 'first');
    addLine('Work', '8000');
    actions.setTicked('checkStatus', true);
    const { exportFile: make } = await import('../store/exportImport');
    const all = useDevice.getState().lines.map((line) => ({
      line,
      progress: line.id === useCurrentLine.getState().id ? useProgress.getState() : { ...useProgress.getState(), ticks: {}, notes: { decide: 'first' }, history: [] },
    }));
    const text = make(all).text;
    // A fresh browser: one untouched line.
    localStorage.clear();
    const fresh = useDevice.getInitialState();
    useDevice.setState(fresh, true);
    useCurrentLine.setState({ id: fresh.lastLine });
    useProgress.setState(useProgress.getInitialState(), true);
    const user = await openPage();
    await user.upload(screen.getByLabelText('Import progress'), file(text));
    expect(await screen.findByText('The file has 2 lines:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Overwrite the open line’s progress' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add as another line' }));
    expect(useDevice.getState().lines.map((l) => [l.name, l.last4])).toEqual([
      ['', ''],
      ['Work', '8000'],
    ]);
    expect(useProgress.getState().notes).toEqual({ decide: 'first' });
  });

  it.each([
    ['not JSON', 'hello', 'This file cannot be read'],
    ['foreign JSON', JSON.stringify({ some: 'thing' }), 'This file is not progress exported from this app'],
    ['a newer export', JSON.stringify({ app: 'cancel-line-checklist', schemaVersion: 99, exportedAt: new Date().toISOString(), progress: {} }), 'newer version'],
    ['a huge file', ' '.repeat(1_000_001), 'too large'],
  ])('refuses %s with a clear message and changes nothing', async (_label, text, message) => {
    actions.answer('contract', 'yes');
    const user = await openPage();
    const before = JSON.stringify(useProgress.getState());
    await user.upload(screen.getByLabelText('Import progress'), file(text));
    expect(await screen.findByText(new RegExp(message))).toHaveTextContent('Your progress has not changed.');
    expect(JSON.stringify(useProgress.getState())).toBe(before);
  });

  describe('a file describing what cannot be true', () => {
    const line = (progress: Record<string, unknown>, version = schemaVersion) =>
      JSON.stringify({ app: 'cancel-line-checklist', schemaVersion: version, exportedAt: new Date().toISOString(), lines: [{ name: '', last4: '', progress }] });
    const now = Date.now();
    const future = now + 40 * 86_400_000;

    it.each([
      ['a confirmation dated 2099', { confirmation: { date: '2099-01-01', reference: '' } }, 'some dates or times are in the future'],
      ['a tick made in the future', { ticks: { checkStatus: { at: future } } }, 'some dates or times are in the future'],
      ['an "after" task ticked with no submission', { ticks: { keepProof: { at: now } } }, 'steps that come after the submission are ticked'],
      ['a confirmation with no submission', { confirmation: { date: '2026-01-05', reference: '' } }, 'the operator’s confirmation is recorded, but nothing was submitted'],
    ])('%s: refused, saying what, and nothing changes', async (_label, progress, message) => {
      actions.answer('contract', 'yes');
      const before = JSON.stringify(useProgress.getState());
      const user = await openPage();
      await user.upload(screen.getByLabelText('Import progress'), file(line(progress)));
      const alert = await screen.findByText(new RegExp(message));
      expect(alert).toHaveTextContent('does not add up');
      expect(alert).toHaveTextContent('Your progress has not changed.');
      expect(JSON.stringify(useProgress.getState())).toBe(before);
    });

    it('the same in a file of an earlier version (which could write it) is flagged, not refused', async () => {
      const user = await openPage();
      await user.upload(screen.getByLabelText('Import progress'), file(line({ ticks: { keepProof: { at: now } }, confirmation: { date: '2026-01-05', reference: '' } }, 4)));
      expect(await screen.findByText(/comes from an earlier version of this app and some of it does not add up/)).toBeInTheDocument();
      expect(screen.getByText(/steps that come after the submission are ticked/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Overwrite the open line’s progress' }));
      expect(useProgress.getState().ticks).toHaveProperty('keepProof');
    });
  });

  it('any input to the import path never throws and never changes the current progress', async () => {
    actions.answer('contract', 'yes');
    const before = JSON.stringify(useProgress.getState());
    const real = exportOpenLine().text;
    const mutated = fc.tuple(fc.nat(real.length), fc.nat(20), fc.string()).map(([at, cut, insert]) => real.slice(0, at) + insert + real.slice(at + cut));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), mutated, fc.string()), async (text) => {
        const result = await parseImport(text);
        if (result.ok) expect(result.lines.length).toBeGreaterThan(0);
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
    act(() => void actions.setTicked('checkStatus', true));
    const warning = await screen.findByRole('region', { name: 'Keeping your progress' });
    expect(within(warning).getByText(/can make the browser remove it/)).toBeInTheDocument();
    expect(within(warning).getByRole('button', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(within(warning).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(/can make the browser remove it/)).not.toBeInTheDocument();
    expect(useDevice.getState().storageNoticeSeen).toBe(true);
  });

  it('is said once: not again after leaving the overview, even without “Got it”', async () => {
    actions.setTicked('checkStatus', true);
    await openAt('#/', 'en');
    expect(screen.getByRole('region', { name: 'Keeping your progress' })).toBeInTheDocument();
    await goTo('#/data');
    await goTo('#/');
    expect(screen.queryByRole('region', { name: 'Keeping your progress' })).not.toBeInTheDocument();
  });
});
