import { defineConfig } from 'vitest/config';

/** Unit tests: schemas, the loader and the bad-input corpus, derivations, property tests, scripts' pure parts. No build, no browser. */
const UNIT = ['tests/{lib,cost,import,loader,bad-input,og,property,report,scripts}/**/*.test.ts'];
const LIGHTHOUSE = 'tests/quality/lighthouse.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser tests poll the page (a list opening as one types): with builds running beside them on
    // two cores, Chromium took longer than the default second to answer once in a CI run.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      // `npm run test:unit`: fast, and the first to run in `npm test`.
      {
        extends: true,
        test: { name: 'unit', include: UNIT, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      // Builds, the server and browsers are heavy: two workers on a two-core machine, after a build of the seed site.
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/{pages,quality,browser,server}/**/*.test.ts'],
          exclude: [LIGHTHOUSE],
          globalSetup: ['tests/support/global-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      // Lighthouse measures performance: it runs alone, after everything else.
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: [LIGHTHOUSE],
          globalSetup: ['tests/support/global-setup.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
