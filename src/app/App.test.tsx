import { act, screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { listItemsById } from '../content/lookups';
import { allWords } from '../test/words';

const { en } = allWords;
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { currentLineKey, devicesKey } from '../store/lines';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from '../test/fixtures';
import { taskWordsFor } from '../i18n/pageText';
import { goTo, openPage } from '../test/openPage';

type User = ReturnType<typeof userEvent.setup>;

async function answer(user: User, question: RegExp | string, option: string) {
  await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: option }));
}
const taskLink = (name: string | RegExp) => screen.getByRole('link', { name });

describe('the overview (#/)', () => {
  it('on a first visit: the next step is the questions, nothing is red, tasks are grouped in the order of the work', async () => {
    await openPage('#/', 'zh');
    expect(screen.getByRole('heading', { level: 1, name: '注销手机号清单' })).toBeInTheDocument();
    expect(screen.getByText('还不能提交注销')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /下一步：\s*回答关于号码的几个问题/ })).toHaveAttribute('href', '#/questions');
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups.map((g) => g?.replace(/\d+ \/ \d+$/, ''))).toEqual(['关于你的号码', '确认是否满足注销条件', '准备相关材料', '注销前先做：账号、数据和余额', '选择注销方式并提交', '收尾：确认、退款和复查']);
    expect(screen.queryByRole('alert')).toBeEmptyDOMElement();
    // Tasks that wait on an answer are one line per group, not a list of "cannot start yet".
    expect(screen.queryByRole('link', { name: '交清欠费' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/另有 \d+ 项取决于你的回答/).length).toBeGreaterThan(0);
    expect(screen.getAllByText('未开始').length).toBeGreaterThan(5);
  });

  it('the status line follows the work: ready, then submitted and waiting, then cancelled on a date', async () => {
    useProgress.setState({
      answers: nothingSpecial,
      method: 'store',
      ticks: Object.fromEntries([...plainTasksBeforeStoreSubmission, ...listItemsById.keys()].map((id) => [id, { at: Date.now() }])),
    });
    await openPage('#/', 'en');
    expect(screen.getByText('Ready to submit the cancellation')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next:\s*Sign the form or slip the staff give you/ })).toHaveAttribute('href', '#/task/storeSubmit');
    act(() => void actions.setTicked('storeSubmit', true));
    expect(screen.getByText('Cancellation submitted: waiting for the operator to confirm')).toBeInTheDocument();
    // Submitted on the 18th (written down), confirmed on the 20th.
    act(() => void actions.setDate('submitted', '2026-11-18'));
    act(() => void actions.confirm({ date: '2026-11-20', reference: '' }));
    expect(screen.getByText(/Cancelled: the operator confirmed on (20 November 2026|November 20, 2026)/)).toBeInTheDocument();
  });

  it('lists the dates that follow: none at first; after submission the re-check; a date written down on its task page', async () => {
    const submitted = new Date(2026, 10, 20, 10, 0).getTime();
    useProgress.setState({
      answers: nothingSpecial,
      method: 'store',
      ticks: Object.fromEntries([...plainTasksBeforeStoreSubmission, ...listItemsById.keys()].map((id) => [id, { at: submitted }])),
    });
    const user = await openPage('#/', 'en');
    expect(screen.queryByRole('region', { name: en.ui.dates.heading })).not.toBeInTheDocument();
    act(() => void actions.setTicked('storeSubmit', true));
    // Dated 20 November, so the re-check falls on a known day (60 days on).
    act(() => {
      useProgress.setState((s) => ({ ticks: { ...s.ticks, storeSubmit: { at: submitted } } }));
    });
    // Its view loads once the line has a date to come.
    const dates = () => screen.findByRole('region', { name: en.ui.dates.heading });
    expect(within(await dates()).getByRole('link', { name: en.ui.dates.kinds.recheck })).toHaveAttribute('href', '#/task/recheckBindings');
    expect(within(await dates()).getByText(/(19 January 2027|January 19, 2027)/)).toBeInTheDocument();
    await goTo('#/task/operatorConfirmed');
    await user.type(await screen.findByLabelText(en.ui.dateField.expectConfirmation), '2026-11-27');
    expect(useProgress.getState().dates).toEqual({ expectConfirmation: '2026-11-27' });
    await goTo('#/');
    expect(within(await dates()).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining(en.ui.dates.kinds.expectConfirmation),
      expect.stringContaining(en.ui.dates.kinds.recheck),
    ]);
  });

  it('after submission, a prerequisite unticked again is shown above the list with a link to it', async () => {
    useProgress.setState({
      answers: nothingSpecial,
      method: 'store',
      ticks: Object.fromEntries([...plainTasksBeforeStoreSubmission, ...listItemsById.keys(), 'storeSubmit'].map((id) => [id, { at: Date.now() }])),
    });
    await openPage('#/', 'en');
    expect(screen.queryByRole('heading', { name: en.ui.status.warningsHeading })).not.toBeInTheDocument();
    act(() => void actions.setTicked('backup', false));
    const warning = screen.getByRole('region', { name: en.ui.status.warningsHeading });
    expect(within(warning).getByRole('link', { name: en.tasks.backup?.title })).toHaveAttribute('href', '#/task/backup');
  });
});

