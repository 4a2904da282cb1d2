import {defineConfig} from 'vitest/config';

// Browser tests: headless Chromium against the built app, one file at a time (software WebGL is slow).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
