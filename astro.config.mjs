// @ts-check
import node from '@astrojs/node';
import { siteUrl } from './src/lib/routing/site-url.ts';
import { catalogueModule } from './scripts/builder/catalogue-module.ts';

/**
 * Hybrid output through Astro's Node adapter (middleware mode, served by scripts/start.ts): the core pages and
 * a chosen set of pairs are prerendered into dist/client/; every other pair
 * page, its data.json and its og.png are rendered on request by the server in
 * dist/server/ (`npm start`), from the same components and derivations.
 * `PRERENDER=all` prerenders every pair too, for a host without a runtime
 * (src/lib/routing/prerendered-pairs.ts). `npm run build` (scripts/build.ts)
 * validates the data first, builds into a fresh folder and swaps it into
 * OUT_DIR (dist/), so a failed build never touches the last good one.
 * @type {import('astro').AstroUserConfig}
 */
export default {
  site: siteUrl(),
  output: 'static',
  // Middleware mode: `npm start` (scripts/start.ts) serves the prerendered files itself and hands
  // the rest to Astro. A page is rendered whole, then sent in one write: faster than streaming
  // for pages of this size.
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 16, inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Pair responses carry Cache-Control for shared caches, an ETag and per-model tags (src/server/shared-cache.ts).
  cache: { provider: { name: 'shared-cache', entrypoint: './src/server/shared-cache.ts' } },
  // No code highlighting: Shiki's inline styles would need 'unsafe-inline' styles.
  markdown: { syntaxHighlight: false },
  // The server's catalogue, validated by the build and shipped in its bundle (virtual:llm-compare/catalogue).
  // assetsInlineLimit 0: Astro inlines a script smaller than this limit, and the security policy allows no inline script.
  vite: { plugins: [catalogueModule()], build: { assetsInlineLimit: 0 } },
  // The Content-Security-Policy meta tag is written by the page shell
  // (src/lib/outputs/content-security-policy.ts), not by Astro's security.csp.
};
