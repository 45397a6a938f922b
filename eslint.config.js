// Lint rules that guard the architecture as well as the code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = {
  name: 'electron',
  message:
    'Only electron/ may import electron; keep logic in plain Node so tests and the CLI can run it.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='parseFloat']",
          message: 'Money is integer paise: parse with shared/money.ts.',
        },
      ],
      'default-case-last': 'error',
    },
  },
  {
    files: ['shared/**', 'db/**', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnly] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { regex: '^node:', message: 'shared/ runs in the renderer too: no Node built-ins.' },
            {
              regex: '(^|/)(db|electron|renderer)/',
              message: 'shared/ depends on nothing of ours.',
            },
            {
              regex: '^(better-sqlite3|drizzle-orm|exceljs|fs|path|crypto|os)$',
              message: 'shared/ runs in the renderer too.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              regex: '(^|/)db(/|$)',
              message: 'The renderer reaches the ledger only through the typed contract (api).',
            },
            {
              regex: '(^|/)electron/',
              message: 'The renderer talks to the main process only through api.',
            },
            { regex: '^node:', message: 'The renderer has no Node.' },
            {
              regex: '^(better-sqlite3|drizzle-orm|exceljs)',
              message: 'The renderer has no database or file access.',
            },
          ],
        },
      ],
    },
  },
);