describe('the questions page (#/questions)', () => {
  it('each question says what it changes; answering "no agreement" removes the agreement tasks, "yes" brings them', async () => {
    const user = await openPage('#/questions', 'en');
    const question = 'Is the number still under an agreement that has not ended?';
    expect(screen.getByRole('group', { name: question })).toHaveAccessibleDescription(/Yes adds “Deal with the agreement that has not ended”/);
    await answer(user, question, 'Yes');
    expect(useProgress.getState().answers.contract).toBe('yes');
    await goTo('#/');
    expect(taskLink('Deal with the agreement that has not ended')).toBeInTheDocument();
    expect(taskLink('Find the agreement')).toBeInTheDocument();
    act(() => void actions.answer('contract', 'no'));
    expect(screen.queryByRole('link', { name: 'Deal with the agreement that has not ended' })).not.toBeInTheDocument();
  });

  it('a question answered before reads as one line with Change, which opens it in place with focus on the answer', async () => {
    useProgress.setState({ answers: { unpaidBills: 'no' } });
    const user = await openPage('#/questions', 'zh');
    expect(screen.queryByRole('group', { name: '这个号码现在有欠费吗？' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '修改回答：这个号码现在有欠费吗？' }));
    const radio = within(screen.getByRole('group', { name: '这个号码现在有欠费吗？' })).getByRole('radio', { name: '否' });
    expect(radio).toBeChecked();
    expect(radio).toHaveFocus();
  });

  it('a question answered now stays open (nothing folds away under the person’s hands), and "not sure" says what the list does', async () => {
    const user = await openPage('#/questions', 'zh');
    await answer(user, '这个号码现在有欠费吗？', '不确定');
    expect(screen.getByRole('group', { name: '这个号码现在有欠费吗？' })).toBeInTheDocument();
    expect(screen.getByText(/在查清之前，清单先按「是」处理/)).toBeInTheDocument();
  });
});

