/** Compares two output trees file by file (the rebuild benchmark and its test use it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

/** Relative paths of the files that differ between two trees (or exist in one only), sorted. */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) => new Set(fg.sync('**/*', { cwd: dir, dot: true, onlyFiles: true }));
  const fa = list(a);
  const fb = list(b);
  const out: string[] = [];
  for (const f of new Set([...fa, ...fb])) {
    if (!fa.has(f) || !fb.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push(f);
  }
  return out.sort();
}
