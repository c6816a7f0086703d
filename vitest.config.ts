import { defineConfig } from 'vitest/config';

// Unit tests only; the end-to-end tests under test/e2e run in Playwright over the built site.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
