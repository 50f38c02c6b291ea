/**
 * Maker and provider pages, and the three index pages (/models/, /makers/,
 * /providers/) that list them: plain view models for thin routes.
 */
import type { Catalogue, Maker, Model, Provider } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { formatDate, formatTokens, formatUsd, NOT_SOURCED, plural } from '../format/format.ts';
import { KIND_NOUNS, PROVIDER_KIND_LABELS } from '../format/labels.ts';
import { makerName, routeIndex } from '../cost/model-routes.ts';
import { modelPath, routeRow, type RouteRow } from './model-page.ts';
import { clipText, trail, type PageMeta } from './page-meta.ts';
import { compareModels, modelsSorted } from '../routing/pairs.ts';

/** One model in a list: enough to choose it. */
export interface ModelListItem {
  name: string;
  href: string;
  maker: string;
  kind: string;
  released: string;
  context: string;
  /** Cheapest current input / output price, USD per 1M tokens. */
  price: string;
}

export function modelListItem(catalogue: Catalogue, m: Model): ModelListItem {
  const cost = estimateCost(m, routeIndex(catalogue).active(m.id));
  return {
    name: m.name,
    href: modelPath(m.id),
    maker: makerName(catalogue, m),
    kind: KIND_NOUNS[m.kind],
    released: m.released ? formatDate(m.released) : NOT_SOURCED,
    context: m.context_window !== undefined ? formatTokens(m.context_window) : NOT_SOURCED,
    price:
      cost.status === 'priced'
        ? `${formatUsd(cost.cheapest.input)} / ${formatUsd(cost.cheapest.output)}`
        : NOT_SOURCED,
  };
}

export interface MakerPageView {
  meta: PageMeta;
  name: string;
  homepage: string;
  reviewed: string;
  models: ModelListItem[];
  /** Providers serving the maker's models, with how many of them. */
  providers: { name: string; href: string; routes: string }[];
}

export function makerPath(id: string): string {
  return `/makers/${id}/`;
}

export function providerPath(id: string): string {
  return `/providers/${id}/`;
}

export function deriveMakerPage(catalogue: Catalogue, maker: Maker): MakerPageView {
  const models = modelsSorted(catalogue).filter((m) => m.maker === maker.id);
  const index = routeIndex(catalogue);
  const serving = new Map<string, { provider: Provider; count: number }>();
  for (const m of models) {
    for (const r of index.active(m.id)) {
      const entry = serving.get(r.provider.id) ?? { provider: r.provider, count: 0 };
      entry.count++;
      serving.set(r.provider.id, entry);
    }
  }
  return {
    meta: {
      title: `${maker.name} models: ${plural(models.length, 'model')}, providers and prices | llm-compare`,
      description: clipText(
        `Every ${maker.name} model in the catalogue (${plural(models.length, 'model')}), where each is served and at what price, with links to side-by-side comparisons.`,
        160,
      ),
      path: makerPath(maker.id),
      breadcrumbs: trail(
        { name: 'Makers', path: '/makers/' },
        { name: maker.name, path: makerPath(maker.id) },
      ),
    },
    name: maker.name,
    homepage: maker.homepage,
    reviewed: maker.reviewed ? formatDate(maker.reviewed) : NOT_SOURCED,
    models: models.map((m) => modelListItem(catalogue, m)),
    providers: [...serving.values()]
      .sort((x, y) => y.count - x.count || x.provider.name.localeCompare(y.provider.name, 'en'))
      .map(({ provider, count }) => ({
        name: provider.name,
        href: providerPath(provider.id),
        routes: plural(count, 'model'),
      })),
  };
}

export interface ProviderPageView {
  meta: PageMeta;
  name: string;
  kind: string;
  url: string;
  pricingUrl: string | undefined;
  reviewed: string;
  routes: (RouteRow & { model: string; modelHref: string })[];
}

