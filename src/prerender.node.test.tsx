// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstScreenMarkup } from './prerender';

describe('the prerender, as the build runs it (Node: no browser, no storage)', () => {
  it('renders the first screen in Chinese, with no storage warning', () => {
    expect(typeof navigator === 'undefined' || navigator.languages === undefined).toBe(true);
    const markup = firstScreenMarkup();
    expect(markup).toContain('<h1>注销手机号清单</h1>');
    expect(markup).toContain('确认是否满足注销条件');
    expect(markup).not.toMatch(/Cancel a mobile line/);
    expect(markup).toContain('<div role="alert" class="storage-alerts"></div>'); // the live region, empty
  });
});
