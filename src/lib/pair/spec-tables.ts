/** Specs, pricing-and-availability and capability tables. Unknown cells read "Not sourced". */
import { CAPABILITIES } from '../../schemas/index.ts';
import {
  formatBillions,
  formatDate,
  formatList,
  formatPricePerMillion,
  formatTokens,
  NOT_SOURCED,
} from '../format/format.ts';
import {
  CAPABILITY_HINTS,
  CAPABILITY_LABELS,
  COMMERCIAL_USE_LABELS,
  OPENNESS_LABELS,
} from '../format/labels.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';
import { priceTerms } from '../cost/price-terms.ts';
import type { Model, Price } from '../../schemas/index.ts';

export interface TableRow {
  label: string;
  a: string;
  b: string;
}

export interface CapabilityRow {
  label: string;
  /** What the capability means, in a few words. */
  hint: string;
  a: 'yes' | 'no' | 'unknown';
  b: 'yes' | 'no' | 'unknown';
}

const known = <T>(v: T | undefined, show: (v: T) => string) =>
  v === undefined ? NOT_SOURCED : show(v);

export function deriveSpecs(f: PairFacts): TableRow[] {
  const row = (label: string, value: (m: Model) => string): TableRow => ({
    label,
    a: value(f.pair.a),
    b: value(f.pair.b),
  });
  return [
    row('Released', (m) => known(m.released, formatDate)),
    row('Context window', (m) => known(m.context_window, (n) => `${formatTokens(n)} tokens`)),
    row('Parameters', (m) => parameters(m)),
    row('Architecture', (m) =>
      known(m.architecture, (a) => (a === 'moe' ? 'Mixture of experts' : 'Dense')),
    ),
    row('Licence', (m) =>
      known(m.licence, (l) => (l.osi_approved ? `${l.name} (OSI-approved)` : l.name)),
    ),
    row('Openness', (m) => known(m.openness, (o) => OPENNESS_LABELS[o])),
    row('Commercial use', (m) => known(m.commercial_use, (c) => COMMERCIAL_USE_LABELS[c])),
    row('Knowledge cutoff', (m) => known(m.knowledge_cutoff, formatDate)),
  ];
}

function parameters(m: Model): string {
  const p = m.parameters;
  if (p?.total_billions === undefined)
    return p?.active_billions !== undefined
      ? `${formatBillions(p.active_billions)} active`
      : NOT_SOURCED;
  return p.active_billions !== undefined
    ? `${formatBillions(p.total_billions)} (${formatBillions(p.active_billions)} active)`
    : formatBillions(p.total_billions);
}

export function derivePricing(f: PairFacts): TableRow[] {
  const row = (label: string, value: (s: SideFacts) => string): TableRow => ({
    label,
    a: value(f.a),
    b: value(f.b),
  });
  const cheapest = (s: SideFacts) => (s.cost.status === 'priced' ? s.cost.cheapest : undefined);
  const deprecated = (s: SideFacts) =>
    s.allRoutes.filter((r) => r.deprecated).map((r) => `${r.provider.name} (deprecated)`);
  return [
    row('Input price (cheapest route)', (s) => known(cheapest(s)?.input, formatPricePerMillion)),
    row('Output price (cheapest route)', (s) => known(cheapest(s)?.output, formatPricePerMillion)),
    row('Cached input price', (s) =>
      known(cheapest(s)?.route.price?.cached_input, formatPricePerMillion),
    ),
    // Rows for the terms either cheapest route states (every pair page carries this table, so rows neither has stay out).
    ...termRows(f, (s) => cheapest(s)?.route.price),
    row('Cheapest route', (s) => cheapest(s)?.route.provider.name ?? 'None priced'),
    row('Providers', (s) =>
      s.routes.length ? formatList(s.routes.map((r) => r.provider.name)) : 'None tracked',
    ),
    row('Deprecated routes', (s) => (deprecated(s).length ? formatList(deprecated(s)) : 'None')),
  ];
}

/** Off-peak, batch and cache-write rows, each only when one side's cheapest route states it; the other reads "Not sourced". */
function termRows(f: PairFacts, price: (s: SideFacts) => Price | undefined): TableRow[] {
  const [a, b] = [priceTerms(price(f.a)), priceTerms(price(f.b))];
  const rows: TableRow[] = [];
  if (a.offPeak || b.offPeak)
    rows.push({
      label: 'Off-peak prices',
      a: a.offPeak || NOT_SOURCED,
      b: b.offPeak || NOT_SOURCED,
    });
  if (a.batch !== NOT_SOURCED || b.batch !== NOT_SOURCED)
    rows.push({ label: 'Batch prices', a: a.batch, b: b.batch });
  if (a.cacheWrite !== NOT_SOURCED || b.cacheWrite !== NOT_SOURCED)
    rows.push({ label: 'Cache-write price', a: a.cacheWrite, b: b.cacheWrite });
  return rows;
}

export function deriveCapabilityRows(f: PairFacts): CapabilityRow[] {
  const state = (m: Model, c: (typeof CAPABILITIES)[number]) => {
    const v = m.capabilities?.[c];
    return v === true ? 'yes' : v === false ? 'no' : 'unknown';
  };
  return CAPABILITIES.map((c) => ({
    label: CAPABILITY_LABELS[c],
    hint: CAPABILITY_HINTS[c],
    a: state(f.pair.a, c),
    b: state(f.pair.b, c),
  }));
}
