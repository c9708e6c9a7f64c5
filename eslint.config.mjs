// ESLint for the whole repository (`npm run lint`, zero warnings in CI). The rules write down what the code
// already does: no `any`, no @ts-ignore, no unused names (a leading `_` says "unused on purpose"), `import type`
// for type-only imports, no console in the server outside its command-line entry points. Formatting belongs to
// Prettier: eslint-config-prettier comes last and switches off every rule that would fight it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'web/src/graphql/generated/**',
      'schema/**',
      'bench/results/**',
      'coverage/**',
      'test-artifacts/**',
      'data/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Vue's rules read the single-file components of the web client.
  ...vue.configs['flat/recommended'].map((config) => ({ ...config, files: ['web/**/*.vue'] })),
  {
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    languageOptions: {
      parserOptions: {
        // .vue files: vue-eslint-parser reads the template and hands <script lang="ts"> to typescript-eslint.
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        // The server uses legacy decorators with emitted metadata (tsconfig.json): consistent-type-imports must
        // not turn a class used in a decorated signature into a type-only import, or its runtime metadata is lost.
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['web/**/*.vue'],
    rules: {
      // Where the first attribute sits is layout, and layout is Prettier's (it breaks attributes onto their own lines).
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['server/**', 'shared/**', 'seeds/**', 'scripts/**', 'test/**', 'bench/**', '*.ts', '*.cjs', '*.mjs', 'web/*.ts', 'web/*.mts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // CommonJS configuration files (dependency-cruiser reads .cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The server logs through pino (server/src/logger.ts) so that lines carry request ids and levels.
    files: ['server/src/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Command-line entry points talk to the operator on the terminal: console is their user interface.
    files: ['server/src/cli/**', 'server/src/db/migrate.ts', 'server/src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
