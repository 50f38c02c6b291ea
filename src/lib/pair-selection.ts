/**
 * Which pairs a build renders. A clean build renders every pair; a rebuild
 * renders only the pairs whose content key changed (scripts/build/incremental.ts)
 * and keeps the others' files from the previous output. The build script
 * hands its selection over before Astro starts; without one (dev server,
 * tests), every pair is rendered.
 */
import type { Catalogue } from '../schemas/index.ts';
import { allPairs, type Pair } from './pairs.ts';

const HANDOFF = Symbol.for('llm-compare.pair-selection');
type WithHandoff = typeof globalThis & { [HANDOFF]?: ReadonlySet<string> };

/** Used by scripts/build.ts: from now on only these pair slugs are rendered. */
export function selectPairs(slugs: ReadonlySet<string> | undefined): void {
  (globalThis as WithHandoff)[HANDOFF] = slugs;
}

/** The pairs to render in this build, in canonical order. */
export function* selectedPairs(catalogue: Catalogue): Generator<Pair> {
  const only = (globalThis as WithHandoff)[HANDOFF];
  for (const pair of allPairs(catalogue)) if (!only || only.has(pair.slug)) yield pair;
}
