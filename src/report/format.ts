/** The data report as plain text for the terminal. */
import type { Currency } from './currency.ts';
import type { DataReport } from './report.ts';

export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The currency section, first in the report. */
export function formatCurrency(cur: Currency, models: number): string[] {
  const out: string[] = [];
  out.push(
    `Currency (as of ${cur.asOf}, ${cur.asOfFrom === 'today' ? 'the given --today' : 'the newest date in the data'})`,
  );
  out.push(
    `  newest release: ${cur.newestRelease ? `${cur.newestRelease.date} (${cur.newestRelease.models.join(', ')})` : 'none dated'}`,
  );
  out.push(`  released in the last ${cur.recentDays} days: ${cur.recent.length}`);
  for (const m of cur.recent) out.push(`    ${m.released}  ${m.id}`);
  out.push(
    `  current prices of active routes by age of seen${cur.newestPrice ? ` (newest ${cur.newestPrice})` : ''}:`,
  );
  for (const b of cur.priceAges)
    out.push(
      `    ${b.label.padEnd(14)} ${String(b.count).padStart(5)}  ${percent(b.share).padStart(6)}`,
    );
  out.push(
    `  models with ${cur.scoredMin} or more benchmark scores: ${cur.scored.count} of ${models} (${percent(cur.scored.share)}); of the recent ones ${cur.recentScored.count} of ${cur.recent.length} (${percent(cur.recentScored.share)})`,
  );
  return out;
}

export function formatReport(r: DataReport, dir?: string): string {
  const out: string[] = [];
  const c = r.counts;
  out.push(`Data report${dir ? ` for ${dir}` : ''} (today ${r.today})`);
  out.push('');
  out.push(...formatCurrency(r.currency, c.models));
  out.push('');
  out.push('Counts');
  out.push(`  models      ${c.models}`);
  out.push(`  makers      ${c.makers}`);
  out.push(`  providers   ${c.providers}`);
  out.push(
    `  routes      ${c.routes} (${c.pricedRoutes} priced, ${c.deprecatedRoutes} deprecated)`,
  );
  out.push(`  benchmarks  ${c.benchmarks}`);
  out.push(
    `  models with a priced route (deprecated routes not counted): ${r.pricedModels.count} of ${c.models} (${percent(r.pricedModels.share)})`,
  );

  out.push('');
  out.push('Share of models with each field sourced');
  const width = Math.max(...r.fields.map((f) => f.field.length));
  for (const f of r.fields)
    out.push(
      `  ${f.field.padEnd(width)}  ${percent(f.share).padStart(6)}  (${f.count}/${c.models})`,
    );

  out.push('');
  out.push(`Not reviewed for ${r.staleDays} days or more: ${r.stale.length}`);
  const idWidth = Math.max(0, ...r.stale.map((s) => s.id.length));
  for (const s of r.stale)
    out.push(
      `  ${s.kind.padEnd(8)} ${s.id.padEnd(idWidth)}  ${s.reviewed ? `reviewed ${s.reviewed} (${plural(s.days!, 'day')} ago)` : 'never reviewed'}`,
    );

  out.push('');
  out.push(`Routes without a price: ${r.routesWithoutPrice.length}`);
  for (const u of r.routesWithoutPrice)
    out.push(
      `  ${u.provider} routes[${u.index}] ${u.model}${u.api_id ? ` (${u.api_id})` : ''}${u.deprecated ? ' [deprecated]' : ''}`,
    );

  out.push('');
  out.push(
    `Models without any priced route (deprecated routes not counted): ${r.modelsWithoutPricedRoute.length}`,
  );
  for (const id of r.modelsWithoutPricedRoute) out.push(`  ${id}`);

  out.push('');
  out.push(`Warnings, to check by hand (they do not stop a build): ${r.warnings.length}`);
  for (const w of r.warnings) out.push(`  ${w.file} ${w.field} [${w.check}]: ${w.message}`);
  return out.join('\n');
}
