/**
 * `npm run quality:lighthouse [-- <site dir>]`: Lighthouse (Debian's Chromium,
 * headless) on one page of each type of a built site — by default the seed
 * fixture, built fresh. Required: performance ≥ 98, accessibility, best
 * practices and SEO 100. Exit 1 when a page falls short. Kept out of
 * `npm test`: a run takes about 10 s a page on two cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ROOT, runBuild } from '../support/build-site.ts';
import { serve } from './serve.ts';
import { onePerType, pages, pageType } from './site.ts';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MINIMUM: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

let site = process.argv[2];
let work: string | undefined;
if (!site) {
  work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-lighthouse-'));
  site = path.join(work, 'dist');
  const run = runBuild(path.join(ROOT, 'tests', 'fixtures', 'seeds'), site);
  if (run.status !== 0) throw new Error(`seed build failed:\n${run.stderr}`);
}
const server = await serve(path.resolve(site));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
let failed = 0;
try {
  // Redirect pages only send the reader on; the SEO audit rightly calls them not indexable.
  for (const page of onePerType(pages(path.resolve(site))).filter((p) => !pageType(p).endsWith('/redirect'))) {
    const result = await lighthouse(server.origin + page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MINIMUM) }, {
      extends: 'lighthouse:default',
      settings: { formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } },
    });
    const categories = result!.lhr.categories;
    const scores = Object.keys(MINIMUM).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)] as const);
    // A page that asks not to be indexed (the 404 page, thin pairs) cannot pass the SEO audit "is-crawlable" by design.
    const noindex = /noindex/.test(page.$('meta[name="robots"]').attr('content') ?? '');
    const short = scores.filter(([id, score]) => score < MINIMUM[id]! && !(noindex && id === 'seo'));
    console.log(`${short.length ? 'FAIL' : 'ok  '} ${pageType(page).padEnd(18)} ${page.url.padEnd(56)} ${scores.map(([id, s]) => `${id} ${s}`).join(', ')}`);
    if (short.length) {
      failed++;
      for (const audit of Object.values(result!.lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') console.log(`       ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  if (work) rmSync(work, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`\n${failed} page type${failed === 1 ? '' : 's'} below the minimum scores`);
  process.exit(1);
}
