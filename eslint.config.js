// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { importX } from 'eslint-plugin-import-x';

/**
 * The layers of src/, lowest first (README, "Layout"). A layer imports only layers before it; tests may reach
 * anywhere. Each entry names the folders its files must not import.
 */
export const layers = {
  content: ['rules', 'store', 'routing', 'i18n', 'files', 'components', 'pages', 'app'],
  rules: ['store', 'routing', 'i18n', 'files', 'components', 'pages', 'app'],
  store: ['routing', 'i18n', 'files', 'components', 'pages', 'app'],
  routing: ['store', 'i18n', 'files', 'components', 'pages', 'app'],
  i18n: ['routing', 'files', 'components', 'pages', 'app'],
  files: ['routing', 'components', 'pages', 'app'],
  components: ['pages', 'app'],
  pages: ['app'],
};

/** The no-restricted-imports patterns that keep one layer from importing the folders above it. */
export function layerImports(/** @type {keyof typeof layers} */ layer) {
  const above = layers[layer];
  /** @type {{ group: string[], message: string }[]} */
  const patterns = [
    {
      group: above.flatMap((folder) => [`**/${folder}/*`, `**/${folder}`]),
      message: `src/${layer} must not import ${above.join(', ')}: dependencies point one way (README, "Layout").`,
    },
  ];
  if (layer === 'content' || layer === 'rules') {
    patterns.push({
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/content and src/rules must stay pure: no React or zustand here.',
    });
  }
  return { patterns };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
      // No import circles, dynamic imports included (a page loaded on demand that imports its loader is one).
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }],
    },
  },
  ...Object.keys(layers).map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': /** @type {import('eslint').Linter.RuleEntry} */ ([
        'error',
        layerImports(/** @type {keyof typeof layers} */ (layer)),
      ]),
    },
  })),
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
