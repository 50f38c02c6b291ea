/**
 * `npm run build`: validate the data, then build the site into a fresh folder
 * and swap it into dist/ (OUT_DIR) only when the build succeeded; the steps
 * are listed in scripts/builder/run-build.ts.
 * - The build runs with a capped V8 heap (BUILD_HEAP_MB, default 1024), so
 *   garbage does not pile up beyond what the pages need.
 * - It keeps V8's compiled code of every module it loads in .cache/node-compile/
 *   (NODE_COMPILE_CACHE, unless set), so later builds skip most of compiling
 *   Astro and Vite again.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// This module imports nothing heavy before the check, so the relaunch costs only a Node start.
const heapFlag = `--max-old-space-size=${Number(process.env.BUILD_HEAP_MB) || 1024}`;
if (
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
    a.startsWith('--max-old-space-size'),
  )
) {
  await import('./builder/run-build.ts');
} else {
  const args = [heapFlag, ...process.execArgv, import.meta.filename, ...process.argv.slice(2)];
  const compileCache = path.join(import.meta.dirname, '..', '.cache', 'node-compile');
  const env = {
    ...process.env,
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE || compileCache,
  };
  if (typeof process.execve === 'function')
    process.execve(process.execPath, [process.execPath, ...args], env);
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  process.exit(child.status ?? 1);
}
