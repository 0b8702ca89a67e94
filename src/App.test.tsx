import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { checklist } from './content/checklist';
import { listItemsById } from './content/lookups';
import { storageKey, useProgress } from './store/progressStore';
import { nothingSpecial, plainTasksBeforeStoreSubmission } from './test/fixtures';

function openPage(lang: 'zh' | 'en') {
  useProgress.getState().setLang(lang);
  const user = userEvent.setup();
  render(<App />);
  return user;
}

const headline = () => within(screen.getByRole('region', { name: /注销进度|Cancellation status/ })).getByRole('status');

async function answer(user: ReturnType<typeof userEvent.setup>, question: RegExp | string, option: string) {
  await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: option }));
}

describe('the checklist page', () => {
  it('says from the first render, in Chinese, that the cancellation cannot be submitted yet, and shows the work in order', () => {
    openPage('zh');
    expect(headline()).toHaveTextContent('还不能提交注销');
    expect(headline()).toHaveTextContent(/已完成 0 项，还剩 \d+ 项/);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const order = ['关于你的号码', '确认是否满足注销条件', '准备相关材料', '注意事项：注销前先做', '选择注销方式并提交', '收尾：确认、退款和复查', '遇到困难怎么办'];
    const positions = order.map((title) => headings.findIndex((h) => h?.includes(title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('ticks a step with a native checkbox, shows when, and saves it', async () => {
    const user = openPage('en');
    const box = screen.getByRole('checkbox', { name: 'Ask the operator about the account' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('ticked today')).toBeInTheDocument();
    expect(localStorage.getItem(storageKey)).toContain('checkStatus');
    await user.click(box);
    expect(box).not.toBeChecked();
  });

  it('answering "no agreement" removes the agreement tasks; "yes" brings them', async () => {
    const user = openPage('en');
    const question = 'Is the number still under an agreement that has not ended?';
    expect(screen.getByRole('group', { name: question })).toHaveAccessibleDescription(/Yes adds “Deal with the agreement that has not ended”/);
    await answer(user, question, 'Yes');
    expect(screen.getByRole('checkbox', { name: 'Deal with the agreement that has not ended' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Find the agreement' })).toBeInTheDocument();
    await answer(user, question, 'No');
    expect(screen.queryByRole('checkbox', { name: 'Deal with the agreement that has not ended' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Find the agreement' })).not.toBeInTheDocument();
  });

  it('"not sure" keeps the task and says why, naming the label it acts on', async () => {
    const user = openPage('zh');
    await answer(user, '这个号码现在有欠费吗？', '不确定');
    expect(screen.getByRole('checkbox', { name: '交清欠费' })).toBeInTheDocument();
    expect(screen.getByText(/在查清之前，清单先按「是」处理/)).toBeInTheDocument();
  });

  it('choosing a method shows only that branch', async () => {
    const user = openPage('zh');
    expect(screen.queryByRole('checkbox', { name: /问清哪家营业厅能办/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '去营业厅办' }));
    expect(screen.getByRole('checkbox', { name: /问清哪家营业厅能办/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '填写注销申请' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /线上注销/ }));
    expect(screen.getByRole('checkbox', { name: '填写注销申请' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /问清哪家营业厅能办/ })).not.toBeInTheDocument();
  });

  it('warns beside the online option when the holder is not the one going', async () => {
    const user = openPage('en');
    expect(screen.getByRole('radio', { name: /Online/ })).not.toHaveAccessibleDescription();
    await answer(user, 'Will someone other than the holder go and do it?', 'Yes');
    expect(screen.getByRole('radio', { name: /Online/ })).toHaveAccessibleDescription(/usually has to be a store/);
  });

  it('an account in the list is done or not used, never both, and the list counts it', async () => {
    const user = openPage('en');
    const done = screen.getByRole('checkbox', { name: 'WeChat' });
    const notUsed = screen.getByRole('checkbox', { name: 'I don’t use WeChat' });
    expect(done).toHaveAccessibleDescription(/Usually under/);
    await user.click(notUsed);
    expect(notUsed).toBeChecked();
    expect(useProgress.getState().ticks['rebind.wechat']).toMatchObject({ notUsed: true });
    expect(screen.getByText(/^1 of 42 dealt with$/)).toBeInTheDocument();
    await user.click(done);
    expect(done).toBeChecked();
    expect(notUsed).not.toBeChecked();
    await user.click(done);
    expect(screen.getByText(/^0 of 42 dealt with$/)).toBeInTheDocument();
  });

  it('a step that cannot start yet stays focusable, explains itself, and refuses the tick', async () => {
    const user = openPage('en');
    await user.click(screen.getByRole('radio', { name: /Online/ }));
    const submit = screen.getByRole('checkbox', { name: 'Submit the cancellation online' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).toBeEnabled();
    expect(submit).toHaveAccessibleDescription(/Cannot start yet: .*things must be done first/);
    await user.click(submit);
    expect(submit).not.toBeChecked();
    expect(useProgress.getState().ticks).not.toHaveProperty('onlineSubmit');
  });

  it('a blocker in the status panel moves focus to its step', async () => {
    const user = openPage('en');
    const panel = screen.getByRole('region', { name: 'Cancellation status' });
    await user.click(within(panel).getAllByRole('button', { name: 'Does the number owe anything right now?' })[0]!);
    expect(within(screen.getByRole('group', { name: 'Does the number owe anything right now?' })).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    // Unanswered questions are one line of the list, not one each (the refund question is not asked yet).
    await user.click(within(panel).getByRole('button', { name: 'Answer the 9 questions about your number' }));
    expect(within(screen.getByRole('group', { name: 'Does the number owe anything right now?' })).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    await answer(user, 'Does the number owe anything right now?', 'No');
    expect(within(panel).getByRole('button', { name: 'Answer the 8 questions about your number' })).toBeInTheDocument();
  });

  it('adds, renames and removes an own entry, as text', async () => {
    const user = openPage('en');
    const input = screen.getByRole('textbox', { name: 'An account or service not in the list' });
    await user.type(input, '  <b>Steam</b>  ');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const entry = screen.getByRole('checkbox', { name: '<b>Steam</b>' });
    expect(entry).toBeInTheDocument();
    await user.click(entry);
    expect(entry).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Rename: <b>Steam</b>' }));
    const rename = screen.getByRole('textbox', { name: 'New name for “<b>Steam</b>”' });
    await user.clear(rename);
    await user.type(rename, 'Steam{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Steam' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Rename: Steam' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove “Steam”' }));
    expect(screen.queryByRole('checkbox', { name: 'Steam' })).not.toBeInTheDocument();
    expect(Object.keys(useProgress.getState().ticks).some((k) => k.startsWith('custom.'))).toBe(false);
  });

  it('refuses an empty own entry with a message', async () => {
    const user = openPage('en');
    await user.type(screen.getByRole('textbox', { name: 'An account or service not in the list' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Type a name first.')).toHaveAttribute('role', 'alert');
  });

  it('keeps a note for a step, as text', async () => {
    const user = openPage('en');
    const step = screen
      .getAllByRole('listitem')
      .find((li) => within(li).queryByRole('checkbox', { name: 'Ask the operator about the account' }))!;
    await user.click(within(step).getByText('Add a note'));
    await user.type(within(step).getByRole('textbox', { name: /Note/ }), 'Ticket <i>42</i>');
    expect(useProgress.getState().notes.checkStatus).toBe('Ticket <i>42</i>');
    expect(within(step).getByText('Note (written)')).toBeInTheDocument();
  });

  it('a note over the limit stays in the field with a message, and the saved note is not cut', async () => {
    const user = openPage('en');
    const step = screen.getAllByRole('listitem').find((li) => within(li).queryByRole('checkbox', { name: 'Back up contacts and messages' }))!;
    await user.click(within(step).getByText('Add a note'));
    const field = within(step).getByRole('textbox', { name: /Note/ });
    await user.click(field);
    await user.paste('x'.repeat(1990));
    expect(useProgress.getState().notes.backup).toHaveLength(1990);
    expect(field).toHaveAccessibleDescription(/1990 \/ 2000 characters/);
    await user.paste('y'.repeat(15));
    expect(within(step).getByRole('alert')).toHaveTextContent('The note is 5 characters too long: shorten it to save.');
    expect(field).toHaveValue(`${'x'.repeat(1990)}${'y'.repeat(15)}`);
    expect(useProgress.getState().notes.backup).toHaveLength(1990);
    await user.type(field, '{Backspace>5/}');
    expect(within(step).queryByRole('alert')).not.toBeInTheDocument();
    expect(useProgress.getState().notes.backup).toHaveLength(2000);
  });

  it('copies what to say at the counter; where the clipboard is refused, selects it instead', async () => {
    const user = openPage('en');
    await user.click(screen.getByRole('radio', { name: /At one of the operator’s stores/ }));
    const say = checklist.groups.flatMap((g) => g.tasks).find((t) => t.id === 'storeAsk')!.say!.en;
    await user.click(screen.getByRole('button', { name: 'Copy the words' }));
    expect(await navigator.clipboard.readText()).toBe(say);
    expect(screen.getByText('Copied.')).toBeInTheDocument();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy the questions' }));
    expect(await screen.findByText(/the text is selected/)).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toContain('Is anything owed now?');
  });

  it('switches language: text, html lang and title follow, and the choice is kept', async () => {
    const user = openPage('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Cancel a mobile line, step by step' })).toBeInTheDocument();
    expect(headline()).toHaveTextContent('Not ready to submit the cancellation yet');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/Cancel a mobile line/);
    expect(localStorage.getItem(storageKey)).toContain('"lang":"en"');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('start over asks first, clears, and can be undone', async () => {
    const user = openPage('en');
    await user.click(screen.getByRole('checkbox', { name: 'Ask the operator about the account' }));
    await answer(user, 'Is the number on an eSIM?', 'Yes');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('checkbox', { name: 'Ask the operator about the account' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByRole('checkbox', { name: 'Ask the operator about the account' })).not.toBeChecked();
    expect(screen.getByText('All progress cleared.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('checkbox', { name: 'Ask the operator about the account' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Is the number on an eSIM?' })).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  it('the undo offer goes away after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      useProgress.getState().setLang('en');
      render(<App />);
      await user.click(screen.getByRole('button', { name: 'Start over' }));
      await user.click(screen.getByRole('button', { name: 'Clear' }));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(11_000));
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('records the operator’s confirmation only after submission, with a date', async () => {
    useProgress.setState({
      answers: nothingSpecial,
      method: 'store',
      ticks: Object.fromEntries([...plainTasksBeforeStoreSubmission, ...listItemsById.keys()].map((id) => [id, { at: Date.now() }])),
    });
    const user = openPage('en');
    expect(headline()).toHaveTextContent('Ready to submit the cancellation');
    const record = screen.getByRole('button', { name: 'Record the operator’s confirmation' });
    expect(record).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Sign the form or slip the staff give you' }));
    expect(headline()).toHaveTextContent('Cancellation submitted: waiting for the operator to confirm');
    await user.click(record);
    expect(screen.getByText('Enter the date the operator confirmed.')).toHaveAttribute('role', 'alert');
    await user.type(screen.getByLabelText('Date the operator confirmed the cancellation'), '2026-11-20');
    await user.type(screen.getByRole('textbox', { name: 'Reference or certificate number (optional)' }), 'ZX-123');
    await user.click(record);
    expect(headline()).toHaveTextContent('Cancelled: the operator confirmed on November 20, 2026');
    expect(screen.getByText(/confirmed the cancellation on November 20, 2026, reference ZX-123/)).toBeInTheDocument();
  });
});
