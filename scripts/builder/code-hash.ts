/**
 * The hash of the code and the settings that shape the pages. It is part of
 * every pair's ETag (src/lib/routing/pair-content-keys.ts): a build with other code
 * makes every cached pair stale, a build with the same code keeps the ETags of
 * the pairs whose models did not change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

/** The environment that changes what pages say (the rest only says where things go). */
const OUTPUT_ENV = ['SITE_URL', 'OG_IMAGES', 'PAIR_JSON', 'SITEMAP_MAX_URLS'];
/** The files that make the pages. */
const CODE = [
  'src/**',
  'public/**',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

export function codeHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  for (const file of fg.sync(CODE, { cwd: root, dot: true, onlyFiles: true }).sort()) {
    h.update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  for (const name of OUTPUT_ENV) h.update(`${name}=${env[name] ?? ''}\0`);
  return h.digest('base64url').slice(0, 16);
}