describe('a task page (#/task/<id>)', () => {
  it('says what its stage is about, and the questions page says what it covers', async () => {
    await openPage('#/task/backup', 'en');
    expect(screen.getByText(en.groups.protect?.intro ?? '-')).toBeInTheDocument();
    await goTo('#/questions');
    expect(screen.getByText(en.ui.elsewhere)).toBeInTheDocument();
  });

  it('ticks the task with a native checkbox, shows when, saves it, and links back and on', async () => {
    const user = await openPage('#/task/checkStatus', 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Ask the operator about the account' })).toBeInTheDocument();
    expect(document.title).toBe('Ask the operator about the account · Cancel a mobile line, step by step');
    const box = screen.getByRole('checkbox', { name: 'I have done this' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('ticked today')).toBeInTheDocument();
    expect(localStorage.getItem(currentLineKey())).toContain('checkStatus');
    const nav = screen.getByRole('navigation', { name: 'Where you are in the list' });
    expect(within(nav).getByRole('link', { name: '← Back to the list' })).toHaveAttribute('href', '#/');
    expect(within(nav).getByRole('link', { name: /Next in the list: The holder’s identity document/ })).toHaveAttribute('href', '#/task/idDocument');
  });

  it('a task that cannot start yet looks unavailable, links to what it waits on, and says why when tried', async () => {
    const user = await openPage('#/task/keepProof', 'en');
    const box = screen.getByRole('checkbox', { name: 'I have done this' });
    expect(box).toHaveAttribute('aria-disabled', 'true');
    expect(box).toBeEnabled();
    expect(box).toHaveAccessibleDescription(/Cannot start yet: Submit the cancellation first/);
    expect(screen.getByRole('link', { name: 'Choose online or in a store' })).toHaveAttribute('href', '#/task/chooseMethod');
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByText('This cannot be ticked yet: Submit the cancellation first.')).toHaveAttribute('role', 'alert');
    expect(useProgress.getState().ticks).not.toHaveProperty('keepProof');
  });

  it('choosing a method warns beside online when the holder is not going, and brings only that branch', async () => {
    useProgress.setState({ answers: { proxy: 'yes' } });
    const user = await openPage('#/task/chooseMethod', 'en');
    expect(screen.getByRole('radio', { name: /Online/ })).toHaveAccessibleDescription(/usually has to be a store/);
    await user.click(screen.getByRole('radio', { name: /At one of the operator’s stores/ }));
    await goTo('#/');
    expect(taskLink(/Call to ask which store can do it/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Fill in the cancellation request' })).not.toBeInTheDocument();
  });

  // The list (marks, groups, banks, own entries) is tested in components/ItemList.test.tsx.

  it('a note over the limit stays in the field with a message, and the saved note is not cut', async () => {
    const user = await openPage('#/task/backup', 'en');
    const field = screen.getByRole('textbox', { name: /Note/ });
    await user.click(field);
    await user.paste('x'.repeat(1990));
    expect(useProgress.getState().notes.backup).toHaveLength(1990);
    expect(field).toHaveAccessibleDescription(/1990 \/ 2000 characters/);
    await user.paste('y'.repeat(15));
    expect(screen.getByText(/^The note is 5 characters too long: shorten it to save/)).toHaveAttribute('role', 'alert');
    expect(field).toHaveValue(`${'x'.repeat(1990)}${'y'.repeat(15)}`);
    expect(useProgress.getState().notes.backup).toHaveLength(1990);
    await user.type(field, '{Backspace>5/}');
    expect(screen.queryByText(/too long/)).not.toBeInTheDocument();
    expect(useProgress.getState().notes.backup).toHaveLength(2000);
  });

  it('copies what to say at the counter; where the clipboard is refused, selects it instead', async () => {
    useProgress.setState({ method: 'store' });
    const user = await openPage('#/task/storeAsk', 'en');
    await user.click(screen.getByRole('button', { name: 'Copy the words' }));
    // Nothing answered yet: the words for the holder going herself, with nothing else to ask for.
    expect(await navigator.clipboard.readText()).toBe(taskWordsFor(en.tasks.storeAsk, { forHolder: false, refund: false, sharedDevice: false, contract: false, place: null, operator: null, plan: null, method: 'store', endFrom: null })?.say);
    expect(screen.getByText('Copied.')).toBeInTheDocument();
    await goTo('#/task/checkStatus');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy the questions' }));
    expect(await screen.findByText(/the text is selected/)).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toContain('Is anything owed now?');
  });

  it('records the operator’s confirmation only after submission, with a date not in the future', async () => {
    useProgress.setState({
      answers: nothingSpecial,
      method: 'store',
      ticks: Object.fromEntries([...plainTasksBeforeStoreSubmission, ...listItemsById.keys()].map((id) => [id, { at: Date.now() }])),
    });
    const user = await openPage('#/task/operatorConfirmed', 'en');
    const record = screen.getByRole('button', { name: 'Record the operator’s confirmation' });
    expect(record).toHaveAttribute('aria-disabled', 'true');
    await user.click(record);
    expect(screen.getByText(/^Submit the cancellation first; then/)).toHaveAttribute('role', 'alert');
    act(() => void actions.setTicked('storeSubmit', true));
    await user.click(record);
    expect(screen.getByText('Enter the date the operator confirmed.')).toHaveAttribute('role', 'alert');
    // Before the day of the submission (ticked today): refused, saying so; another day clears the refusal.
    const dateField = screen.getByLabelText('Date the operator confirmed the cancellation');
    await user.type(dateField, '2026-11-20');
    await user.type(screen.getByRole('textbox', { name: 'Reference or certificate number (optional)' }), 'ZX-123');
    await user.click(record);
    expect(screen.getByText(/cannot be dated before the submission/)).toHaveAttribute('role', 'alert');
    act(() => void actions.setDate('submitted', '2026-11-18'));
    await user.clear(dateField);
    expect(screen.queryByText(/cannot be dated before the submission/)).not.toBeInTheDocument();
    await user.type(dateField, '2026-11-20');
    await user.click(record);
    expect(screen.getByText(/confirmed the cancellation on (20 November 2026|November 20, 2026), reference ZX-123/)).toBeInTheDocument();
  });
});

describe('language and pages', () => {
  it('switches language: text, html lang and title follow, and the choice is kept', async () => {
    const user = await openPage('#/', 'zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cancel a mobile line, step by step' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/Cancel a mobile line/);
    expect(localStorage.getItem(devicesKey)).toContain('"lang":"en"');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('beside a page, the status leads to the next step, unless that step is the page itself', async () => {
    await openPage('#/task/backup', 'en');
    const aside = () => screen.getByRole('complementary', { name: en.ui.status.heading });
    expect(within(aside()).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '#/questions');
    await goTo('#/questions');
    expect(within(aside()).queryByRole('link')).not.toBeInTheDocument();
    expect(within(aside()).getByText(en.ui.status.headline('blocked', null))).toBeInTheDocument();
  });

  it('an address that names no page says so and leads back', async () => {
    await openPage('#/task/nothingHere', 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to the list' })).toHaveAttribute('href', '#/');
  });

  it('moves focus to the new page’s heading on a route change', async () => {
    await openPage('#/', 'en');
    await goTo('#/task/backup');
    expect(screen.getByRole('heading', { level: 1, name: 'Back up contacts and messages' })).toHaveFocus();
    await goTo('#/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});

describe('starting over (#/data)', () => {
  it('asks first, clears, and can be undone until the person changes something', async () => {
    useProgress.setState({ answers: { esim: 'yes' } });
    act(() => void actions.setTicked('checkStatus', true));
    const user = await openPage('#/data', 'en');
    await user.click(screen.getByRole('button', { name: 'Clear this line’s checklist' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    await user.click(screen.getByRole('button', { name: 'Clear this line’s checklist' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(useProgress.getState().ticks).toEqual({});
    expect(screen.getByText('This line’s progress is cleared.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useProgress.getState().ticks).toHaveProperty('checkStatus');
    expect(useProgress.getState().answers).toEqual({ esim: 'yes' });
  });

  it('the undo goes away once the person changes something, not before', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      act(() => void actions.setTicked('checkStatus', true));
      const user = await openPage('#/data', 'en');
      await user.click(screen.getByRole('button', { name: 'Clear this line’s checklist' }));
      await user.click(screen.getByRole('button', { name: 'Clear' }));
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
      act(() => void actions.answer('esim', 'no'));
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
