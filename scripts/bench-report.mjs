#!/usr/bin/env node
// Runs the rules benchmark on the built-in checklist and checks the target: median evaluation < 0.2 ms.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
execFileSync('npx', ['vitest', 'bench', '--run', '--outputJson', out], { stdio: 'inherit' });
/** @type {{ files: { groups: { benchmarks: { name: string; median: number; p99: number }[] }[] }[] }} */
const report = JSON.parse(readFileSync(out, 'utf8'));
const result = report.files.flatMap((f) => f.groups).flatMap((g) => g.benchmarks).find((b) => b.name === 'built-in checklist');
if (!result) {
  console.error('No result for the built-in checklist');
  process.exit(1);
}
const ok = result.median < 0.2;
console.log(`${ok ? 'ok  ' : 'FAIL'} built-in checklist: median ${(result.median * 1000).toFixed(1)} µs per evaluation, p99 ${(result.p99 * 1000).toFixed(1)} µs (target: median < 200 µs)`);
process.exit(ok ? 0 : 1);
