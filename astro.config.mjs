// @ts-check
import { siteUrl } from './src/lib/site-url.ts';

/**
 * Static output. The build script (scripts/build.ts) validates the data first
 * and builds into a fresh folder given by OUT_DIR, then swaps it into dist/,
 * so a failed build never touches the last good dist/.
 *
 * A plain object, typed here rather than by `defineConfig`: importing
 * `astro/config` for that identity function loads 281 more modules (svgo,
 * font providers) that this site never uses, 150 ms of every build.
 * @type {import('astro').AstroUserConfig}
 */
export default {
  site: siteUrl(),
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // 32 pages in flight: rendering overlaps the file writes (measured with npm run bench: 317 models,
  // 50,086 pages in 102 s at 32 against 124 s at 8).
  build: { format: 'directory', concurrency: 32, inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // No code highlighting: Shiki's inline styles would need 'unsafe-inline' styles.
  markdown: { syntaxHighlight: false },
  // The Content-Security-Policy meta tag is written by the page shell
  // (src/lib/content-security-policy.ts), not by Astro's security.csp.
};
