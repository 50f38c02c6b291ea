/**
 * Lighthouse against Debian's Chromium (headless), one page at a time, with
 * the minimum scores the project holds every page type to. Used by
 * lighthouse.test.ts (in `npm test`) and by `npm run quality:lighthouse`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../support/chromium.ts';

const FLAGS = ['--headless', ...CHROMIUM_FLAGS];
export const MINIMUM: Record<string, number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface LighthouseScores {
  scores: Record<string, number>;
  /** Audits that lost points, e.g. "cumulative-layout-shift: Cumulative Layout Shift (0.231)". */
  failing: string[];
}

export interface LighthouseRunner {
  run(url: string): Promise<LighthouseScores>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  return {
    async run(url) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(MINIMUM),
        },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'mobile',
            // Scores come from simulated throttling of the trace, so a shorter quiet wait after load
            // does not move them on these pages; screenshots and the back/forward-cache probe
            // (weight 0) are not scored. Together they take about half of each run.
            disableFullPageScreenshot: true,
            pauseAfterFcpMs: 250,
            pauseAfterLoadMs: 250,
            networkQuietThresholdMs: 250,
            cpuQuietThresholdMs: 250,
            skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'],
            screenEmulation: {
              mobile: true,
              width: 412,
              height: 823,
              deviceScaleFactor: 1.75,
              disabled: false,
            },
          },
        },
      );
      const lhr = result!.lhr;
      const scores = Object.fromEntries(
        Object.keys(MINIMUM).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      return { scores, failing };
    },
    async close() {
      chrome.kill();
    },
  };
}

/** The categories below their minimum; SEO is not asked of a page that asks not to be indexed (the 404 page, thin pairs). */
export function shortfalls(scores: Record<string, number>, noindex: boolean): string[] {
  return Object.entries(MINIMUM)
    .filter(([id, min]) => (scores[id] ?? 0) < min && !(noindex && id === 'seo'))
    .map(([id, min]) => `${id} ${scores[id]} < ${min}`);
}
