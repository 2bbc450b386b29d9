import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettierOff from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The reader's features: each may import the shared layers only (readerLayers below). */
const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The reader's layers, one way: shared (src/article, src/data, src/ui) -> features -> app. A feature never
 * imports another feature or the app: what one needs of another comes through props and slots (the card's
 * actions: src/ui/card-actions.tsx), which the app's pages fill. Tests and their helpers go through the
 * whole app by design. Exported for the test that proves a new cross-feature import fails.
 */
export const readerLayers = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}', 'src/**/testing/**'],
  plugins: { 'import-x': importX },
  settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
  rules: {
    'import-x/no-cycle': 'error',
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          ...features.map((name) => ({
            target: `./src/features/${name}`,
            from: './src/features',
            except: [`./${name}`],
            message: 'A feature never imports another: pass what it needs as props or through a slot (src/ui).',
          })),
          { target: './src/features', from: './src/app', message: 'Features never import the app: the app composes them.' },
          {
            target: ['./src/article', './src/data', './src/ui'],
            from: ['./src/features', './src/app'],
            message: 'The shared layers (article, data, ui) never import features or the app.',
          },
          { target: './src/ui', from: './src/data', message: 'Shared UI pieces take data as props; they never fetch.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', '.cache', 'bench/.cache', '**/*.json', '**/*.tmp.ts', 'tmp-*', 'src/**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  readerLayers,
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
        {
          patterns: [
            { group: ['**/ingest/**', 'node:*'], message: 'The browser never imports ingest or Node modules.' },
            { group: ['../../*'], message: 'Name a module in another folder by where it lives: @/data/..., not ../../.' },
          ],
        },
      ],
    },
  },
  {
    // The build loads the route table in Node (vite.config.ts), where the @/ alias does not exist yet.
    files: ['src/app/routes/route-table.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
        {
          patterns: [
            {
              group: ['react', 'react-*', '**/features/**', '**/app/**'],
              message: 'Ingest and the article format never import the reader.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ingest/ingest-worker.ts', '**/*.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Layout is Prettier's job (`npm run format`; `npm run lint` checks it): no style rule argues with it.
  prettierOff,
);
