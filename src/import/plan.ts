/**
 * Works out what an import would change, without touching any file: a pure
 * function of the catalogue input, the mapping config and our catalogue (as
 * the loader returned it). The rules are those documented in the header of
 * scripts/import-config.yaml; in short:
 *
 * - Only providers listed in the config are read. A catalogue route is taken
 *   when (1) our provider record already has a route whose `api_id` is the
 *   catalogue route id, or (2) the config maps "<provider>/<route-id>", or
 *   (3) the config maps the route's `base_model` ("<lab>/<model>").
 * - A model listed in the config that we do not have is created from the
 *   catalogue (its maker must be mapped and exist); one we have only gets the
 *   fields it lacks filled in. Nothing already set is ever changed.
 * - A route's price is compared with its current (last) price; a difference
 *   appends a new dated price, never edits an old one.
 */
import type { Capability, Catalogue, Model, ModelKind, Price, Provider, Route } from '../schemas/index.ts';
import { CAPABILITIES } from '../schemas/model.ts';
import { modelSchema, type ModelRecord } from '../schemas/model.ts';
import type { ProviderRecord } from '../schemas/provider.ts';
import { httpUrl } from '../schemas/common.ts';
import type { CatalogueInput, CatalogueRoute } from './catalogue.ts';
import type { ImportConfig, ModelMapping } from './config.ts';
import { capabilitiesOf, contextLimitOf, kindOf, linksOf, modelFactsOf, priceOf, samePrice } from './facts.ts';

export type RouteField = 'api_id' | 'context_limit' | 'deprecated';

export type Change =
  | { type: 'create-provider'; provider: string; record: ProviderRecord; from: string }
  | { type: 'create-model'; model: string; record: ModelRecord; from: string }
  | { type: 'add-route'; provider: string; route: Route; from: string }
  | { type: 'add-price'; provider: string; routeIndex: number; model: string; apiId?: string; price: Price; previous?: Price; from: string }
  | { type: 'set-route-field'; provider: string; routeIndex: number; model: string; field: RouteField; value: string | number | boolean; from: string }
  | { type: 'fill-model-field'; model: string; path: string[]; value: string | number | boolean; from: string };

export interface ImportPlan {
  changes: Change[];
  /** Things the importer chose not to do, and why (for a person to review). */
  notes: string[];
}

export interface PlanOptions {
  /** Date written as `reviewed` on created records (YYYY-MM-DD). */
  today: string;
  /** Date written as `seen` on added prices (YYYY-MM-DD); defaults to `today`. */
  seen?: string;
}

/** The model fields the importer may fill, in schema order (capabilities go one by one). */
export const FILLABLE_FIELDS = ['released', 'context_window', 'knowledge_cutoff'] as const;
/** Capabilities the catalogue states. */
const IMPORTED_CAPABILITIES: readonly Capability[] = ['vision', 'multimodal', 'reasoning', 'function_calling', 'structured_outputs'];

interface Candidate {
  route: CatalogueRoute;
  routeId: string;
  /** 1 = existing route by api_id, 2 = "<provider>/<route-id>" in config, 3 = base_model in config. */
  rank: 1 | 2 | 3;
  model: string;
  existingIndex?: number;
}

interface ProviderState {
  id: string;
  defaultSource?: string;
  routes: Route[];
  /** model id → route index (existing) or -1 (added in this run). */
  byModel: Map<string, number>;
  created: boolean;
}

