// Process boundaries are enforced here (Signal Desktop's approach): shared/ stays pure so the
// deadline engine runs in the renderer; the renderer never reaches into main/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node built-ins (it also runs in the renderer).' },
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'react-router'], message: 'shared/ is pure: no React or DOM.' },
            { group: ['**/main/**', '../main/*', '**/renderer/**'], message: 'shared/ may not import main/ or renderer/.' },
          ],
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '../../main/*'], message: 'The renderer talks to the core only through the Bridge (shared/api.ts).' },
            { group: ['node:*', 'electron'], message: 'The renderer runs sandboxed: no Node or Electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ may not import the renderer.' }] }],
    },
  },
  // Dependencies point one way: cli/electron → transport → (handlers) → services → store → shared.
  // The composition root (main/app) wires services into dispatch; services never see a carrier.
  {
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ may not import the renderer.' },
            { group: ['**/transport/*', '**/cli/*', '**/electron/*', '**/app/*'], message: 'Services know no carrier and no host: the composition root (main/app) wires them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ may not import the renderer.' },
            { group: ['**/transport/*', '**/cli/*', '**/electron/*', '**/app/*', '**/services/*'], message: 'The store is the bottom layer: it imports only shared/.' },
          ],
        },
      ],
    },
  },
  // The CLI is a thin layer over the contract: it reaches the core through dispatch (main/app,
  // the composition root), never a service or the store, so it cannot write an audit event or
  // change data in a way the UI could not.
  {
    files: ['main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ may not import the renderer.' },
            { group: ['**/services/*', '**/services/**', '**/store/*', '**/store/**'], message: 'The CLI calls operations through dispatch (main/app), never a service or the store.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
