/**
 * The sharing-image cache: PNGs named by the hash of what they show, kept in
 * a folder outside dist/ (OG_CACHE_DIR, default .cache/og/ in the project), so a rebuild
 * reuses every image whose pair data has not changed.
 * OG_IMAGES=off skips the images altogether (for benchmarks of page output).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OgCard } from '../lib/og-card.ts';
import { ogCardHash } from '../lib/og-card.ts';
import { DRAWING_VERSION, drawCard } from './draw-card.ts';
import { projectRoot } from './project-root.ts';

export function ogImagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|0|false|no)$/i.test(env.OG_IMAGES ?? '');
}

export function ogCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot(), env.OG_CACHE_DIR || path.join('.cache', 'og'));
}

/** Counts for the build log and the cost measurement. */
export const ogStats = { drawn: 0, reused: 0, drawMs: 0 };

/** The card's PNG: from the cache when its hash is there, else drawn and stored. */
export async function cardPng(card: OgCard, dir = ogCacheDir()): Promise<Buffer> {
  const file = path.join(dir, `${ogCardHash(card, DRAWING_VERSION)}.png`);
  try {
    const png = readFileSync(file);
    ogStats.reused++;
    return png;
  } catch {
    // Not cached yet: draw it below.
  }
  const started = performance.now();
  const png = await drawCard(card);
  ogStats.drawMs += performance.now() - started;
  ogStats.drawn++;
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