export function planImport(input: CatalogueInput, config: ImportConfig, ours: Catalogue, options: PlanOptions): ImportPlan {
  const today = options.today;
  const seen = options.seen ?? today;
  const changes: Change[] = [];
  const notes: string[] = [];

  // --- Models: create the missing ones, fill absent fields of the others. ---
  const modelKinds = new Map<string, ModelKind>();
  for (const [id, m] of ours.models) modelKinds.set(id, m.kind);
  const handledModels = new Set<string>();
  for (const mapping of config.models.values()) {
    // The first key (in config order) found in the catalogue supplies a model's facts.
    if (handledModels.has(mapping.model)) continue;
    const fact = factRoute(input, config, mapping.key);
    const existing = ours.models.get(mapping.model);
    if (fact) handledModels.add(mapping.model);
    if (!fact) {
      notes.push(`${mapping.key}: not found in the catalogue (no provider "${mapping.key.split('/')[0]}" route "${mapping.key.slice(mapping.key.indexOf('/') + 1)}" and no route with base_model "${mapping.key}")${existing ? '' : `; model "${mapping.model}" not created`}`);
      continue;
    }
    if (existing) changes.push(...fillModel(existing, fact.route, fact.from, today));
    else {
      const created = createModel(mapping, fact, input, config, ours, today, notes);
      if (created) {
        changes.push(created);
        modelKinds.set(mapping.model, created.record.kind);
      }
    }
  }

  // --- Providers and routes. ---
  const states = new Map<string, ProviderState>();
  for (const [cpid, entry] of config.providers) {
    const cprov = input[cpid];
    if (!cprov) {
      notes.push(`provider "${cpid}": not in the catalogue; skipped`);
      continue;
    }
    let state = states.get(entry.provider);
    if (!state) {
      const mine = ours.providers.get(entry.provider);
      if (mine) state = stateOf(mine);
      else if (entry.new) {
        const record: ProviderRecord = { name: entry.new.name, kind: entry.new.kind, url: entry.new.url, ...(entry.new.pricing_url ? { pricing_url: entry.new.pricing_url } : {}), reviewed: today, routes: [] };
        changes.push({ type: 'create-provider', provider: entry.provider, record, from: cpid });
        state = { id: entry.provider, defaultSource: record.pricing_url ?? record.url, routes: [], byModel: new Map(), created: true };
      } else {
        notes.push(`provider "${cpid}": our record providers/${entry.provider}.yaml does not exist and the config gives no "new" fields to create it; skipped`);
        continue;
      }
      states.set(entry.provider, state);
    }

    // Candidates, grouped by our model id.
    const groups = new Map<string, Candidate[]>();
    for (const [routeKey, route] of Object.entries(cprov.models)) {
      const routeId = route.id ?? routeKey;
      const existingIndex = state.routes.findIndex((r) => r.api_id === routeId);
      let c: Candidate | undefined;
      if (existingIndex >= 0) c = { route, routeId, rank: 1, model: state.routes[existingIndex]!.model, existingIndex };
      else {
        const explicit = config.models.get(`${cpid}/${routeId}`);
        const inherited = route.base_model ? config.models.get(route.base_model) : undefined;
        if (explicit) c = { route, routeId, rank: 2, model: explicit.model };
        else if (inherited) c = { route, routeId, rank: 3, model: inherited.model };
      }
      if (!c) continue;
      const list = groups.get(c.model) ?? [];
      list.push(c);
      groups.set(c.model, list);
    }

    for (const [model, candidates] of groups) {
      const from = (c: Candidate) => `${cpid}/${c.routeId}`;
      const byApiId = candidates.find((c) => c.rank === 1);
      if (byApiId) {
        for (const c of candidates) {
          if (c.rank === 2) notes.push(`${from(c)}: providers/${state.id}.yaml already has a route for "${model}" (api_id "${byApiId.routeId}"); not added again`);
        }
        changes.push(...updateRoute(state, byApiId.existingIndex!, byApiId.route, modelKinds.get(model), seen, from(byApiId), notes, entry));
        continue;
      }
      const best = candidates.filter((c) => c.rank === Math.min(...candidates.map((x) => x.rank)));
      if (best.length > 1) {
        notes.push(`${cpid}: ${best.length} catalogue routes map to model "${model}" (${best.map((c) => c.routeId).join(', ')}); none taken: map the one you want as "${cpid}/<route-id>" in the config`);
        continue;
      }
      const chosen = best[0]!;
      const taken = state.byModel.get(model);
      if (taken !== undefined) {
        const existing = taken >= 0 ? state.routes[taken] : undefined;
        if (existing && existing.api_id === undefined) {
          changes.push({ type: 'set-route-field', provider: state.id, routeIndex: taken, model, field: 'api_id', value: chosen.routeId, from: from(chosen) });
          changes.push(...updateRoute(state, taken, chosen.route, modelKinds.get(model), seen, from(chosen), notes, entry));
        } else {
          notes.push(`${from(chosen)}: providers/${state.id}.yaml already has a route for "${model}"${existing?.api_id ? ` (api_id "${existing.api_id}")` : ''}; not added again`);
        }
        continue;
      }
      if (!modelKinds.has(model)) {
        notes.push(`${from(chosen)}: model "${model}" does not exist and was not created; route not added`);
        continue;
      }
      const route = newRoute(state, entry.route_source, chosen, modelKinds.get(model)!, seen, notes, from(chosen), entry);
      if (route) {
        changes.push({ type: 'add-route', provider: state.id, route, from: from(chosen) });
        state.byModel.set(model, -1);
      }
    }
  }

  // A provider record is only created to hold routes.
  const routed = new Set(changes.flatMap((c) => (c.type === 'add-route' ? [c.provider] : [])));
  const kept = changes.filter((c) => {
    if (c.type !== 'create-provider' || routed.has(c.provider)) return true;
    notes.push(`provider "${c.from}": no catalogue route maps to a model of ours; providers/${c.provider}.yaml not created`);
    return false;
  });
  return { changes: kept, notes };
}

