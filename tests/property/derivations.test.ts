/**
 * Property tests: over many random valid catalogues, deriving every pair
 * page never throws, no text on it reads "undefined", "NaN", "null" or
 * "Infinity", and no comparison is drawn from a value that is not sourced.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePairPage, type PairPageView } from '../../src/lib/pair/pair-page.ts';
import { allPairs } from '../../src/lib/routing/pairs.ts';
import { loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { CAPABILITIES, type Catalogue, type Model } from '../../src/schemas/index.ts';
import { generateCatalogue } from '../../scripts/bench/catalogue.ts';
import { catalogueArb, schemaProblems } from './arbitraries.ts';

const LEAKS = /\b(undefined|NaN|null|Infinity)\b|\[object Object\]/;

/** Every string in a view, with where it is. */
function strings(value: unknown, at = 'view', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push([at, String(value)]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

/** Claims the view may only make when both sides' values are known. */
function unknownComparisons(
  view: PairPageView,
  a: Model,
  b: Model,
  pricedA: boolean,
  pricedB: boolean,
): string[] {
  const texts = strings(view).map(([, s]) => s);
  const bad: string[] = [];
  const claim = (when: boolean, pattern: RegExp, what: string) => {
    if (when) for (const t of texts) if (pattern.test(t)) bad.push(`${what}: "${t}"`);
  };
  claim(
    a.context_window === undefined || b.context_window === undefined,
    /(larger|smaller|same) context window/i,
    'context compared with one side unknown',
  );
  claim(
    !pricedA || !pricedB,
    /(lower|higher|same) monthly cost/i,
    'cost compared with one side unpriced',
  );
  claim(
    a.openness === undefined || b.openness === undefined,
    /open weights that can be self-hosted/i,
    'openness compared with one side unknown',
  );
  const rows = view.capabilities;
  CAPABILITIES.forEach((c, i) => {
    const want = (m: Model) =>
      m.capabilities?.[c] === true ? 'yes' : m.capabilities?.[c] === false ? 'no' : 'unknown';
    if (rows[i]!.a !== want(a) || rows[i]!.b !== want(b))
      bad.push(`capability ${c} shown as ${rows[i]!.a}/${rows[i]!.b}`);
  });
  return bad;
}

function checkCatalogue(catalogue: Catalogue): void {
  for (const pair of allPairs(catalogue)) {
    const view = derivePairPage(catalogue, pair);
    // dataJson is JSON for the cost script (where null is a value), not text a reader sees.
    const leaks = strings(view).filter(([at, s]) => LEAKS.test(s) && !at.endsWith('.dataJson'));
    expect(leaks, pair.slug).toEqual([]);
    const priced = (m: Model) =>
      [...catalogue.providers.values()].some((p) =>
        p.routes.some((r) => r.model === m.id && !r.deprecated && r.prices?.length),
      );
    // A model with no current price anywhere cannot be costed; one with a price may still lack an output price.
    expect(
      unknownComparisons(view, pair.a, pair.b, priced(pair.a), priced(pair.b)),
      pair.slug,
    ).toEqual([]);
  }
}

describe('derivations over random valid catalogues', () => {
  it('the generated catalogues are valid records', () => {
    fc.assert(
      fc.property(catalogueArb(), (c) => {
        expect(schemaProblems(c)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never throw, never print undefined/NaN/null, never compare an unknown', () => {
    fc.assert(fc.property(catalogueArb(), checkCatalogue), { numRuns: 500 });
  });
});

describe('derivations over the benchmark generator', () => {
  it('its catalogues pass the loader and derive cleanly', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-property-'));
    try {
      for (const seed of [1, 2, 3, 4]) {
        const dir = path.join(work, `seed-${seed}`);
        for (const [rel, text] of generateCatalogue({ models: 14, seed })) {
          mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          writeFileSync(path.join(dir, rel), text);
        }
        const { catalogue, problems } = await loadCatalogueWithProblems(dir, '2026-06-01');
        expect(problems, `seed ${seed}`).toEqual([]);
        checkCatalogue(catalogue);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
