import { defineConfig } from 'vitest/config';

// One runner for unit, integration and end-to-end tests. Benchmarks live in test/bench and
// run through `npm run bench`, never as tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
