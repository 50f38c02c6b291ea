import { defineConfig } from 'vitest/config';

const LIGHTHOUSE = 'tests/quality/lighthouse.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser tests poll the page (a list opening as one types): with builds running beside them on
    // two cores, Chromium took longer than the default second to answer once in a CI run.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      // Builds and browsers are heavy: two workers on a two-core machine.
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: [LIGHTHOUSE], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      // Lighthouse measures performance: it runs alone, after everything else.
      { extends: true, test: { name: 'lighthouse', include: [LIGHTHOUSE], maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
