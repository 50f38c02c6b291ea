/**
 * Sharing images: one 1200×630 PNG per pair, drawn once per content and
 * reused from the cache by the next build unless the pair's card changed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, copyFixture, type FixtureSite } from './site-fixture.ts';

let site: FixtureSite;
beforeAll(() => void (site = buildFixtureSite()));
afterAll(() => site?.cleanup());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pairs = (dist: string) =>
  readdirSync(path.join(dist, 'compare')).filter((d) =>
    statSync(path.join(dist, 'compare', d, 'og.png'), { throwIfNoEntry: false }),
  );
const png = (dist: string, slug: string) =>
  readFileSync(path.join(dist, 'compare', slug, 'og.png'));
const cacheFiles = () =>
  new Map(readdirSync(site.ogCache).map((f) => [f, statSync(path.join(site.ogCache, f)).mtimeMs]));

describe('sharing images', () => {
  it('writes a 1200×630 PNG for each of the 15 pairs, none at the reversed URLs', () => {
    const slugs = pairs(site.dist);
    expect(slugs).toHaveLength(15);
    for (const slug of slugs) {
      const bytes = png(site.dist, slug);
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(new Set(slugs.map((s) => png(site.dist, s).toString('base64'))).size).toBe(15);
  });

  it('reuses every cached image on a rebuild and redraws only the pairs whose card changed', () => {
    const before = cacheFiles();
    expect(before.size).toBe(15);
    const data = copyFixture(site.work);
    const beta = path.join(data, 'providers', 'host-x.yaml');
    // Beta One's only price changes: the five pairs with Beta One show a new output price.
    writeFileSync(
      beta,
      readFileSync(beta, 'utf8').replace(
        '{ seen: 2026-04-10, input: 1.2, output: 6 }',
        '{ seen: 2026-04-10, input: 1.2, output: 7 }',
      ),
    );
    const rebuilt = site.build(data, 'dist-changed');
    const after = cacheFiles();
    const added = [...after.keys()].filter((f) => !before.has(f));
    expect(added).toHaveLength(5);
    for (const [file, mtime] of before) expect(after.get(file)).toBe(mtime);
    for (const slug of pairs(rebuilt)) {
      const same = png(rebuilt, slug).equals(png(site.dist, slug));
      expect(same, slug).toBe(!slug.split('-vs-').includes('beta-one'));
    }
  });
});
