// @vitest-environment node
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emptyTheWords } from './size-breakdown.mjs';

const parses = (code: string) => ts.transpileModule(code, { reportDiagnostics: true }).diagnostics?.length === 0;

describe('emptying the words (for the size breakdown)', () => {
  it('empties sentences in both languages and keeps ids, keys, short codes and imports', () => {
    const code = [
      "import type { Checklist } from './types';",
      "export const a = { id: 'unpaidBills', kind: 'submit', title: { zh: '有未结清账单吗？', en: 'Are there unpaid bills on this number?' } };",
      "export const b = (n: number) => `${n} 项未完成`;",
      "export const c = (n: number) => `${n} steps are not done yet`;",
      "export const d = (x: string, y: string) => `${x}-${y}`;",
      "export const e = { locale: 'zh-CN', yes: '是' };",
    ].join('\n');
    const { code: out, emptied } = emptyTheWords(code, 'x.ts');
    expect(emptied).toBe(5);
    expect(out).toContain("import type { Checklist } from './types';");
    expect(out).toContain("{ id: 'unpaidBills', kind: 'submit', title: { zh: '', en: '' } }");
    expect(out).toContain('export const b = (n: number) => \'\';');
    expect(out).toContain('export const c = (n: number) => \'\';');
    expect(out).toContain('`${x}-${y}`');
    expect(out).toContain("{ locale: 'zh-CN', yes: '' }");
    expect(parses(out)).toBe(true);
  });

  it('leaves the Chinese words file valid code with every key and no Chinese', () => {
    const file = new URL('../src/content/words/zh.mainland.ts', import.meta.url);
    const source = readFileSync(file, 'utf8');
    const { code: out, emptied } = emptyTheWords(source, file.pathname);
    expect(emptied).toBeGreaterThan(40);
    expect(out).not.toMatch(/[\u4e00-\u9fff]/);
    for (const [, key] of source.matchAll(/^ {4}(\w+): /gm)) expect(out).toMatch(new RegExp(`^ {4}${key}: `, 'm'));
    expect(parses(out)).toBe(true);
  });
});
