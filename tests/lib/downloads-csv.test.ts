/**
 * The CSV downloads open as data: a text cell that a spreadsheet would run as
 * a formula (starting with =, +, -, @, a tab or a carriage return) carries a
 * leading single quote (OWASP's advice against CSV injection), and numbers
 * stay numbers. Each file is parsed back with csv-parse, as a spreadsheet would.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { modelsCsv, neutraliseFormula, routesCsv } from '../../src/lib/outputs/downloads.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { SEED_FIXTURE } from '../support/fixture-catalogue.ts';

const FORMULAS = [
  '=HYPERLINK("https://evil.example","Mistral")',
  '+1+2',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
];
const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('CSV downloads', () => {
  it('prefix every formula-starting text cell with a single quote, and leave other text as it is', () => {
    for (const f of FORMULAS) expect(neutraliseFormula(f)).toBe(`'${f}`);
    for (const plain of [
      'Mistral Small 4',
      '2026-05-14',
      'https://mistral.ai',
      "'quoted",
      '',
      'a=b',
      'x-1',
    ])
      expect(neutraliseFormula(plain)).toBe(plain);
  });

  it('write hostile names as inert text and numbers as numbers (models.csv and routes.csv, parsed back)', async () => {
    const catalogue = await loadCatalogue(SEED_FIXTURE, '2026-11-22');
    const models = [...catalogue.models.values()];
    models.forEach((m, i) => Object.assign(m, { name: FORMULAS[i % FORMULAS.length] }));
    const maker = catalogue.makers.values().next().value!;
    maker.name = '@maker';
    const provider = catalogue.providers.values().next().value!;
    Object.assign(provider, { name: '=provider' });
    provider.routes[0]!.api_id = '-api';

    const modelRows = rows(modelsCsv(catalogue));
    expect(modelRows).toHaveLength(models.length);
    for (const row of modelRows) {
      const model = catalogue.models.get(row.id!)!;
      expect(row.name).toBe(`'${model.name}`);
      expect(row.context_window).toBe(
        model.context_window === undefined ? '' : String(model.context_window),
      );
      if (model.context_window !== undefined)
        expect(Number(row.context_window)).toBe(model.context_window);
    }
    expect(modelRows.some((r) => r.maker === "'@maker")).toBe(true);

    const routeRows = rows(routesCsv(catalogue));
    const first = routeRows.find((r) => r.provider === provider.id && r.api_id === "'-api")!;
    expect(first.provider_name).toBe("'=provider");
    expect(first.model_name!.startsWith("'")).toBe(true);
    expect(Number(first.input_usd_per_1m)).toBe(provider.routes[0]!.prices!.at(-1)!.input);
    // Nothing a spreadsheet reads as a formula is left in either file.
    for (const row of [...modelRows, ...routeRows])
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });
});
