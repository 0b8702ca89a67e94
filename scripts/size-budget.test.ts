// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budget, judge, measure } from './size-budget.mjs';

/**
 * A fake build: index.html loading one script, one preload and one stylesheet of the given (incompressible)
 * sizes, and a words chunk for each language (the larger counts).
 */
function fakeDist(jsBytes: number, cssBytes: number) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'a.js'), randomBytes(jsBytes).toString('base64'));
  writeFileSync(join(dist, 'assets', 'b.js'), 'export const b = 1;');
  writeFileSync(join(dist, 'assets', 'c.css'), randomBytes(cssBytes).toString('base64'));
  writeFileSync(join(dist, 'assets', 'zh-1.js'), randomBytes(300).toString('base64'));
  writeFileSync(join(dist, 'assets', 'en-2.js'), randomBytes(600).toString('base64'));
  // Each path's titles: the line's path loads with the core words, the other never.
  writeFileSync(join(dist, 'assets', 'zh.mainland-4.js'), randomBytes(200).toString('base64'));
  writeFileSync(join(dist, 'assets', 'zh.abroad-5.js'), randomBytes(100).toString('base64'));
  writeFileSync(join(dist, 'assets', 'en.mainland-6.js'), randomBytes(300).toString('base64'));
  writeFileSync(join(dist, 'assets', 'en.abroad-7.js'), randomBytes(400).toString('base64'));
  writeFileSync(join(dist, 'assets', 'en.abroad.pages-8.js'), randomBytes(6000).toString('base64'));
  // The pages' words load with the pages: not counted.
  writeFileSync(join(dist, 'assets', 'en.pages-3.js'), randomBytes(6000).toString('base64'));
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" crossorigin src="/assets/a.js"></script><link rel="modulepreload" crossorigin href="/assets/b.js"><link rel="stylesheet" crossorigin href="/assets/c.css">',
  );
  return dist;
}

function run(dist: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync('node', ['scripts/size-budget.mjs', dist], { encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

const n = (x: number) => x.toLocaleString('en');

describe('the size budget', () => {
  it('counts scripts, modulepreloads and stylesheets that index.html loads, and the larger language’s words', () => {
    const m = measure(fakeDist(3000, 1000));
    expect(m.files.map((f) => [f.file, f.kind])).toEqual([
      ['/assets/a.js', 'js'],
      ['/assets/b.js', 'js'],
      ['/assets/c.css', 'css'],
      ['/assets/en-2.js', 'js'],
      ['/assets/en.abroad-7.js', 'js'],
    ]);
    expect(m.js).toBeGreaterThan(3000);
  });

  it('counts a stylesheet that index.html preloads (main.tsx applies it before the first render) as CSS', () => {
    const dist = fakeDist(1000, 1000);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    writeFileSync(join(dist, 'index.html'), html.replace('rel="stylesheet" crossorigin', 'rel="preload" as="style" crossorigin'));
    expect(measure(dist).files.filter((f) => f.kind === 'css').map((f) => f.file)).toEqual(['/assets/c.css']);
  });

  it('passes within budget and prints the figures with the room left', () => {
    const { code, out } = run(fakeDist(10_000, 1_000));
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`ok {3}JavaScript up front: [\\d,]+ bytes gzip \\(budget ${n(budget.js)}: [\\d,]+ to spare\\)`));
    expect(out).toMatch(/ok {3}CSS up front: [\d,]+ bytes gzip \(budget 6,000: [\d,]+ to spare\)/);
  });

  it('fails over the JavaScript budget and says by how much', () => {
    const { code, out } = run(fakeDist(budget.js + 5_000, 1_000));
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`FAIL JavaScript up front: [\\d,]+ bytes gzip \\(budget ${n(budget.js)}: [\\d,]+ over\\)`));
    expect(judge({ js: budget.js + 1_234, css: 1_000 }).lines[0]).toBe(`FAIL JavaScript up front: ${n(budget.js + 1_234)} bytes gzip (budget ${n(budget.js)}: 1,234 over)`);
  });

  it('fails over the CSS budget', () => {
    const { code, out } = run(fakeDist(1_000, 6_000));
    expect(code).toBe(1);
    expect(out).toContain('FAIL CSS up front');
  });

  it('passes exactly at the budget, fails one byte past', () => {
    expect(judge({ js: budget.js, css: budget.css }).ok).toBe(true);
    expect(judge({ js: budget.js + 1, css: budget.css }).ok).toBe(false);
    expect(judge({ js: budget.js, css: budget.css + 1 }).ok).toBe(false);
  });
});
