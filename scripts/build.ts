/**
 * `npm run build`: validate the data, then build the site into a fresh folder
 * and swap it into dist/ only when the build succeeded.
 * - Any data problem is printed (file:line:column field: message) and the
 *   build stops with exit code 1 before a single page is written.
 * - A failed build leaves the previous dist/ exactly as it was.
 * - Each build writes into a new folder: rewriting tens of thousands of files
 *   in place is slow on these machines.
 * - The build runs with a capped V8 heap (BUILD_HEAP_MB, default 700): without
 *   a cap V8 lets garbage pile up to 1.3-1.5 GB RSS on 100,000 pages, with it
 *   the peak stays under 0.9 GB for a few percent more time (npm run bench);
 *   and with a larger young generation (below).
 * - It also runs with MALLOC_ARENA_MAX=2 (unless set): sharp's threads, which
 *   encode the sharing images, otherwise leave glibc arenas of freed memory
 *   behind (full catalogue with images, together with one libvips thread per
 *   card in src/og/draw-card.ts: peak RSS 810 MB instead of 997 MB).
 * - It keeps V8's compiled code of every module it loads in .cache/node-compile/
 *   (NODE_COMPILE_CACHE, unless set), so later builds skip most of compiling
 *   Astro, Vite and our own modules again, and our TypeScript modules with
 *   their types stripped in .cache/strip-types/ (scripts/build/strip-types-cache.mjs).
 * - A rebuild renders only the pairs whose content changed and moves every
 *   other pair's folder over from the previous output (scripts/build/incremental.ts);
 *   `--clean` renders everything.
 * OUT_DIR, when set, names the final folder instead of dist/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// This module imports nothing heavy before the check, so the relaunch costs only a Node start.
// process.execve replaces this process (no parent left holding memory); spawnSync where it is missing.
const heapFlag = `--max-old-space-size=${Number(process.env.BUILD_HEAP_MB) || 700}`;
// Young generation of 32 MB semi-spaces (larger than V8's default): fewer scavenges while
// Astro, Vite and the pages load and render. npm run bench's catalogue of 200 models, measured
// alternately: clean builds 35.0 and 38.0 s against 38.9 and 39.3 s (peak RSS +60 MB); no-change
// rebuilds median 2.62 s against 2.77 s (six runs each).
const semiSpaceFlag = '--max-semi-space-size=32';
if ([...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--max-old-space-size'))) {
  await import('./build/run-build.ts');
} else {
  const stripCache = ['--import', new URL('./build/strip-types-cache.mjs', import.meta.url).href];
  const args = [heapFlag, semiSpaceFlag, ...stripCache, ...process.execArgv, import.meta.filename, ...process.argv.slice(2)];
  const compileCache = path.join(import.meta.dirname, '..', '.cache', 'node-compile');
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || '2', NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || compileCache };
  if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...args], env);
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  process.exit(child.status ?? 1);
}
