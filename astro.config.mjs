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
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
});
