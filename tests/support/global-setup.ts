/**
 * Builds, once per test run and side by side, the outputs several test files
 * read (never write): the seed fixture catalogue and the site fixture
 * catalogue with every pair prerendered, and the site fixture as deployed
 * (the chosen pairs prerendered, the others left to the server). Each is a
 * real build into a fresh temporary folder, handed over through `inject()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, runBuildAsync, siteDir } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed fixture's prerendered pages and files (every pair prerendered). */
    seedSite: string;
    /** The whole output folder of that build (client/ and server/). */
    seedOut: string;
    /** The site fixture built with every pair prerendered and small sitemap files (output folder). */
    siteOut: string;
    /** The sharing-image cache of that build. */
    siteOgCache: string;
    /** The site fixture built as deployed (the chosen pairs prerendered, the rest on demand), small sitemaps too. */
    siteHybridOut: string;
  }
}

/** URLs per sitemap file in site fixture builds, so that 25 indexable pages take four files. */
export const FIXTURE_SITEMAP_MAX = 7;

export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-shared-builds-'));
  const fixtures = path.join(ROOT, 'tests', 'fixtures');
  const out = (name: string) => path.join(work, name);
  const builds = await Promise.all([
    runBuildAsync(path.join(fixtures, 'seeds'), out('seeds')),
    runBuildAsync(path.join(fixtures, 'site'), out('site'), {
      OG_CACHE_DIR: out('site-og-cache'),
      SITEMAP_MAX_URLS: String(FIXTURE_SITEMAP_MAX),
      OG_IMAGES: 'on',
    }),
    runBuildAsync(path.join(fixtures, 'site'), out('site-hybrid'), {
      PRERENDER: '',
      OG_CACHE_DIR: out('site-hybrid-og-cache'),
      SITEMAP_MAX_URLS: String(FIXTURE_SITEMAP_MAX),
      OG_IMAGES: 'on',
    }),
  ]);
  builds.forEach((run, i) => {
    if (run.status !== 0)
      throw new Error(`shared fixture build ${i} failed:\n${run.stdout}\n${run.stderr}`);
  });
  project.provide('seedSite', siteDir(out('seeds')));
  project.provide('seedOut', out('seeds'));
  project.provide('siteOut', out('site'));
  project.provide('siteOgCache', out('site-og-cache'));
  project.provide('siteHybridOut', out('site-hybrid'));
  return () => rmSync(work, { recursive: true, force: true });
}
