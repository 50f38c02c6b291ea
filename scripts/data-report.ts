/**
 * `npm run data:report [-- --today YYYY-MM-DD] [--json]`: for the catalogue in
 * DATA_DIR (or data/), prints first how current it is (counted back from
 * --today, else from the newest date in the data), then the counts of models,
 * makers, providers and routes; per model field, the share of models that
 * have it sourced; the records not reviewed for 180 days; routes without a
 * price; models without any priced route; and the warnings of
 * src/report/checks.ts. Exits 1 when the catalogue does not load.
 */
import { parseArgs } from 'node:util';
import { dataDir, loadCatalogue } from '../src/loader/load-catalogue.ts';
import { CatalogueError, formatProblem } from '../src/loader/problem.ts';
import { formatReport } from '../src/report/format.ts';
import { computeReport } from '../src/report/report.ts';

const usage = 'usage: npm run data:report [-- --today YYYY-MM-DD] [--json]';
let args;
try {
  args = parseArgs({
    options: {
      today: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) {
  console.error(`--today must be a date written YYYY-MM-DD\n${usage}`);
  process.exit(2);
}

const dir = dataDir();
const today = args.today ?? new Date().toISOString().slice(0, 10);
try {
  const report = computeReport(await loadCatalogue(dir, today), today, undefined, args.today);
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, dir));
} catch (e) {
  if (!(e instanceof CatalogueError)) throw e;
  console.error(`The data in ${dir} does not load; fix these first (npm run validate):`);
  for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
