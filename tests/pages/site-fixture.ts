/**
 * The site fixture catalogue (tests/fixtures/site: six models, one of them
 * thin on purpose), built with the real build into a temporary folder, with
 * a private sharing-image cache and small sitemap files so the split shows.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild, siteDir } from '../support/build-site.ts';

export const SITE_FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'site');
/** URLs per sitemap file in fixture builds, so that 25 indexable pages take four files. */
export const FIXTURE_SITEMAP_MAX = 7;

export interface FixtureSite {
  work: string;
  dist: string;
  ogCache: string;
  build(dataDir: string, name: string): string;
  cleanup(): void;
}

export function buildFixtureSite(): FixtureSite {
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-site-fixture-'));
  const ogCache = path.join(work, 'og-cache');
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
    dist: build(SITE_FIXTURE, 'dist'),
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
