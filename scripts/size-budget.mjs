#!/usr/bin/env node
// What the built page loads up front, gzipped at level 9, against the budget: scripts and modulepreloads, stylesheets.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const budget = { js: 80_000, css: 5_000 };

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const { js, css, files } = measure(dist);
  for (const f of files) console.log(`  ${f.file}: ${f.bytes.toLocaleString('en')} bytes gzip`);
  const jsOk = js <= budget.js;
  const cssOk = css <= budget.css;
  console.log(`${jsOk ? 'ok  ' : 'OVER'} JavaScript up front: ${js.toLocaleString('en')} bytes gzip (budget ${budget.js.toLocaleString('en')})`);
  console.log(`${cssOk ? 'ok  ' : 'OVER'} CSS up front: ${css.toLocaleString('en')} bytes gzip (budget ${budget.css.toLocaleString('en')})`);
  process.exit(jsOk && cssOk ? 0 : 1);
}
