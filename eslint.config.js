// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';

/** Content and rules are plain data and pure functions: they run in Node without React or zustand. */
export const pureLayerImports = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/content and src/rules must stay pure: no React or zustand here.',
    },
    {
      group: ['**/store/*', '**/components/*', '**/store', '**/components'],
      message: 'Dependencies flow one way: content → rules → store → components.',
    },
  ],
};

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}', 'src/rules/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', pureLayerImports] },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
