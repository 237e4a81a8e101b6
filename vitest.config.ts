import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rebuilds dist/ when it is older than src/, so CLI tests never run a stale bundle.
    globalSetup: ['tests/helpers/fresh-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