function stateOf(p: Provider): ProviderState {
  const byModel = new Map<string, number>();
  p.routes.forEach((r, i) => {
    if (!byModel.has(r.model)) byModel.set(r.model, i);
  });
  return { id: p.id, defaultSource: p.pricing_url ?? p.url, routes: p.routes, byModel, created: false };
}

/**
 * The catalogue route that supplies a model's facts: the route named exactly
 * by the key ("<provider>/<route-id>", e.g. the maker's own API), else a route
 * inheriting from it (`base_model` = key), preferring mapped providers.
 */
export function factRoute(input: CatalogueInput, config: ImportConfig, key: string): { route: CatalogueRoute; providerId: string; from: string } | undefined {
  const slash = key.indexOf('/');
  const lab = key.slice(0, slash);
  const rest = key.slice(slash + 1);
  const exact = input[lab]?.models[rest];
  if (exact) return { route: exact, providerId: lab, from: key };
  const order = [...config.providers.keys(), ...Object.keys(input).sort()];
  for (const pid of order) {
    const prov = input[pid];
    if (!prov) continue;
    for (const [rid, route] of Object.entries(prov.models)) {
      if (route.base_model === key) return { route, providerId: pid, from: `${pid}/${route.id ?? rid}` };
    }
  }
  return undefined;
}

function createModel(
  mapping: ModelMapping,
  fact: { route: CatalogueRoute; providerId: string; from: string },
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
  today: string,
  notes: string[],
): Extract<Change, { type: 'create-model' }> | undefined {
  const lab = mapping.key.slice(0, mapping.key.indexOf('/'));
  const maker = mapping.maker ?? config.makers.get(lab);
  if (!maker) {
    notes.push(`${mapping.key}: no maker mapped for lab "${lab}" (add it under "makers:" or give "maker:"); model "${mapping.model}" not created`);
    return undefined;
  }
  if (!ours.makers.has(maker)) {
    notes.push(`${mapping.key}: maker "${maker}" has no record in makers/; model "${mapping.model}" not created`);
    return undefined;
  }
  const facts = modelFactsOf(fact.route);
  if (facts.released !== undefined && facts.released > today) delete facts.released; // announced, not released
  if (!facts.name) {
    notes.push(`${mapping.key}: the catalogue gives no usable name; model "${mapping.model}" not created`);
    return undefined;
  }
  const record: ModelRecord = { name: facts.name, maker, kind: mapping.kind ?? kindOf(fact.route), sources: [], reviewed: today };
  if (facts.released) record.released = facts.released;
  if (facts.context_window) record.context_window = facts.context_window;
  if (facts.knowledge_cutoff) record.knowledge_cutoff = facts.knowledge_cutoff;
  if (Object.keys(facts.capabilities).length > 0) record.capabilities = orderCapabilities(facts.capabilities);
  record.sources = mapping.sources ?? sourcesFor(fact, input, config, ours);
  if (record.sources.length === 0) {
    notes.push(`${mapping.key}: no public page to cite (give "sources:" in the config); model "${mapping.model}" not created`);
    return undefined;
  }
  const checked = modelSchema.safeParse(record);
  if (!checked.success) {
    notes.push(`${mapping.key}: the record would not validate (${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}); model "${mapping.model}" not created`);
    return undefined;
  }
  return { type: 'create-model', model: mapping.model, record: sortModelRecord(record), from: fact.from };
}

/** Public pages for a new model: the links the catalogue gives, else the fact route's page and the provider's docs. */
function sourcesFor(fact: { route: CatalogueRoute; providerId: string }, input: CatalogueInput, config: ImportConfig, ours: Catalogue): string[] {
  const links = linksOf(fact.route);
  if (links.length > 0) return links.slice(0, 20);
  const urls: (string | undefined)[] = [];
  const entry = config.providers.get(fact.providerId);
  if (entry) {
    const mine = ours.providers.get(entry.provider);
    urls.push(routeSource(entry.route_source, mine?.pricing_url ?? mine?.url ?? entry.new?.pricing_url ?? entry.new?.url, fact.route.id ?? ''));
  }
  urls.push(input[fact.providerId]?.doc);
  return [...new Set(urls.filter((u): u is string => u !== undefined && httpUrl.safeParse(u).success))];
}

function routeSource(template: string | undefined, fallback: string | undefined, routeId: string): string | undefined {
  const url = template ? template.replaceAll('{route}', routeId) : fallback;
  return url !== undefined && httpUrl.safeParse(url).success ? url : undefined;
}

