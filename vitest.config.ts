import { defineConfig } from 'vitest/config';
import { importWorkerHashDefine, reportWorkerHashDefine } from './scripts/worker-hash.mjs';

// One runner for unit, integration and end-to-end tests. Benchmarks live in test/bench and
// run through `npm run bench`, never as tests.
export default defineConfig({
  // The sources under test start the built import worker only if it is the one just built, as the
  // bundled app does (scripts/worker-hash.mjs).
  define: { ...importWorkerHashDefine(), ...reportWorkerHashDefine() },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Generous: CI shares two cores between Chromium, the served app and scrypt unlocks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // On CI only, a failed test gets one more try: the end-to-end tests share two cores with
    // Chromium and the served app, and a timing flake there must not hide behind a red build
    // nor block one. Locally every failure shows at once.
    retry: process.env.CI ? 1 : 0,
    pool: 'forks',
  },
});
