import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { firstScreenMarkup } from './prerender';
import { useProgress } from './store/progressStore';

let root: Root | undefined;
beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The prerendered markup in the document, as the built index.html has it before any script runs. */
function staticPage(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = firstScreenMarkup();
  document.body.append(container);
  return container;
}

describe('the prerendered first screen', () => {
  it('is the Chinese first visit: the questions and the groups of tasks, nothing answered, no alert', () => {
    const page = within(staticPage());
    expect(page.getByRole('heading', { level: 1 })).toHaveTextContent('注销手机号清单');
    for (const stage of ['关于你的号码', '确认是否满足注销条件', '准备相关材料', '注意事项：注销前先做', '选择注销方式并提交', '收尾：确认、退款和复查']) {
      expect(page.getByRole('heading', { level: 2, name: new RegExp(stage) })).toBeInTheDocument();
    }
    for (const radio of page.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(page.getByRole('alert')).toBeEmptyDOMElement();
    // The day of the build is not the day of the visit: the date picker's bound comes after hydration.
    expect(page.getByLabelText('运营商确认注销的日期')).not.toHaveAttribute('max');
  });

  it('hydrates without a mismatch, keeps the same elements, then works', async () => {
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const container = staticPage();
    const heading = screen.getByRole('heading', { level: 1 });

    act(() => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
    });

    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
    expect(screen.getByLabelText('运营商确认注销的日期')).toHaveAttribute('max', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));

    const user = userEvent.setup();
    await user.click(within(screen.getByRole('group', { name: '这个号码现在有欠费吗？' })).getByRole('radio', { name: '否' }));
    expect(useProgress.getState().answers).toEqual({ unpaidBills: 'no' });
  });
});
