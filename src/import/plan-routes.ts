/**
 * The route half of an import plan. Only providers listed in the config are
 * read. A catalogue route is taken when (1) our provider record already has a
 * route whose `api_id` is the catalogue route id, or (2) the config maps
 * "<provider>/<route-id>", or (3) the config maps the route's `base_model`
 * ("<lab>/<model>"). A route's price is compared with its current (last)
 * price; a difference appends a new dated price, never edits an old one.
 */
import type { ModelKind, Price, Provider, Route, Catalogue } from '../schemas/index.ts';
import type { ProviderRecord } from '../schemas/provider.ts';
import { httpUrl } from '../schemas/common.ts';
import type { CatalogueInput, CatalogueRoute } from './catalogue.ts';
import type { Change } from './change.ts';
import type { ImportConfig } from './config.ts';
import { contextLimitOf, priceOf, samePrice } from './facts.ts';

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

/**
 * Adds routes, dated prices and route fields for every provider the config
 * lists (creating provider records it describes), pushing to `changes` and
 * `notes`. `modelKinds` holds every model that exists after the model half.
 */
export function planRoutes(
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
  modelKinds: Map<string, ModelKind>,
  today: string,
  seen: string,
  changes: Change[],
  notes: string[],
): void {
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
        const record: ProviderRecord = {
          name: entry.new.name,
          kind: entry.new.kind,
          url: entry.new.url,
          ...(entry.new.pricing_url ? { pricing_url: entry.new.pricing_url } : {}),
          reviewed: today,
          routes: [],
        };
        changes.push({ type: 'create-provider', provider: entry.provider, record, from: cpid });
        state = {
          id: entry.provider,
          defaultSource: record.pricing_url ?? record.url,
          routes: [],
          byModel: new Map(),
          created: true,
        };
      } else {
        notes.push(
          `provider "${cpid}": our record providers/${entry.provider}.yaml does not exist and the config gives no "new" fields to create it; skipped`,
        );
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
      if (existingIndex >= 0)
        c = { route, routeId, rank: 1, model: state.routes[existingIndex]!.model, existingIndex };
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
          if (c.rank === 2)
            notes.push(
              `${from(c)}: providers/${state.id}.yaml already has a route for "${model}" (api_id "${byApiId.routeId}"); not added again`,
            );
        }
        changes.push(
          ...updateRoute(
            state,
            byApiId.existingIndex!,
            byApiId.route,
            modelKinds.get(model),
            seen,
            from(byApiId),
            notes,
            entry,
          ),
        );
        continue;
      }
      const best = candidates.filter((c) => c.rank === Math.min(...candidates.map((x) => x.rank)));
      if (best.length > 1) {
        notes.push(
          `${cpid}: ${best.length} catalogue routes map to model "${model}" (${best.map((c) => c.routeId).join(', ')}); none taken: map the one you want as "${cpid}/<route-id>" in the config`,
        );
        continue;
      }
      const chosen = best[0]!;
      const taken = state.byModel.get(model);
      if (taken !== undefined) {
        const existing = taken >= 0 ? state.routes[taken] : undefined;
        if (existing && existing.api_id === undefined) {
          changes.push({
            type: 'set-route-field',
            provider: state.id,
            routeIndex: taken,
            model,
            field: 'api_id',
            value: chosen.routeId,
            from: from(chosen),
          });
          changes.push(
            ...updateRoute(
              state,
              taken,
              chosen.route,
              modelKinds.get(model),
              seen,
              from(chosen),
              notes,
              entry,
            ),
          );
        } else {
          notes.push(
            `${from(chosen)}: providers/${state.id}.yaml already has a route for "${model}"${existing?.api_id ? ` (api_id "${existing.api_id}")` : ''}; not added again`,
          );
        }
        continue;
      }
      if (!modelKinds.has(model)) {
        notes.push(
          `${from(chosen)}: model "${model}" does not exist and was not created; route not added`,
        );
        continue;
      }
      const route = newRoute(
        state,
        entry.route_source,
        chosen,
        modelKinds.get(model)!,
        seen,
        notes,
        from(chosen),
        entry,
      );
      if (route) {
        changes.push({ type: 'add-route', provider: state.id, route, from: from(chosen) });
        state.byModel.set(model, -1);
      }
    }
  }
}

