import { defineConfig } from 'vitest/config';

// One browser, one file at a time: the end-to-end tests share a Chromium profile and a fixture server.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
