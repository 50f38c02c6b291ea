import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Builds and browsers are heavy: two workers on a two-core machine.
    maxWorkers: 2,
  },
});
