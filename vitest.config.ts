import { defineConfig } from 'vitest/config';

// Unit tests only; the end-to-end tests under test/e2e run in Playwright over the built site.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The experiment tests train for thousands of steps (≈2 s each on a quiet machine); a
    // shared, loaded machine can take several times longer. Speed is measured by npm run bench.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, a single worker on a 2-core CI
    // machine; the slow files (builds, experiments) wait on child processes and the CPU alike.
    maxWorkers: 2,
  },
});
