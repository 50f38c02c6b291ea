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
import { switchedOff } from '../lib/outputs/build-switches.ts';
import { deriveOgCard, ogCardHash, type OgCard } from '../lib/outputs/og-card.ts';
import type { Pair } from '../lib/routing/pairs.ts';
import type { Catalogue } from '../schemas/index.ts';
import { DRAWING_VERSION } from './drawing-version.ts';
import { ogCacheDir, tempFile } from './cache-dir.ts';

export function ogImagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !switchedOff('OG_IMAGES', env);
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
  try {
    mkdirSync(dir, { recursive: true });
    const temp = tempFile(file);
    writeFileSync(temp, png);
    renameSync(temp, file);
  } catch (error) {
    // A server may run where the cache folder cannot be written: the card is drawn again next time.
    console.warn(`sharing image not cached in ${dir}: ${(error as Error).message}`);
  }
  return png;
}

/** A pair's sharing image as a response. */
export async function pairPng(catalogue: Catalogue, pair: Pair): Promise<Response> {
  const png = await cardPng(deriveOgCard(catalogue, pair));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
