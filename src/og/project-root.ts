/**
 * The project folder (the nearest one up from the working directory holding
 * a package.json): the build runs Astro from a scratch folder inside
 * .astro/, so paths such as the image cache are anchored here instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function projectRoot(from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}
