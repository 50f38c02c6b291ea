/**
 * The largest catalogues the build supports within its heap (1,024 MB, set
 * by scripts/build.ts), one limit per prerender scope, each with a margin
 * below the largest catalogue measured to build (docs/performance.md,
 * "Catalogue size limits"). The default build prerenders a set of pairs
 * linear in models, but its sitemaps list every pair; `PRERENDER=all`
 * prerenders every pair, and Astro holds a route for each. Beyond its limit
 * the build refuses right after validation, before it writes anything,
 * instead of running out of memory half way.
 */
import type { PrerenderScope } from '../../src/lib/routing/prerendered-pairs.ts';

export const MAX_MODELS: Readonly<Record<PrerenderScope, number>> = { core: 2_500, all: 500 };

/** Where the README states the limits; the refusal names it. */
export const LIMITS_SECTION = 'README.md, "Catalogue size limits"';

const SCOPE_WORDS: Record<PrerenderScope, string> = {
  core: 'a build prerendering the chosen pairs',
  all: 'a build prerendering every pair (PRERENDER=all)',
};

/**
 * The limit for a scope. For tests only, BUILD_TEST_MAX_MODELS=<n> lowers it
 * (never raises it), so that a small catalogue shows the refusal.
 */
export function maxModels(scope: PrerenderScope, env: NodeJS.ProcessEnv = process.env): number {
  const lowered = Number(env.BUILD_TEST_MAX_MODELS);
  return Number.isInteger(lowered) && lowered > 0
    ? Math.min(lowered, MAX_MODELS[scope])
    : MAX_MODELS[scope];
}

/** Why a catalogue of `models` models is too large for the scope, or undefined when it is not. */
export function sizeProblem(
  models: number,
  scope: PrerenderScope,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const limit = maxModels(scope, env);
  if (models <= limit) return undefined;
  const n = (x: number) => x.toLocaleString('en-US');
  return `the catalogue has ${n(models)} models; ${SCOPE_WORDS[scope]} supports at most ${n(limit)} within its 1,024 MB heap (see ${LIMITS_SECTION})`;
}
