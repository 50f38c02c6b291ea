// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static output. The build script (scripts/build.ts) validates the data first
 * and builds into a fresh folder given by OUT_DIR, then swaps it into dist/,
 * so a failed build never touches the last good dist/.
 */
export default defineConfig({
  site: process.env.SITE_URL || 'https://llm-compare.example',
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
  // A Content-Security-Policy meta tag on every page: scripts and styles from
  // this site only, inline ones only by the hashes Astro computes. The same
  // policy, plus what a meta tag cannot say (frame-ancestors), is sent by
  // static hosts from public/_headers.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
