/**
 * The site fixture catalogue (tests/fixtures/site: six models, one of them
 * thin on purpose), built once per test run with the real build by the global
 * setup (tests/support/global-setup.ts), with every pair prerendered, a
 * sharing-image cache and small sitemap files so the split shows. A test
 * reads that build and builds changed copies into a folder of its own.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { FIXTURE_SITEMAP_MAX } from '../support/global-setup.ts';
import { runBuild, siteDir } from '../support/build-site.ts';

export { FIXTURE_SITEMAP_MAX };
export const SITE_FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'site');

export interface FixtureSite {
  /** A folder of the test's own, removed by cleanup(). */
  work: string;
  /** The shared build's pages and files: read only. */
  dist: string;
  /** The shared build's sharing-image cache, which build() uses too. */
  ogCache: string;
  /** Builds a catalogue as the shared build was, into work/<name>; returns its pages' folder. */
  build(dataDir: string, name: string): string;
  cleanup(): void;
}

export function buildFixtureSite(): FixtureSite {
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-site-fixture-'));
  const ogCache = inject('siteOgCache');
  const build = (dataDir: string, name: string) => {
    const dist = path.join(work, name);
    const run = runBuild(dataDir, dist, {
      OG_CACHE_DIR: ogCache,
      SITEMAP_MAX_URLS: String(FIXTURE_SITEMAP_MAX),
      OG_IMAGES: 'on',
    });
    if (run.status !== 0)
      throw new Error(`site fixture build failed:\n${run.stdout}\n${run.stderr}`);
    return siteDir(dist);
  };
  return {
    work,
    ogCache,
    dist: siteDir(inject('siteOut')),
    build,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

/** A copy of the fixture catalogue to change in a test. */
export function copyFixture(work: string): string {
  const dir = path.join(work, 'data-copy');
  cpSync(SITE_FIXTURE, dir, { recursive: true });
  return dir;
}

/** Pairs with the thin model: noindex, out of the sitemap. */
export const THIN_PAIRS = [
  'alpha-classic-vs-gamma-thin',
  'alpha-mini-vs-gamma-thin',
  'alpha-pro-vs-gamma-thin',
  'beta-embed-vs-gamma-thin',
  'beta-one-vs-gamma-thin',
];
