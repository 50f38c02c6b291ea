/**
 * Which pair, model, maker and provider pages a build renders. A clean build
 * renders all of them; a rebuild renders only those whose content key changed
 * (scripts/build/incremental.ts) and keeps the others' files from the
 * previous output. The build script hands its selection over before Astro
 * starts; without one (dev server, tests), everything is rendered.
 */
import type { Catalogue, Maker, Model, Provider } from '../schemas/index.ts';
import { allPairs, type Pair } from './pairs.ts';

export interface RenderSelection {
  /** Pair slugs to render (page, data.json, sharing image). */
  pairs: ReadonlySet<string>;
  /** Pair slugs whose reversed-pair redirect is rendered. */
  redirects: ReadonlySet<string>;
  /** Model ids whose model page is rendered. */
  models: ReadonlySet<string>;
  /** Maker ids whose maker page is rendered. */
  makers: ReadonlySet<string>;
  /** Provider ids whose provider page is rendered. */
  providers: ReadonlySet<string>;
}

const HANDOFF = Symbol.for('llm-compare.render-selection');
interface Handoff {
  /** undefined: every page. */
  selection: RenderSelection | undefined;
  /** The build's data thread writes the selected redirects (src/lib/redirect-page.ts), so Astro renders none. */
  redirectsWrittenByBuild: boolean;
}
type WithHandoff = typeof globalThis & { [HANDOFF]?: Handoff };

/** Used by scripts/build.ts: from now on only these pages are rendered by Astro (a selection of undefined: all). */
export function selectPages(selection: RenderSelection | undefined, redirectsWrittenByBuild: boolean): void {
  (globalThis as WithHandoff)[HANDOFF] = { selection, redirectsWrittenByBuild };
}

const handoff = () => (globalThis as WithHandoff)[HANDOFF];

/** The pairs to render in this build (all of them, in canonical order, in a clean build). */
export function selectedPairs(catalogue: Catalogue): Generator<Pair> {
  return pairsIn(catalogue, handoff()?.selection?.pairs);
}

/** The pairs whose reversed-pair redirect Astro renders in this build (none when the build writes them). */
export function selectedRedirects(catalogue: Catalogue): Generator<Pair> {
  return pairsIn(catalogue, handoff()?.redirectsWrittenByBuild ? new Set() : handoff()?.selection?.redirects);
}

/**
 * The pairs whose slug is in `only`, in its order; every pair, in canonical
 * order, when it is undefined. A selection is made of canonical slugs
 * (src/lib/rebuild-plan.ts), `<a>-vs-<b>`, and no id holds the word "vs".
 */
export function* pairsIn(catalogue: Catalogue, only: ReadonlySet<string> | undefined): Generator<Pair> {
  if (!only) return yield* allPairs(catalogue);
  for (const slug of only) {
    const [a, b] = slug.split('-vs-').map((id) => catalogue.models.get(id));
    if (!a || !b) throw new Error(`the pages selected to render name a pair of models not in the catalogue: ${slug}`);
    yield { a, b, slug };
  }
}

/** The models whose page is rendered in this build. */
export function selectedModels(catalogue: Catalogue): Model[] {
  return selected(catalogue.models, handoff()?.selection?.models);
}

/** The makers whose page is rendered in this build. */
export function selectedMakers(catalogue: Catalogue): Maker[] {
  return selected(catalogue.makers, handoff()?.selection?.makers);
}

/** The providers whose page is rendered in this build. */
export function selectedProviders(catalogue: Catalogue): Provider[] {
  return selected(catalogue.providers, handoff()?.selection?.providers);
}

function selected<T extends { id: string }>(records: ReadonlyMap<string, T>, only: ReadonlySet<string> | undefined): T[] {
  return [...records.values()].filter((r) => !only || only.has(r.id));
}