export function deriveProviderPage(catalogue: Catalogue, provider: Provider): ProviderPageView {
  const routes = provider.routes
    .map((route) => ({ route, model: catalogue.models.get(route.model)! }))
    .sort((x, y) => compareModels(x.model, y.model));
  const active = routes.filter((r) => !r.route.deprecated).length;
  return {
    meta: {
      title: `${provider.name}: ${plural(active, 'model')} and their token prices | llm-compare`,
      description: clipText(
        `${provider.name} (${PROVIDER_KIND_LABELS[provider.kind].toLowerCase()}) serves ${plural(active, 'tracked model')}: API ids, context limits and dated input, output and cached-input prices, each with its source.`,
        160,
      ),
      path: providerPath(provider.id),
      breadcrumbs: trail(
        { name: 'Providers', path: '/providers/' },
        { name: provider.name, path: providerPath(provider.id) },
      ),
    },
    name: provider.name,
    kind: PROVIDER_KIND_LABELS[provider.kind],
    url: provider.url,
    pricingUrl: provider.pricing_url,
    reviewed: formatDate(provider.reviewed),
    routes: routes.map(({ route, model }) => ({
      ...routeRow({
        provider,
        route,
        price: route.prices?.at(-1),
        deprecated: route.deprecated === true,
      }),
      model: model.name,
      modelHref: modelPath(model.id),
    })),
  };
}

export interface DirectoryView {
  meta: PageMeta;
  heading: string;
  intro: string;
  items: { name: string; href: string; detail: string }[];
}

export function deriveModelsIndex(catalogue: Catalogue): {
  meta: PageMeta;
  models: ModelListItem[];
} {
  const models = modelsSorted(catalogue);
  return {
    meta: {
      title: `All ${models.length} LLM models: specs and cheapest prices | llm-compare`,
      description: `Every model in the catalogue (${models.length}), with maker, kind, release date, context window and cheapest current token price, each linking to its page and comparisons.`,
      path: '/models/',
      breadcrumbs: trail({ name: 'Models', path: '/models/' }),
    },
    models: models.map((m) => modelListItem(catalogue, m)),
  };
}

export function deriveMakersIndex(catalogue: Catalogue): DirectoryView {
  const count = (id: string) => [...catalogue.models.values()].filter((m) => m.maker === id).length;
  const makers = [...catalogue.makers.values()].sort((x, y) => x.name.localeCompare(y.name, 'en'));
  return {
    meta: {
      title: `Model makers: ${makers.length} organisations and their models | llm-compare`,
      description: `The ${makers.length} organisations whose models are compared here, each with its models, where they are served and at what price.`,
      path: '/makers/',
      breadcrumbs: trail({ name: 'Makers', path: '/makers/' }),
    },
    heading: 'Model makers',
    intro: `${plural(makers.length, 'maker')} in the catalogue.`,
    items: makers.map((m) => ({
      name: m.name,
      href: makerPath(m.id),
      detail: plural(count(m.id), 'model'),
    })),
  };
}

export function deriveProvidersIndex(catalogue: Catalogue): DirectoryView {
  const providers = [...catalogue.providers.values()].sort((x, y) =>
    x.name.localeCompare(y.name, 'en'),
  );
  return {
    meta: {
      title: `Providers: ${providers.length} places to call LLM models, with prices | llm-compare`,
      description: `The ${providers.length} APIs, clouds, inference hosts and aggregators tracked here, each with the models it serves and their dated token prices.`,
      path: '/providers/',
      breadcrumbs: trail({ name: 'Providers', path: '/providers/' }),
    },
    heading: 'Providers',
    intro: `${plural(providers.length, 'provider')} in the catalogue.`,
    items: providers.map((p) => ({
      name: p.name,
      href: providerPath(p.id),
      detail: `${PROVIDER_KIND_LABELS[p.kind]}, ${plural(p.routes.filter((r) => !r.deprecated).length, 'model')}`,
    })),
  };
}
