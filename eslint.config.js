import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', '.cache', 'bench/.cache', '**/*.json', '**/*.tmp.ts', 'tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (the ingest worker is the one exception).' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Article text is never injected as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render text as text.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never inject HTML: render text as text.' },
      ],
    },
  },
  {
    // The browser never imports ingest; ingest never imports React (the data flows one way).
    files: ['src/app/**', 'src/features/**', 'src/ui/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ingest/**', 'node:*'], message: 'The browser never imports ingest or Node modules.' }] },
      ],
    },
  },
  {
    // Test helpers run the real ingest on the sample corpus to feed the views: Node-side by design.
    files: ['src/app/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/ingest/**', 'src/article/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', '**/features/**', '**/app/**'], message: 'Ingest and the article format never import the reader.' }] },
      ],
    },
  },
  {
    files: ['src/ingest/ingest-worker.ts', '**/*.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
