/**
 * `npm run validate`: loads the catalogue in DATA_DIR (or data/), prints every
 * problem as `file:line:column field: message`, and exits 1 if there are any.
 */
import { dataDir, loadCatalogueWithProblems } from '../src/loader/load-catalogue.ts';
import { formatProblem } from '../src/loader/problem.ts';
import { sortProblems } from '../src/loader/problem.ts';

const dir = dataDir();
const { catalogue, problems } = await loadCatalogueWithProblems(dir);
if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const routes = [...catalogue.providers.values()].reduce((n, p) => n + p.routes.length, 0);
console.log(
  `ok: ${catalogue.models.size} models, ${catalogue.makers.size} makers, ${catalogue.providers.size} providers (${routes} routes), ${catalogue.benchmarks.size} benchmarks in ${dir}`,
);
