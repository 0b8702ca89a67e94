#!/usr/bin/env node
// Runs the rules benchmark and checks the targets: built-in < 0.05 ms, 5,000 steps < 5 ms, 10× steps ≤ 12× time.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
execFileSync('npx', ['vitest', 'bench', '--run', '--outputJson', out], { stdio: 'inherit' });
const report = JSON.parse(readFileSync(out, 'utf8'));
/** @type {Record<string, number>} mean ms by bench name */
const mean = {};
for (const file of report.files) for (const group of file.groups) for (const b of group.benchmarks) mean[b.name] = b.mean;

const builtIn = mean['built-in checklist'];
const small = mean['generated 500 steps'];
const large = mean['generated 5000 steps'];
if (builtIn === undefined || small === undefined || large === undefined) {
  console.error('Missing benchmark results:', mean);
  process.exit(1);
}
const ratio = large / small;
const baseSmall = mean['lookups 500 steps'];
const baseLarge = mean['lookups 5000 steps'];
const checks = [
  [`built-in checklist: ${(builtIn * 1000).toFixed(1)} µs per evaluation (target < 50 µs)`, builtIn < 0.05],
  [`5,000 steps: ${large.toFixed(3)} ms per evaluation (target < 5 ms)`, large < 5],
  [`500 → 5,000 steps: ${ratio.toFixed(2)}× the time for 10× the steps (target ≤ 12×)`, ratio <= 12],
];
for (const [line, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
if (baseSmall !== undefined && baseLarge !== undefined) {
  console.log(`     baseline, one tick lookup per step: ${(baseLarge / baseSmall).toFixed(2)}× from 500 to 5,000 steps on this machine`);
}
// How the cost per step moves with size, evaluate against the baseline, decade by decade.
const steps = [50, 500, 5000, 50000].filter((n) => mean[`generated ${n} steps`] !== undefined);
console.log('\n     steps   per evaluation   per step   10× steps costs   baseline');
steps.forEach((n, i) => {
  const t = mean[`generated ${n} steps`] ?? 0;
  const previous = i > 0 ? steps[i - 1] : undefined;
  const ratio = (/** @type {string} */ name) => {
    const now = mean[`${name} ${n} steps`];
    const before = previous === undefined ? undefined : mean[`${name} ${previous} steps`];
    return now !== undefined && before !== undefined ? `${(now / before).toFixed(1)}×` : '';
  };
  console.log(
    `     ${n.toLocaleString('en').padStart(6)}   ${(t * 1000).toFixed(1).padStart(8)} µs   ${((t * 1e6) / n).toFixed(0).padStart(5)} ns   ${ratio('generated').padStart(15)}   ${ratio('lookups').padStart(8)}`,
  );
});
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
