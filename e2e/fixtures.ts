import { test as base, expect } from '@playwright/test';

/** Every page in the browser tests is watched: console errors and requests that leave 127.0.0.1 fail the test. */
export const test = base.extend<{ watch: { errors: string[]; offDevice: string[] } }>({
  watch: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const offDevice: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1') offDevice.push(req.url());
      });
      await use({ errors, offDevice });
      expect(errors, 'console errors').toEqual([]);
      expect(offDevice, 'requests that left the device').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
