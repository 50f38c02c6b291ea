/**
 * `npm run import -- --from <catalogue.json> [--dry-run] [--seen YYYY-MM-DD] [--config <file.yaml>]`
 *
 * Reads a catalogue in the models.dev api.json shape and creates or updates
 * the records in DATA_DIR (or data/): new models and routes are added, a
 * changed price is appended as a new dated price, absent model fields are
 * filled, and nothing already set is ever overwritten. Which providers and
 * models are taken, and the ids they map to, come from the mapping config
 * (default scripts/import-config.yaml, whose header documents the rules).
 *
 * --dry-run   print what would change and write nothing
 * --seen      date for added prices (default: today)
 * --config    the mapping config to use
 *
 * Exits 1 when the data does not load before the import, or would not
 * validate after it (nothing is written then).
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../src/loader/load-catalogue.ts';
import { formatProblem } from '../src/loader/problem.ts';
import { CatalogueError, sortProblems } from '../src/loader/problem.ts';
import { describeChange } from '../src/import/describe.ts';
import { runImport } from '../src/import/run.ts';

const usage =
  'usage: npm run import -- --from <catalogue.json> [--dry-run] [--seen YYYY-MM-DD] [--config <file.yaml>]';

let args;
try {
  args = parseArgs({
    options: {
      from: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      seen: { type: 'string' },
      config: { type: 'string' },
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
if (!args.from) {
  console.error(`--from is required\n${usage}`);
  process.exit(2);
}
if (args.seen !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.seen)) {
  console.error(`--seen must be a date written YYYY-MM-DD\n${usage}`);
  process.exit(2);
}

const dir = dataDir();
const dryRun = args['dry-run'];
const config = args.config ?? fileURLToPath(new URL('./import-config.yaml', import.meta.url));
const today = new Date().toISOString().slice(0, 10);

try {
  const result = await runImport({
    dataDir: dir,
    from: args.from,
    config,
    dryRun,
    today,
    ...(args.seen ? { seen: args.seen } : {}),
  });
  const { plan, files, problems } = result;
  const verb = dryRun ? 'would' : 'will';
  console.log(
    `Prices dated ${args.seen ?? `${today} (today; pass --seen with the catalogue's own date if it is older)`}.\n`,
  );
  if (plan.changes.length > 0) {
    console.log(
      `${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'} (${verb} ${dryRun ? 'apply' : 'be applied'}):`,
    );
    for (const c of plan.changes) console.log(`  ${describeChange(c)}`);
  }
  if (plan.notes.length > 0) {
    console.log(`\n${plan.notes.length} not imported (review):`);
    for (const n of plan.notes) console.log(`  ${n}`);
  }
  if (problems.length > 0) {
    console.error(`\nThe result would not validate, so nothing was written:`);
    for (const p of sortProblems(problems)) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  if (files.length === 0) {
    console.log(`\nNo changes: ${dir} already matches the catalogue.`);
  } else {
    const created = files.filter((f) => f.created).length;
    const summary = `${files.length} file${files.length === 1 ? '' : 's'} (${created} new, ${files.length - created} updated) in ${dir}`;
    console.log(
      dryRun
        ? `\nDry run: would write ${summary}; nothing written.`
        : `\nWrote ${summary}; the result validates.`,
    );
    for (const f of files) console.log(`  ${f.created ? 'new' : 'updated'} ${f.path}`);
  }
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(`The data in ${dir} has problems; fix them before importing:`);
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
  } else console.error((e as Error).message);
  process.exit(1);
}
