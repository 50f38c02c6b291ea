/**
 * Which pair and model pages a build renders. A clean build renders all of
 * them; a rebuild renders only the pairs and models whose content key changed
 * (scripts/build/incremental.ts) and keeps the others' files from the
 * previous output. The build script hands its selection over before Astro
 * starts; without one (dev server, tests), everything is rendered.
 */
import type { Catalogue, Model } from '../schemas/index.ts';
import { allPairs, type Pair } from './pairs.ts';

export interface RenderSelection {
  /** Pair slugs to render (page, data.json, sharing image). */
  pairs: ReadonlySet<string>;
  /** Pair slugs whose reversed-pair redirect is rendered. */
  redirects: ReadonlySet<string>;
  /** Model ids whose model page is rendered. */
  models: ReadonlySet<string>;
}

const HANDOFF = Symbol.for('llm-compare.render-selection');
type WithHandoff = typeof globalThis & { [HANDOFF]?: RenderSelection };

/** Used by scripts/build.ts: from now on only these pages are rendered (undefined: all). */
export function selectPages(selection: RenderSelection | undefined): void {
  (globalThis as WithHandoff)[HANDOFF] = selection;
}

/** The pairs to render in this build, in canonical order. */
export function selectedPairs(catalogue: Catalogue): Generator<Pair> {
  return pairsIn(catalogue, (globalThis as WithHandoff)[HANDOFF]?.pairs);
}

/** The pairs whose reversed-pair redirect is rendered in this build, in canonical order. */
export function selectedRedirects(catalogue: Catalogue): Generator<Pair> {
  return pairsIn(catalogue, (globalThis as WithHandoff)[HANDOFF]?.redirects);
}

function* pairsIn(catalogue: Catalogue, only: ReadonlySet<string> | undefined): Generator<Pair> {
  for (const pair of allPairs(catalogue)) if (!only || only.has(pair.slug)) yield pair;
}

/** The models whose page is rendered in this build. */
export function selectedModels(catalogue: Catalogue): Model[] {
  const only = (globalThis as WithHandoff)[HANDOFF]?.models;
  return [...catalogue.models.values()].filter((m) => !only || only.has(m.id));
}
