/**
 * The model half of an import plan: a model listed in the config that we do
 * not have is created from the catalogue (its maker must be mapped and
 * exist); one we have only gets the fields it lacks filled in. Nothing
 * already set is ever changed.
 */
import type { Capability, Catalogue, Model, ModelKind } from '../schemas/index.ts';
import { CAPABILITIES } from '../schemas/model.ts';
import { modelSchema, type ModelRecord } from '../schemas/model.ts';
import { httpUrl } from '../schemas/common.ts';
import type { CatalogueInput, CatalogueRoute } from './catalogue.ts';
import type { Change } from './change.ts';
import type { ImportConfig, ModelMapping } from './config.ts';
import { capabilitiesOf, kindOf, linksOf, modelFactsOf } from './facts.ts';
import { routeSource } from './plan-routes.ts';

/** The model fields the importer may fill, in schema order (capabilities go one by one). */
const FILLABLE_FIELDS = ['released', 'context_window', 'knowledge_cutoff'] as const;
/** Capabilities the catalogue states. */
const IMPORTED_CAPABILITIES: readonly Capability[] = [
  'vision',
  'multimodal',
  'reasoning',
  'function_calling',
  'structured_outputs',
];

/** The catalogue route that supplies a model's facts, and where it was read. */
interface FactRoute {
  route: CatalogueRoute;
  providerId: string;
  from: string;
}

/**
 * Creates the missing models and fills absent fields of the others, pushing
 * to `changes` and `notes`. Returns the kind of every model that exists
 * after the plan (ours and created), by model id.
 */
export function planModels(
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
  today: string,
  changes: Change[],
  notes: string[],
): Map<string, ModelKind> {
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
      notes.push(
        `${mapping.key}: not found in the catalogue (no provider "${mapping.key.split('/')[0]}" route "${mapping.key.slice(mapping.key.indexOf('/') + 1)}" and no route with base_model "${mapping.key}")${existing ? '' : `; model "${mapping.model}" not created`}`,
      );
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
  return modelKinds;
}

/**
 * The catalogue route that supplies a model's facts: the route named exactly
 * by the key ("<provider>/<route-id>", e.g. the maker's own API), else a route
 * inheriting from it (`base_model` = key), preferring mapped providers.
 */
function factRoute(
  input: CatalogueInput,
  config: ImportConfig,
  key: string,
): FactRoute | undefined {
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
      if (route.base_model === key)
        return { route, providerId: pid, from: `${pid}/${route.id ?? rid}` };
    }
  }
  return undefined;
}

function createModel(
  mapping: ModelMapping,
  fact: FactRoute,
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
  today: string,
  notes: string[],
): Extract<Change, { type: 'create-model' }> | undefined {
  const lab = mapping.key.slice(0, mapping.key.indexOf('/'));
  const maker = mapping.maker ?? config.makers.get(lab);
  if (!maker) {
    notes.push(
      `${mapping.key}: no maker mapped for lab "${lab}" (add it under "makers:" or give "maker:"); model "${mapping.model}" not created`,
    );
    return undefined;
  }
  if (!ours.makers.has(maker)) {
    notes.push(
      `${mapping.key}: maker "${maker}" has no record in makers/; model "${mapping.model}" not created`,
    );
    return undefined;
  }
  const facts = modelFactsOf(fact.route);
  if (facts.released !== undefined && facts.released > today) delete facts.released; // announced, not released
  if (!facts.name) {
    notes.push(
      `${mapping.key}: the catalogue gives no usable name; model "${mapping.model}" not created`,
    );
    return undefined;
  }
  const record: ModelRecord = {
    name: facts.name,
    maker,
    kind: mapping.kind ?? kindOf(fact.route),
    sources: [],
    reviewed: today,
  };
  if (facts.released) record.released = facts.released;
  if (facts.context_window) record.context_window = facts.context_window;
  if (facts.knowledge_cutoff) record.knowledge_cutoff = facts.knowledge_cutoff;
  if (Object.keys(facts.capabilities).length > 0)
    record.capabilities = orderCapabilities(facts.capabilities);
  record.sources = mapping.sources ?? sourcesFor(fact, input, config, ours);
  if (record.sources.length === 0) {
    notes.push(
      `${mapping.key}: no public page to cite (give "sources:" in the config); model "${mapping.model}" not created`,
    );
    return undefined;
  }
  const checked = modelSchema.safeParse(record);
  if (!checked.success) {
    notes.push(
      `${mapping.key}: the record would not validate (${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}); model "${mapping.model}" not created`,
    );
    return undefined;
  }
  return {
    type: 'create-model',
    model: mapping.model,
    record: sortModelRecord(record),
    from: fact.from,
  };
}

/** Public pages for a new model: the links the catalogue gives, else the fact route's page and the provider's docs. */
function sourcesFor(
  fact: FactRoute,
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
): string[] {
  const links = linksOf(fact.route);
  if (links.length > 0) return links.slice(0, 20);
  const urls: (string | undefined)[] = [];
  const entry = config.providers.get(fact.providerId);
  if (entry) {
    const mine = ours.providers.get(entry.provider);
    urls.push(
      routeSource(
        entry.route_source,
        mine?.pricing_url ?? mine?.url ?? entry.new?.pricing_url ?? entry.new?.url,
        fact.route.id ?? '',
      ),
    );
  }
  urls.push(input[fact.providerId]?.doc);
  return [
    ...new Set(urls.filter((u): u is string => u !== undefined && httpUrl.safeParse(u).success)),
  ];
}

function fillModel(model: Model, route: CatalogueRoute, from: string, today: string): Change[] {
  const changes: Change[] = [];
  const facts = modelFactsOf(route);
  if (facts.released !== undefined && facts.released > today) delete facts.released; // announced, not released
  for (const field of FILLABLE_FIELDS) {
    const value = facts[field];
    if (value !== undefined && model[field] === undefined)
      changes.push({ type: 'fill-model-field', model: model.id, path: [field], value, from });
  }
  const caps = capabilitiesOf(route);
  for (const cap of IMPORTED_CAPABILITIES) {
    const value = caps[cap];
    if (value !== undefined && model.capabilities?.[cap] === undefined)
      changes.push({
        type: 'fill-model-field',
        model: model.id,
        path: ['capabilities', cap],
        value,
        from,
      });
  }
  return changes;
}

function orderCapabilities(
  caps: Partial<Record<Capability, boolean>>,
): Partial<Record<Capability, boolean>> {
  return Object.fromEntries(
    CAPABILITIES.filter((c) => caps[c] !== undefined).map((c) => [c, caps[c]]),
  );
}

/** Keys in schema order, so new files read like hand-written ones. */
function sortModelRecord(record: ModelRecord): ModelRecord {
  const order = Object.keys(modelSchema.shape);
  return Object.fromEntries(
    order
      .filter((k) => (record as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, (record as Record<string, unknown>)[k]]),
  ) as ModelRecord;
}
