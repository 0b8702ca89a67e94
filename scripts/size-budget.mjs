#!/usr/bin/env node
// What the built page loads up front, gzipped at level 9, against the budget: scripts and modulepreloads, stylesheets.
// `budget` is issue 6's target. The JavaScript is over it (see README, "Size"), so until it is met `ceiling` holds
// today's size: the check fails if the page grows past it, and prints how far it still is from the budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const budget = { js: 80_000, css: 5_000 };
/** No growth while the JavaScript budget is unmet: today's size plus a little, to be lowered as it shrinks. */
export const ceiling = { js: 95_000 };

/** @param {string} dist @returns {{ js: number, css: number, files: { file: string, kind: 'js' | 'css', bytes: number }[] }} */
export function measure(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  /** @type {{ file: string, kind: 'js' | 'css', bytes: number }[]} */
  const files = [];
  const add = (/** @type {string} */ href, /** @type {'js' | 'css'} */ kind) => {
    const file = join(dist, href.replace(/^\.?\//, ''));
    if (!existsSync(file)) throw new Error(`index.html loads ${href}, which is not in ${dist}`);
    files.push({ file: href, kind, bytes: gzipSync(readFileSync(file), { level: 9 }).length });
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1] ?? '', 'js');
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) add(m[1] ?? '', 'js');
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)) add(m[1] ?? '', 'css');
  const sum = (/** @type {'js' | 'css'} */ kind) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.bytes, 0);
  return { js: sum('js'), css: sum('css'), files };
}

/** @param {{ js: number, css: number }} size @returns {{ ok: boolean, lines: string[] }} */
export function judge({ js, css }) {
  const n = (/** @type {number} */ x) => x.toLocaleString('en');
  const lines = [];
  let ok = true;
  if (js <= budget.js) lines.push(`ok   JavaScript up front: ${n(js)} bytes gzip (budget ${n(budget.js)})`);
  else if (js <= ceiling.js) {
    lines.push(`OVER JavaScript up front: ${n(js)} bytes gzip (budget ${n(budget.js)}: ${n(js - budget.js)} over)`);
    lines.push(`ok   JavaScript within the no-growth ceiling of ${n(ceiling.js)} bytes while the budget is unmet`);
  } else {
    ok = false;
    lines.push(`FAIL JavaScript up front: ${n(js)} bytes gzip, past the no-growth ceiling of ${n(ceiling.js)} (budget ${n(budget.js)})`);
  }
  if (css <= budget.css) lines.push(`ok   CSS up front: ${n(css)} bytes gzip (budget ${n(budget.css)})`);
  else {
    ok = false;
    lines.push(`FAIL CSS up front: ${n(css)} bytes gzip (budget ${n(budget.css)})`);
  }
  return { ok, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const size = measure(dist);
  for (const f of size.files) console.log(`  ${f.file}: ${f.bytes.toLocaleString('en')} bytes gzip`);
  const { ok, lines } = judge(size);
  for (const line of lines) console.log(line);
  process.exit(ok ? 0 : 1);
}
