import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

interface Watch {
  errors: string[];
  offDevice: string[];
  attach(page: Page): void;
}

/**
 * Every page in the browser tests is watched: a console error, an uncaught exception or a request that
 * leaves 127.0.0.1 fails the test. Pages of contexts a test makes itself are watched through watchContext.
 */
export const test = base.extend<{ watch: Watch; watchContext: (context: BrowserContext) => Promise<Page> }>({
  watch: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const offDevice: string[] = [];
      const attach = (p: Page) => {
        p.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(msg.text());
        });
        p.on('pageerror', (err) => errors.push(err.message));
        p.on('request', (req) => {
          const url = new URL(req.url());
          if (url.protocol === 'data:' || url.protocol === 'blob:') return;
          if (url.hostname !== '127.0.0.1') offDevice.push(req.url());
        });
      };
      attach(page);
      await use({ errors, offDevice, attach });
      expect(errors, 'console errors').toEqual([]);
      expect(offDevice, 'requests that left the device').toEqual([]);
    },
    { auto: true },
  ],
  watchContext: async ({ watch }, use) => {
    await use(async (context) => {
      context.on('page', (p) => watch.attach(p));
      return context.newPage();
    });
  },
});

export { expect };
