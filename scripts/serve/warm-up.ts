/**
 * Pair pages for the server to render once before it says it is ready, so
 * that the first visitors do not wait while the render path is compiled: the
 * first pages a fresh process renders take several times longer than the
 * next. The pairs are made of the models that have a page in the built site,
 * spread over the catalogue, and leave out prerendered pairs (the static
 * files answer those, so they would warm nothing). An id pair in the wrong
 * order answers with a redirect to the canonical one, which fetch follows.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Up to `count` paths of pairs that are rendered on request. */
export function warmUpPaths(clientDir: string, count: number): string[] {
  const modelsDir = path.join(clientDir, 'models');
  if (!existsSync(modelsDir)) return [];
  const ids = readdirSync(modelsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const prerendered = (a: string, b: string) =>
    existsSync(path.join(clientDir, 'compare', `${a}-vs-${b}`));
  const paths = new Set<string>();
  // Every model in turn, each beside one a varying distance after it: never itself.
  for (let k = 0; paths.size < count && k < count * 4 && ids.length > 1; k++) {
    const i = k % ids.length;
    const a = ids[i]!;
    const b = ids[(i + 1 + ((k * 7) % (ids.length - 1))) % ids.length]!;
    if (!prerendered(a, b) && !prerendered(b, a)) paths.add(`/compare/${a}-vs-${b}/`);
  }
  return [...paths];
}
