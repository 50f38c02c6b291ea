/** Which pairs the build prerenders: all with PRERENDER=all, else the popular ones and each model's first "continue comparing" pairs. */
import { describe, expect, it } from 'vitest';
import { derivePopularPairs } from '../../src/lib/pages/home-page.ts';
import { allPairs, modelsSorted, pairPath } from '../../src/lib/routing/pairs.ts';
import {
  PRERENDERED_PER_MODEL,
  prerenderedPairs,
  prerenderScope,
} from '../../src/lib/routing/prerendered-pairs.ts';
import { relatedModels } from '../../src/lib/pair/related-pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { SITE_FIXTURE } from '../pages/site-fixture.ts';

describe('prerendered pairs', () => {
  it('are every pair with PRERENDER=all, and otherwise exactly the popular and first related pairs, in canonical order', async () => {
    const cat = await loadCatalogue(SITE_FIXTURE);
    const all = [...allPairs(cat)].map(pairPath);
    expect(prerenderScope({ PRERENDER: 'all' })).toBe('all');
    expect(prerenderScope({})).toBe('core');
    expect(prerenderedPairs(cat, 'all').map(pairPath)).toEqual(all);
    const expected = new Set([
      ...derivePopularPairs(cat).map((l) => l.href),
      ...modelsSorted(cat).flatMap((m) =>
        relatedModels(cat, m, PRERENDERED_PER_MODEL).map((l) => l.href),
      ),
    ]);
    const core = prerenderedPairs(cat, 'core').map(pairPath);
    expect(new Set(core)).toEqual(expected);
    expect(core).toEqual(all.filter((href) => expected.has(href)));
    expect(core.length).toBeLessThan(all.length);
  });
});
