/**
 * The sharing-image cache: PNGs named by the hash of what they show, kept in
 * a folder outside dist/ (OG_CACHE_DIR, default .cache/og/ in the project), so a rebuild
 * reuses every image whose pair data has not changed.
 * OG_IMAGES=off skips the images altogether (for benchmarks of page output).
 * The drawing code (satori, resvg, sharp) is loaded only when a card is not
 * in the cache.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { switchedOff } from '../lib/build-switches.ts';
import type { OgCard } from '../lib/og-card.ts';
import { ogCardHash } from '../lib/og-card.ts';
import { DRAWING_VERSION } from './drawing-version.ts';
import { projectRoot } from './project-root.ts';

export function ogImagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !switchedOff('OG_IMAGES', env);
}

export function ogCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot(), env.OG_CACHE_DIR || path.join('.cache', 'og'));
}

/** The card's PNG: from the cache when its hash is there, else drawn and stored. */
export async function cardPng(card: OgCard, dir = ogCacheDir()): Promise<Buffer> {
  const file = path.join(dir, `${ogCardHash(card, DRAWING_VERSION)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet: draw it below.
  }
  const { drawCard } = await import('./draw-card.ts');
  const png = await drawCard(card);
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
