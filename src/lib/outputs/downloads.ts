/**
 * The catalogue as downloads: JSON of the validated records (ids included)
 * and flat CSV tables, one row per model and one per provider route, whose
 * text cells never start a spreadsheet formula.
 */
import { stringify } from 'csv-stringify/sync';
import { CAPABILITIES, type Catalogue } from '../../schemas/index.ts';
import { defaultCacheWrite } from '../cost/cost-rates.ts';
import { makerName } from '../cost/model-routes.ts';
import { modelsSorted } from '../routing/pairs.ts';

/** Every model record, by name, with its maker's name beside the maker id. */
export function modelsJson(catalogue: Catalogue): string {
  return JSON.stringify({
    models: modelsSorted(catalogue).map((m) => ({ ...m, maker_name: makerName(catalogue, m) })),
  });
}

/** Every provider record with its routes and dated prices. */
export function providersJson(catalogue: Catalogue): string {
  return JSON.stringify({ providers: [...catalogue.providers.values()] });
}

export function makersJson(catalogue: Catalogue): string {
  return JSON.stringify({ makers: [...catalogue.makers.values()] });
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @,
 * a tab or a carriage return) gets a leading single quote, as OWASP advises
 * against CSV injection: a model named "=HYPERLINK(…)" opens as that text.
 * Numbers stay numbers: only text cells are touched.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const CSV_OPTIONS = { cast: { boolean: (v: boolean) => String(v), string: neutraliseFormula } };

/** One row per model; empty cells are facts not sourced; capabilities read true, false or empty. */
export function modelsCsv(catalogue: Catalogue): string {
  const header = [
    'id',
    'name',
    'maker',
    'kind',
    'released',
    'context_window',
    'parameters_total_billions',
    'parameters_active_billions',
    'architecture',
    'licence',
    'openness',
    'commercial_use',
    'knowledge_cutoff',
    ...CAPABILITIES,
    'sources',
    'reviewed',
  ];
  const rows = modelsSorted(catalogue).map((m) => [
    m.id,
    m.name,
    makerName(catalogue, m),
    m.kind,
    m.released,
    m.context_window,
    m.parameters?.total_billions,
    m.parameters?.active_billions,
    m.architecture,
    m.licence?.name,
    m.openness,
    m.commercial_use,
    m.knowledge_cutoff,
    ...CAPABILITIES.map((c) => m.capabilities?.[c]),
    m.sources.join(' '),
    m.reviewed,
  ]);
  return stringify([header, ...rows], CSV_OPTIONS);
}

/** One row per provider route with its current (latest dated) price, USD per 1M tokens. */
export function routesCsv(catalogue: Catalogue): string {
  const header = [
    'provider',
    'provider_name',
    'model',
    'model_name',
    'api_id',
    'context_limit',
    'deprecated',
    'price_seen',
    'input_usd_per_1m',
    'output_usd_per_1m',
    'cached_input_usd_per_1m',
    'off_peak_windows_utc',
    'off_peak_weekends',
    'off_peak_input_usd_per_1m',
    'off_peak_output_usd_per_1m',
    'off_peak_cached_input_usd_per_1m',
    'batch_input_usd_per_1m',
    'batch_output_usd_per_1m',
    'cache_write_usd_per_1m',
    'cache_write_duration',
    'source',
  ];
  const rows: unknown[][] = [];
  for (const p of catalogue.providers.values()) {
    for (const r of p.routes) {
      const price = r.prices?.at(-1);
      const o = price?.off_peak;
      // The cache-write price the cost arithmetic bills (the shortest lifetime); providers.json has every one.
      const write = defaultCacheWrite(price?.cache_write);
      rows.push([
        p.id,
        p.name,
        r.model,
        catalogue.models.get(r.model)?.name,
        r.api_id,
        r.context_limit,
        r.deprecated === true,
        price?.seen,
        price?.input,
        price?.output,
        price?.cached_input,
        o?.windows_utc.join(' '),
        o?.weekends,
        o?.input,
        o?.output,
        o?.cached_input,
        price?.batch?.input,
        price?.batch?.output,
        write?.price,
        write?.duration,
        r.source,
      ]);
    }
  }
  return stringify([header, ...rows], CSV_OPTIONS);
}