function stateOf(p: Provider): ProviderState {
  const byModel = new Map<string, number>();
  p.routes.forEach((r, i) => {
    if (!byModel.has(r.model)) byModel.set(r.model, i);
  });
  return {
    id: p.id,
    defaultSource: p.pricing_url ?? p.url,
    routes: p.routes,
    byModel,
    created: false,
  };
}

/** The page a route cites: the config's template with {route} filled in, else the fallback; undefined unless an http(s) URL. */
export function routeSource(
  template: string | undefined,
  fallback: string | undefined,
  routeId: string,
): string | undefined {
  const url = template ? template.replaceAll('{route}', routeId) : fallback;
  return url !== undefined && httpUrl.safeParse(url).success ? url : undefined;
}

type PriceRules = { prices: boolean; zero_prices: boolean };

/**
 * The route's price, unless the provider entry takes no prices, or it is 0/0
 * and the entry does not take zero prices, or it lacks the output price a
 * language model needs.
 */
function importedPrice(
  route: CatalogueRoute,
  kind: ModelKind,
  entry: PriceRules,
  notes: string[],
  from: string,
) {
  if (!entry.prices) return undefined;
  const figures = priceOf(route.cost, kind);
  if (figures && !entry.zero_prices && figures.input === 0 && (figures.output ?? 0) === 0)
    return undefined;
  if (figures && figures.output === undefined && kind === 'language') {
    notes.push(
      `${from}: the catalogue gives no output price for a language model; price not taken`,
    );
    return undefined;
  }
  return figures;
}

function updateRoute(
  state: ProviderState,
  index: number,
  route: CatalogueRoute,
  kind: ModelKind | undefined,
  seen: string,
  from: string,
  notes: string[],
  entry: PriceRules,
): Change[] {
  const changes: Change[] = [];
  const mine = state.routes[index]!;
  state.byModel.set(mine.model, index);
  if (route.status === 'deprecated' && mine.deprecated === undefined) {
    changes.push({
      type: 'set-route-field',
      provider: state.id,
      routeIndex: index,
      model: mine.model,
      field: 'deprecated',
      value: true,
      from,
    });
  }
  const limit = contextLimitOf(route);
  if (limit !== undefined && mine.context_limit === undefined) {
    changes.push({
      type: 'set-route-field',
      provider: state.id,
      routeIndex: index,
      model: mine.model,
      field: 'context_limit',
      value: limit,
      from,
    });
  }
  const figures = importedPrice(route, kind ?? 'language', entry, notes, from);
  if (figures) {
    const last = mine.prices?.at(-1);
    if (!samePrice(last, figures)) {
      if (last?.off_peak) {
        notes.push(
          `${from}: price differs from providers/${state.id}.yaml routes[${index}] (${mine.model}), which bills by time of day (off-peak and peak prices); the catalogue gives one price without the hours it applies in, so it is not added (check the provider's page and add a dated price by hand)`,
        );
      } else if (last && last.seen >= seen) {
        notes.push(
          `${from}: price differs from providers/${state.id}.yaml routes[${index}] (${mine.model}), whose current price is dated ${last.seen}, on or after ${seen}; not added (a newer price is not replaced by an older one; pass --seen if the catalogue is newer)`,
        );
      } else {
        const price: Price = { seen, ...figures };
        changes.push({
          type: 'add-price',
          provider: state.id,
          routeIndex: index,
          model: mine.model,
          ...(mine.api_id ? { apiId: mine.api_id } : {}),
          price,
          ...(last ? { previous: last } : {}),
          from,
        });
      }
    }
  }
  return changes;
}

function newRoute(
  state: ProviderState,
  template: string | undefined,
  c: Candidate,
  kind: ModelKind,
  seen: string,
  notes: string[],
  from: string,
  entry: PriceRules,
): Route | undefined {
  const source = routeSource(template, state.defaultSource, c.routeId);
  if (!source) {
    notes.push(
      `${from}: no valid page to cite for the route (set "route_source" in the config or a pricing_url on providers/${state.id}.yaml); not added`,
    );
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
