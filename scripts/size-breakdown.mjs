#!/usr/bin/env node
// Where the JavaScript up front goes, measured rather than estimated: the page is built three times with the
// project's own Vite config and measured the way `size-budget.mjs` measures it (gzip level 9):
//   1. as it is;
//   2. with every sentence of both languages emptied (string literals in src/content/ that hold words): what
//      is left is our code and the checklist's structure;
//   3. with the entry replaced by the least a page needs from React, ReactDOM and zustand's persist.
// The differences say what the words cost and what our code costs. gzip is not additive, so each figure is
// "what removing this saves", and the three add up to the page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { budget, measure } from './size-budget.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Words, not identifiers: anything with Chinese in it, or longer than a dozen characters with a space. */
const isWords = (/** @type {string} */ text) => /[\u3400-\u9fff\uff00-\uffef]/.test(text) || (text.length > 12 && text.includes(' '));

/**
 * `code` with every string or template literal that holds words replaced by `''`. Ids, keys and short codes
 * stay, so the result builds and runs the same code with nothing to say.
 * @param {string} code @param {string} fileName @returns {{ code: string, emptied: number }}
 */
export function emptyTheWords(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  /** @type {[number, number][]} */
  const spans = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    if ((literal && isWords(node.text)) || (ts.isTemplateExpression(node) && isWords(node.getText(source)))) {
      spans.push([node.getStart(source), node.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}''${out.slice(end)}`;
  return { code: out, emptied: spans.length };
}

/** The least a page needs from the libraries we use: a root, a component, a zustand store with persist. */
const librariesOnlyEntry = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
const useCount = create(persist(() => ({ count: 0 }), { name: 'size-breakdown' }));
function Counter() {
  const count = useCount((s) => s.count);
  return createElement('button', { type: 'button', onClick: () => useCount.setState({ count: count + 1 }) }, count);
}
createRoot(document.getElementById('root')).render(createElement(Counter));
`;

const contentDir = join(root, 'src', 'content') + '/';
const entry = join(root, 'src', 'main.tsx');

/** @type {import('vite').Plugin} */
const withoutWords = {
  name: 'empty-the-words',
  enforce: 'pre',
  transform(code, id) {
    if (!id.startsWith(contentDir) || !id.endsWith('.ts') || id.endsWith('.test.ts')) return null;
    return { code: emptyTheWords(code, id).code, map: null };
  },
};

/** The libraries alone: the entry replaced by one that only loads them. @type {import('vite').Plugin} */
const librariesOnly = {
  name: 'libraries-only',
  enforce: 'pre',
  load: (id) => (id === entry ? librariesOnlyEntry : null),
};

/** @param {import('vite').Plugin | null} plugin @returns {Promise<number>} */
async function buildAndMeasure(plugin) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'size-breakdown-'));
  try {
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true }, plugins: plugin ? [plugin] : [] });
    return measure(outDir, { words: plugin !== librariesOnly }).js;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const page = await buildAndMeasure(null);
  const noWords = await buildAndMeasure(withoutWords);
  const libraries = await buildAndMeasure(librariesOnly);
  const version = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  /** @type {[string, number][]} */
  const rows = [
    ['the page', page],
    [`React ${version('react')}, ReactDOM, zustand ${version('zustand')} alone`, libraries],
    ["our code and the checklist's structure", noWords - libraries],
    ['the words up front (the larger language)', page - noWords],
  ];
  console.log('JavaScript up front, bytes gzip (level 9):');
  for (const [label, bytes] of rows) console.log(`  ${label.padEnd(44)} ${bytes.toLocaleString('en').padStart(7)}`);
  console.log(`Budget ${budget.js.toLocaleString('en')}: it leaves ${(budget.js - libraries).toLocaleString('en')} for everything of ours;`);
  console.log(`without any words the page would be ${noWords.toLocaleString('en')} (${noWords <= budget.js ? 'within' : `${(noWords - budget.js).toLocaleString('en')} over`}).`);
}