function fillModel(model: Model, route: CatalogueRoute, from: string, today: string): Change[] {
  const changes: Change[] = [];
  const facts = modelFactsOf(route);
  if (facts.released !== undefined && facts.released > today) delete facts.released; // announced, not released
  for (const field of FILLABLE_FIELDS) {
    const value = facts[field];
    if (value !== undefined && model[field] === undefined) changes.push({ type: 'fill-model-field', model: model.id, path: [field], value, from });
  }
  const caps = capabilitiesOf(route);
  for (const cap of IMPORTED_CAPABILITIES) {
    const value = caps[cap];
    if (value !== undefined && model.capabilities?.[cap] === undefined) changes.push({ type: 'fill-model-field', model: model.id, path: ['capabilities', cap], value, from });
  }
  return changes;
}

type PriceRules = { prices: boolean; zero_prices: boolean };

/**
 * The route's price, unless the provider entry takes no prices, or it is 0/0
 * and the entry does not take zero prices, or it lacks the output price a
 * language model needs.
 */
function importedPrice(route: CatalogueRoute, kind: ModelKind, entry: PriceRules, notes: string[], from: string) {
  if (!entry.prices) return undefined;
  const figures = priceOf(route.cost, kind);
  if (figures && !entry.zero_prices && figures.input === 0 && (figures.output ?? 0) === 0) return undefined;
  if (figures && figures.output === undefined && kind === 'language') {
    notes.push(`${from}: the catalogue gives no output price for a language model; price not taken`);
    return undefined;
  }
  return figures;
}

function updateRoute(state: ProviderState, index: number, route: CatalogueRoute, kind: ModelKind | undefined, seen: string, from: string, notes: string[], entry: PriceRules): Change[] {
  const changes: Change[] = [];
  const mine = state.routes[index]!;
  state.byModel.set(mine.model, index);
  if (route.status === 'deprecated' && mine.deprecated === undefined) {
    changes.push({ type: 'set-route-field', provider: state.id, routeIndex: index, model: mine.model, field: 'deprecated', value: true, from });
  }
  const limit = contextLimitOf(route);
  if (limit !== undefined && mine.context_limit === undefined) {
    changes.push({ type: 'set-route-field', provider: state.id, routeIndex: index, model: mine.model, field: 'context_limit', value: limit, from });
  }
  const figures = importedPrice(route, kind ?? 'language', entry, notes, from);
  if (figures) {
    const last = mine.prices?.at(-1);
    if (!samePrice(last, figures)) {
      if (last && last.seen >= seen) {
        notes.push(`${from}: price differs from providers/${state.id}.yaml routes[${index}] (${mine.model}), whose current price is dated ${last.seen}, on or after ${seen}; not added (a newer price is not replaced by an older one; pass --seen if the catalogue is newer)`);
      } else {
        const price: Price = { seen, ...figures };
        changes.push({ type: 'add-price', provider: state.id, routeIndex: index, model: mine.model, ...(mine.api_id ? { apiId: mine.api_id } : {}), price, ...(last ? { previous: last } : {}), from });
      }
    }
  }
  return changes;
}

function newRoute(state: ProviderState, template: string | undefined, c: Candidate, kind: ModelKind, seen: string, notes: string[], from: string, entry: PriceRules): Route | undefined {
  const source = routeSource(template, state.defaultSource, c.routeId);
  if (!source) {
    notes.push(`${from}: no valid page to cite for the route (set "route_source" in the config or a pricing_url on providers/${state.id}.yaml); not added`);
    return undefined;
  }
  const limit = contextLimitOf(c.route);
  const figures = importedPrice(c.route, kind, entry, notes, from);
  // Keys in schema order: model, api_id, context_limit, deprecated, source, prices.
  const route: Route = {
    model: c.model,
    ...(/^[^\s<>]+$/.test(c.routeId) && c.routeId.length <= 200 ? { api_id: c.routeId } : {}),
    ...(limit !== undefined ? { context_limit: limit } : {}),
    ...(c.route.status === 'deprecated' ? { deprecated: true } : {}),
    source,
    ...(figures ? { prices: [{ seen, ...figures }] } : {}),
  };
  return route;
}

function orderCapabilities(caps: Partial<Record<Capability, boolean>>): Partial<Record<Capability, boolean>> {
  return Object.fromEntries(CAPABILITIES.filter((c) => caps[c] !== undefined).map((c) => [c, caps[c]]));
}

/** Keys in schema order, so new files read like hand-written ones. */
function sortModelRecord(record: ModelRecord): ModelRecord {
  const order = Object.keys(modelSchema.shape);
  return Object.fromEntries(order.filter((k) => (record as Record<string, unknown>)[k] !== undefined).map((k) => [k, (record as Record<string, unknown>)[k]])) as ModelRecord;
}
