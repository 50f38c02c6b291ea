/**
 * Where a build may write. The output folder is emptied and replaced, so it
 * must never be, contain or lie inside the data folder, be or contain the
 * project, hold a version-control checkout, or lie inside one other than the
 * project's own (dist/ inside the project is fine: it is ignored by git).
 * Checked on real paths (links resolved) before anything is written.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The problem with writing the site to `out`, or undefined when there is none. */
export function outputProblem(out: string, data: string, root: string): string | undefined {
  const real = (p: string) => resolveReal(path.resolve(p));
  const [o, d, r] = [real(out), real(data), real(root)];
  const within = (child: string, parent: string) =>
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  if (within(r, o))
    return `OUT_DIR ${out} ${o === r ? 'is' : 'contains'} the project ${root}: the build replaces its output folder`;
  if (within(o, d) || within(d, o))
    return `OUT_DIR ${out} ${o === d ? 'is' : within(o, d) ? 'lies inside' : 'contains'} the data folder ${data}: the build replaces its output folder, which would destroy the records`;
  if (
    within(o, r) &&
    path
      .relative(r, o)
      .split(path.sep)[0]!
      .match(/^(src|data|scripts|tests|public|docs|node_modules|\.git|\.ci)$/)
  )
    return `OUT_DIR ${out} lies inside the project's own ${path.relative(r, o).split(path.sep)[0]}/ folder`;
  if (existsSync(path.join(o, '.git')) || existsSync(path.join(o, 'package.json')))
    return `OUT_DIR ${out} holds ${existsSync(path.join(o, '.git')) ? 'a version-control checkout (.git)' : 'a package.json'}: it is not a site the build made, and the build would replace it`;
  for (
    let dir = path.dirname(o);
    !within(r, dir) && dir !== path.dirname(dir);
    dir = path.dirname(dir)
  ) {
    if (existsSync(path.join(dir, '.git')))
      return `OUT_DIR ${out} lies inside the version-control checkout ${dir}: build into a folder outside it (or into dist/ of this project)`;
  }
  return undefined;
}

/** The real path of `p`, or of its nearest existing parent with the rest appended. */
function resolveReal(p: string): string {
  if (existsSync(p)) return realpathSync(p);
  const parent = path.dirname(p);
  return parent === p ? p : path.join(resolveReal(parent), path.basename(p));
}
