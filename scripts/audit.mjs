#!/usr/bin/env node
// Lighthouse (mobile defaults) on the production build, in Debian's Chromium: prints the four scores and FCP/LCP/TBT/CLS,
// and fails below the floors (accessibility, best practices, SEO: 100; performance: 90 on shared machines, target 98).
// Two first visits to the overview, one per language: each loads its own words.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = 4321;
const url = `http://127.0.0.1:${port}/`;
const floors = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
const visits = [
  ['zh-CN', 'a Chinese browser'],
  ['en-US', 'an English browser'],
];

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
};

let chrome;
let failed = false;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 100) throw new Error(`the preview server did not start on ${url}`);
      await sleep(200);
    }
  }
  for (const [locale, who] of visits) {
    console.log(`First visit from ${who}:`);
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--lang=${locale}`,
        `--accept-lang=${locale}`,
      ],
    });
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    for (const [id, floor] of Object.entries(floors)) {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      const ok = score >= floor;
      failed ||= !ok;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${categories[id]?.title ?? id}: ${score} (floor ${floor})`);
      if (!ok) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`       ${audit.id}: ${audit.title}`);
        }
      }
    }
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
      console.log(`     ${audits[id]?.title}: ${audits[id]?.displayValue}`);
    }
    await chrome.kill();
    chrome = undefined;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  failed = true;
} finally {
  await chrome?.kill();
  stopServer();
}
process.exit(failed ? 1 : 0);
