import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const noUiImports = {
  group: ['**/ui/**', '../ui', '../../ui'],
  message: 'Nothing imports ui: imports flow ui -> state -> workers -> core.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'reports',
      'node_modules',
      'test-results*',
      'playwright-report',
      'bench/out',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/state/**', '**/workers/**', 'react', 'zustand', 'comlink'],
              message:
                'core is pure: it imports nothing of ours outside core, and no UI/state libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts', 'src/workers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUiImports] }] },
  },
);
