#!/usr/bin/env node
// Tick latency at scale: the test-only 1,000-step checklist (vite --mode scale), in Chromium, over 50 ticks.
// "Click → frame ready": from the click to React's commit and the browser's style and layout of the result
// (what must fit in a frame for the next one to show the tick). Also printed: click → next animation frame,
// which includes waiting for the display's next refresh (up to one 16.7 ms interval) and so has that floor.
// Target: median click → frame ready < 16 ms.
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const port = 4322;
const url = `http://127.0.0.1:${port}/?lang=en`;
execFileSync('npx', ['vite', 'build', '--mode', 'scale', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--mode', 'scale', '--outDir', 'dist-scale', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
let browser;
let code = 1;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 100) throw new Error('the preview server did not start');
      await sleep(200);
    }
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByRole('radio', { name: 'Step online' }).check();
  const steps = await page.evaluate(() => document.querySelectorAll('.step').length);
  const boxes = page.locator('.step > .tick input[type="checkbox"]:not([aria-disabled])');
  const available = await boxes.count();
  const ticks = Math.min(50, available);
  // Warm up once, untimed.
  await boxes.nth(available - 1).click();
  const times = await page.evaluate(async (n) => {
    const inputs = [...document.querySelectorAll('.step > .tick input[type="checkbox"]:not([aria-disabled])')].slice(0, n);
    /** @type {{ ready: number[], frame: number[] }} */
    const out = { ready: [], frame: [] };
    for (const input of inputs) {
      input.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const start = performance.now();
      /** @type {HTMLInputElement} */ (input).click();
      void document.body.offsetHeight; // style and layout of what the click changed
      out.ready.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(r));
      out.frame.push(performance.now() - start);
    }
    return out;
  }, ticks);
  const stats = (/** @type {number[]} */ xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
  };
  const ready = stats(times.ready);
  const frame = stats(times.frame);
  console.log(`steps on the page: ${steps}; ticks timed: ${times.ready.length}`);
  console.log(`click → frame ready: median ${ready.median.toFixed(1)} ms, p95 ${ready.p95.toFixed(1)} ms, max ${ready.max.toFixed(1)} ms`);
  console.log(`click → next animation frame: median ${frame.median.toFixed(1)} ms, p95 ${frame.p95.toFixed(1)} ms`);
  console.log(`${ready.median < 16 ? 'ok  ' : 'FAIL'} median click → frame ready < 16 ms`);
  code = ready.median < 16 && times.ready.length === 50 ? 0 : 1;
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
} finally {
  await browser?.close();
  if (server.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}
process.exit(code);
