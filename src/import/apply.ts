/**
 * Applies an import plan to record files' text with the `yaml` Document API,
 * so comments, key order, flow lists and number formatting of everything the
 * plan does not touch are kept. New keys are placed in schema order. A pure
 * function: file text in, file text out.
 */
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { CAPABILITIES, modelSchema } from '../schemas/model.ts';
import type { Change } from './change.ts';

/** The yaml options our record files are read with (those of the loader). */
const PARSE = { schema: 'core', uniqueKeys: true, strict: true } as const;
/** Output options: no line folding, `[a, b]` flow lists as hand-written. */
const STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

const MODEL_KEYS = Object.keys(modelSchema.shape);
const ROUTE_KEYS = ['model', 'api_id', 'context_limit', 'deprecated', 'source', 'prices'];

/** Path of a record file relative to the data directory. */
export const modelFile = (id: string) => `models/${id}.yaml`;
export const providerFile = (id: string) => `providers/${id}.yaml`;

/** The file a change touches, relative to the data directory. */
export function fileOf(c: Change): string {
  return c.type === 'create-model' || c.type === 'fill-model-field'
    ? modelFile(c.model)
    : providerFile(c.provider);
}

/**
 * Returns the new text of every file the plan changes. `read` gives a file's
 * current text (undefined when it does not exist).
 */
export function applyPlan(
  changes: readonly Change[],
  read: (relPath: string) => string | undefined,
): Map<string, string> {
  const docs = new Map<string, Document>();
  const doc = (rel: string): Document => {
    let d = docs.get(rel);
    if (!d) {
      const text = read(rel);
      if (text === undefined) throw new Error(`${rel} does not exist`);
      d = parseDocument(text, PARSE);
      if (d.errors.length > 0) throw new Error(`${rel}: ${d.errors[0]!.message}`);
      docs.set(rel, d);
    }
    return d;
  };

  for (const c of changes) {
    switch (c.type) {
      case 'create-model':
        docs.set(modelFile(c.model), new Document(c.record, { schema: 'core' }));
        break;
      case 'create-provider':
        docs.set(providerFile(c.provider), new Document(c.record, { schema: 'core' }));
        break;
      case 'add-route': {
        const d = doc(providerFile(c.provider));
        let routes = d.get('routes', true);
        if (!isSeq(routes)) {
          routes = new YAMLSeq();
          d.set('routes', routes);
        }
        const seq = routes as YAMLSeq;
        if (seq.items.length === 0) seq.flow = false;
        seq.items.push(d.createNode(c.route));
        break;
      }
      case 'add-price': {
        const d = doc(providerFile(c.provider));
        const route = routeAt(d, c.routeIndex, c.provider);
        const prices = route.get('prices', true);
        if (isSeq(prices)) {
          if (prices.items.length === 0) prices.flow = false;
          prices.items.push(d.createNode(c.price));
        } else {
          if (prices !== undefined) route.delete('prices'); // `prices:` left empty (null)
          insertOrdered(route, 'prices', d.createNode([c.price]), ROUTE_KEYS, d);
        }
        break;
      }
      case 'set-route-field': {
        const d = doc(providerFile(c.provider));
        insertOrdered(
          routeAt(d, c.routeIndex, c.provider),
          c.field,
          d.createNode(c.value),
          ROUTE_KEYS,
          d,
        );
        break;
      }
      case 'fill-model-field': {
        const d = doc(modelFile(c.model));
        const top = d.contents as YAMLMap;
        if (c.path.length === 1)
          insertOrdered(top, c.path[0]!, d.createNode(c.value), MODEL_KEYS, d);
        else {
          const [group, key] = c.path as [string, string];
          const caps = top.get(group, true);
          if (isMap(caps)) {
            if (caps.items.length === 0) caps.flow = false; // `capabilities: {}` becomes a block
            insertOrdered(caps, key, d.createNode(c.value), [...CAPABILITIES], d);
          } else {
            if (caps !== undefined) top.delete(group);
            insertOrdered(top, group, d.createNode({ [key]: c.value }), MODEL_KEYS, d);
          }
        }
        break;
      }
    }
  }

  const out = new Map<string, string>();
  for (const [rel, d] of docs) out.set(rel, d.toString(STRINGIFY));
  return out;
}

function routeAt(d: Document, index: number, provider: string): YAMLMap {
  const routes = d.get('routes', true);
  const route = isSeq(routes) ? routes.items[index] : undefined;
  if (!isMap(route)) throw new Error(`${providerFile(provider)}: routes[${index}] is not a route`);
  return route;
}

/** Adds `key` to `map` after the keys that come before it in `order` (or at the end). */
function insertOrdered(
  map: YAMLMap,
  key: string,
  value: unknown,
  order: readonly string[],
  d: Document,
): void {
  const rank = order.indexOf(key);
  let at = map.items.length;
  if (rank >= 0) {
    const i = map.items.findIndex((p) => {
      const k = String((p.key as { value?: unknown })?.value ?? p.key);
      const r = order.indexOf(k);
      return r > rank;
    });
    if (i >= 0) at = i;
  }
  map.items.splice(at, 0, d.createPair(key, value));
}
