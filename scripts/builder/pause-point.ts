/**
 * For tests only: `BUILD_PAUSE_AT=<step>` makes the build stop for good at
 * that step, after printing `build paused at <step>` on stderr, so that a
 * test can kill it (SIGKILL) at a known instant and check what is left
 * (tests/pages/build-kill.test.ts). Never set it for a real build: it would
 * wait forever. The steps, in order:
 * - `validate`: the output lock is held, the data not yet read;
 * - `astro-build`: Astro has written the prerendered pages into the work
 *   slot (.astro/builds/slot-<n>/site/) and not yet finished;
 * - `publish-swap`: the fresh site has been moved beside the output
 *   (`.<out>-incoming-*`) and the output aside (`.<out>-old-*`), and the
 *   fresh site not yet moved in: the one instant at which the output folder
 *   is missing (the next build or `npm start` puts the old one back). In
 *   an output that is a mount point: the old entries moved out and the first
 *   new one moved in, the output half swapped (put back the same way).
 */
import { writeSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export const PAUSE_STEPS = ['validate', 'astro-build', 'publish-swap'] as const;
export type PauseStep = (typeof PAUSE_STEPS)[number];

/** Blocks the process forever when BUILD_PAUSE_AT names `step`; returns at once otherwise. */
export function pausePoint(step: PauseStep, env: NodeJS.ProcessEnv = process.env): void {
  if (env.BUILD_PAUSE_AT !== step) return;
  writeSync(2, `build paused at ${step}\n`);
  // A synchronous wait that never ends: nothing else of the build runs until the process is killed.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/** The Astro integration that pauses at `astro-build` (once the pages are written), when asked for. */
export function pauseIntegrations(env: NodeJS.ProcessEnv = process.env): AstroIntegration[] {
  if (env.BUILD_PAUSE_AT !== 'astro-build') return [];
  return [
    {
      name: 'llm-compare:pause-point',
      hooks: { 'astro:build:generated': () => pausePoint('astro-build', env) },
    },
  ];
}
