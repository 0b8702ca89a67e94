import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgress } from '../store/progressStore';
import { actions } from '../store/progressActions';
import { openPage } from '../test/openPage';

const group = (name: string) => screen.getByRole('group', { name });
const radio = (item: string, mark: string) => within(group(item)).getByRole('radio', { name: mark });
/** A list group's folding line: a native summary, which has no role to find it by, so by what it says. */
const line = (title: string) => screen.getByText((_, el) => el?.tagName === 'SUMMARY' && (el.textContent ?? '').startsWith(`${title} `));

describe('the re-binding page: three marks, groups that fold, banks one by one', () => {
  it('an account is still to change, changed or not on this number (one at a time); only the last two settle it', async () => {
    const user = await openPage('#/task/rebind', 'en');
    await user.click(line('Social'));
    expect(group('WeChat')).toHaveAccessibleDescription(/Usually under/);
    expect(within(group('WeChat')).getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
    await user.click(radio('WeChat', 'To change'));
    expect(useProgress.getState().ticks['rebind.wechat']).toMatchObject({ pending: true });
    expect(screen.getByText(/^0 of \d+ dealt with$/)).toBeInTheDocument();
    await user.click(radio('WeChat', 'Changed'));
    expect(radio('WeChat', 'Changed')).toBeChecked();
    expect(radio('WeChat', 'To change')).not.toBeChecked();
    expect(screen.getByText(/^1 of \d+ dealt with$/)).toBeInTheDocument();
    await user.click(radio('WeChat', 'Not on this number'));
    expect(useProgress.getState().ticks['rebind.wechat']).toMatchObject({ notUsed: true });
    expect(useProgress.getState().history.map((h) => h.kind)).toEqual(['pending', 'tick', 'notUsed']);
  });

  it('groups are folded on a first visit, with their count; they open and close, and a folded group part-way says what is left', async () => {
    const user = await openPage('#/task/rebind', 'zh');
    const social = line('社交');
    expect(social).toHaveTextContent('社交 还剩 7 项');
    expect(group('微信')).not.toBeVisible();
    await user.click(social);
    expect(group('微信')).toBeVisible();
    await user.click(radio('微信', '待换绑'));
    await user.click(radio('QQ', '已换绑'));
    await user.click(social);
    expect(group('微信')).not.toBeVisible();
    expect(social).toHaveTextContent('社交 还剩 6 项');
    expect(screen.getByText('待换绑：微信；还有 5 项没选')).toBeVisible();
  });

  it('“none of these” marks what is left of a group in one tap, keeps the marks made, and the finished group is one line', async () => {
    const user = await openPage('#/task/rebind', 'en');
    act(() => {
      actions.markItem('rebind.wechat', 'pending');
      actions.markItem('rebind.qq', 'done');
    });
    const none = screen.getByRole('button', { name: 'None of the rest Social' });
    await user.click(none);
    const ticks = useProgress.getState().ticks;
    expect(ticks['rebind.wechat']).toMatchObject({ pending: true });
    expect(ticks['rebind.qq']).not.toHaveProperty('notUsed');
    for (const id of ['weibo', 'douyin', 'kuaishou', 'xiaohongshu', 'bilibili']) expect(ticks[`rebind.${id}`], id).toMatchObject({ notUsed: true });
    // One tap, one entry in the history, naming the group.
    expect(useProgress.getState().history.at(-1)).toMatchObject({ kind: 'notUsed', id: 'rebind.social' });
    // Only WeChat is left: the button has gone, focus is on the group's line, which names what is left.
    expect(screen.queryByRole('button', { name: /Social$/ })).not.toBeInTheDocument();
    expect(line('Social')).toHaveFocus();
    expect(line('Social')).toHaveTextContent('Social 1 left');
    expect(screen.getByText('To change: WeChat')).toBeVisible();
    await user.click(line('Social'));
    await user.click(radio('WeChat', 'Changed'));
    await user.click(line('Social'));
    expect(line('Social')).toHaveTextContent('Social all 7 dealt with');
    expect(screen.queryByText(/To change: WeChat/)).not.toBeInTheDocument();
  });

  it('banks are listed one by one, each still to change until changed; “no bank card” settles the banks when none is listed', async () => {
    const user = await openPage('#/task/rebind', 'en');
    await user.click(line('Banks and payments'));
    const noBanks = screen.getByRole('checkbox', { name: 'No bank card uses this number' });
    await user.click(noBanks);
    expect(useProgress.getState().ticks['rebind.banks']).toMatchObject({ notUsed: true });
    const field = screen.getByRole('textbox', { name: /^Name of the bank/ });
    await user.type(field, 'ICBC{Enter}');
    await user.type(field, 'Bank of China');
    await user.click(screen.getByRole('button', { name: 'Add bank' }));
    // Listing a bank says one uses the number: the "none" mark goes, and each bank starts as still to change.
    expect(useProgress.getState().ticks).not.toHaveProperty('rebind.banks');
    expect(screen.queryByRole('checkbox', { name: 'No bank card uses this number' })).not.toBeInTheDocument();
    expect(radio('ICBC', 'To change')).toBeChecked();
    expect(radio('Bank of China', 'To change')).toBeChecked();
    expect(useProgress.getState().customEntries.map((e) => [e.label, e.kind])).toEqual([
      ['ICBC', 'bank'],
      ['Bank of China', 'bank'],
    ]);
    // A bank is not an own entry, and its name is not taken twice.
    expect(screen.queryByRole('list', { name: 'Your own' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Banks and payments' })).getByRole('group', { name: 'ICBC' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'An account or service not in the list' }), ' icbc {Enter}');
    expect(screen.getByText('You have already added one with that name.')).toHaveAttribute('role', 'alert');
    await user.click(radio('ICBC', 'Changed'));
    await user.click(line('Banks and payments'));
    expect(screen.getByText('To change: Bank of China; 6 not marked yet')).toBeVisible();
    // Removing a bank can be undone where it was; focus goes to the undo.
    await user.click(line('Banks and payments'));
    await user.click(screen.getByRole('button', { name: 'Remove “Bank of China”' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(radio('Bank of China', 'To change')).toBeChecked();
  });

  it('own entries: added still to change, renamed and removed as text, an emoji counted as one character', async () => {
    const user = await openPage('#/task/rebind', 'en');
    const input = screen.getByRole('textbox', { name: 'An account or service not in the list' });
    await user.type(input, '  <b>Steam</b>  ');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(radio('<b>Steam</b>', 'To change')).toBeChecked();
    await user.click(radio('<b>Steam</b>', 'Changed'));
    await user.click(screen.getByRole('button', { name: 'Rename: <b>Steam</b>' }));
    const rename = screen.getByRole('textbox', { name: 'New name for “<b>Steam</b>”' });
    await user.clear(rename);
    await user.type(rename, 'Steam{Enter}');
    expect(screen.getByRole('button', { name: 'Rename: Steam' })).toHaveFocus();
    expect(radio('Steam', 'Changed')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Remove “Steam”' }));
    expect(screen.queryByRole('group', { name: 'Steam' })).not.toBeInTheDocument();
    const family = '👨‍👩‍👧‍👦'.repeat(60);
    await user.click(input);
    await user.paste(family);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(group(family)).toBeInTheDocument();
    await user.click(input);
    await user.paste(`${family}x`);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('That name is too long: 60 characters at most.')).toHaveAttribute('role', 'alert');
    expect(input).toHaveValue(`${family}x`);
  });

  it('a list of one group (automatic payments) is open from the start, with its own words for the marks', async () => {
    const user = await openPage('#/task/stopAutoPay', 'zh');
    expect(radio('银行代扣', '要停掉')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '都没开通 自动扣款' }));
    expect(screen.getByText(/^已处理 3 \/ 3 项$/)).toBeInTheDocument();
  });

  it('how to find missed accounts names the official look-ups once, each explained in its sentence', async () => {
    await openPage('#/task/rebind', 'zh');
    const find = screen.getByText(/一证通查2\.0/);
    expect(find.textContent).toMatch(/「一证通查2\.0」是官方的查询服务，一般只显示[^。]*几个[^。]*。/);
    expect(find.textContent).toMatch(/「一键查询」[^。]*只查得到参加了这项服务的 App[^。]*。/);
  });
});
