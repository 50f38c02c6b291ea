/** "Continue comparing" and "rivals at a similar price" prefer current models. */
import { describe, expect, it } from 'vitest';
import { derivePairGroups } from '../../src/lib/pages/model-pair-groups.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  deriveRelated,
  isCurrent,
  RELATED_PER_MODEL,
  relatedModels,
} from '../../src/lib/pair/related-pairs.ts';
import { makePair, modelsSorted, pairPath } from '../../src/lib/routing/pairs.ts';
import { estimateCost } from '../../src/lib/cost/cost.ts';
import { routeIndex } from '../../src/lib/cost/model-routes.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Catalogue, Model } from '../../src/schemas/index.ts';
import { generateCatalogue } from '../../scripts/bench/catalogue.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

const flagship = model('flagship', { maker: 'm1', released: '2026-05-01' });
const old = model('old-2023', { maker: 'm2', released: '2023-03-01' });
const recent = model('recent', { maker: 'm3', released: '2025-09-01' });
const undated = model('undated', { maker: 'm4' });

describe('current models', () => {
  it('are newer, or at most a year older; an undated model is not known to be current', () => {
    expect(isCurrent(flagship, recent)).toBe(true);
    expect(isCurrent(flagship, model('x', { released: '2025-05-02' }))).toBe(true);
    expect(isCurrent(flagship, model('x', { released: '2025-04-30' }))).toBe(false);
    expect(isCurrent(flagship, old)).toBe(false);
    expect(isCurrent(flagship, undated)).toBe(false);
    expect(isCurrent(old, flagship)).toBe(true);
    expect(isCurrent(undated, old)).toBe(true);
  });
});

describe('rivals at a similar price', () => {
  const withPrices = (models: ReturnType<typeof model>[], cheap: string[]) =>
    catalogue(models, [
      provider(
        'p',
        models.map((m) => priced(m.id, 1, cheap.includes(m.id) ? 2.1 : 2)),
      ),
    ]);

  it('leave out a 2023 model at the same price when a current one qualifies', () => {
    const groups = derivePairGroups(withPrices([flagship, old, recent], []), flagship);
    const rivals = groups.find((g) => g.title.startsWith('Rivals'))!;
    expect(rivals.links.map((l) => l.other)).toEqual(['RECENT']);
  });

  it('fall back to older models when nothing current qualifies', () => {
    const groups = derivePairGroups(withPrices([flagship, old], []), flagship);
    expect(groups.find((g) => g.title.startsWith('Rivals'))!.links.map((l) => l.other)).toEqual([
      'OLD-2023',
    ]);
  });
});

describe('continue comparing', () => {
  it('lists current models of the same kind before older ones, even when an older one scores higher', () => {
    // The 2023 model shares the maker (+3) and the price (+3): it would lead on score alone.
    const sameMakerOld = model('same-maker-old', { maker: 'm1', released: '2023-01-01' });
    const partner = model('partner', { maker: 'm5', released: '2026-01-01' });
    const c = catalogue(
      [flagship, sameMakerOld, recent, old, undated, partner],
      [provider('p', [priced('flagship', 1, 2), priced('same-maker-old', 1, 2)])],
    );
    const related = deriveRelated(c, flagship, partner);
    expect(related.a.links.map((l) => l.other)).toEqual([
      'RECENT',
      'SAME-MAKER-OLD',
      'OLD-2023',
      'UNDATED',
    ]);
    const speech = model('speech-new', { kind: 'speech', released: '2026-06-01' });
    const c2 = catalogue([flagship, old, speech, recent]);
    expect(
      deriveRelated(c2, flagship, makePair(flagship, speech).b).a.links.map((l) => l.other),
    ).toEqual(['RECENT', 'OLD-2023']);
  });
});

describe('the ranking of "continue comparing"', () => {
  /** The rule as README states it, by sorting every other model: the oracle for the ranking that keeps only the best. */
  function plainRanking(cat: Catalogue, m: Model): string[] {
    const index = routeIndex(cat);
    const price = (x: Model) => {
      const cost = estimateCost(x, index.active(x.id));
      return cost.status === 'priced' ? cost.cheapest.output : undefined;
    };
    const relevance = (c: Model) => {
      let score = (m.kind === c.kind ? 8 : 0) + (m.maker === c.maker ? 3 : 0);
      const [pm, pc] = [price(m), price(c)];
      if (pm !== undefined && pc !== undefined) {
        const ratio = Math.max(pm, pc) / Math.max(Math.min(pm, pc), 1e-9);
        score += ratio <= 2 ? 3 : ratio <= 5 ? 1 : 0;
      }
      if (
        m.released &&
        c.released &&
        Math.abs(Date.parse(m.released) - Date.parse(c.released)) <= 365 * 86_400_000
      )
        score += 1;
      return score;
    };
    return modelsSorted(cat)
      .filter((c) => c.id !== m.id)
      .map((c) => ({
        c,
        kind: c.kind === m.kind ? 1 : 0,
        current: isCurrent(m, c) ? 1 : 0,
        score: relevance(c),
      }))
      .sort(
        (x, y) =>
          y.kind - x.kind ||
          y.current - x.current ||
          y.score - x.score ||
          (y.c.released ?? '').localeCompare(x.c.released ?? '') ||
          x.c.name.localeCompare(y.c.name, 'en'),
      )
      .slice(0, RELATED_PER_MODEL)
      .map((x) => x.c.id);
  }

  it('is the plain sort of every other model by the stated rule, on generated catalogues', async () => {
    for (const seed of [3, 11, 29]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-ranking-'));
      try {
        for (const [rel, text] of generateCatalogue({ models: 60, seed })) {
          mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          writeFileSync(path.join(dir, rel), text);
        }
        const cat = await loadCatalogue(dir);
        for (const m of cat.models.values()) {
          const fast = relatedModels(cat, m, RELATED_PER_MODEL).map((l) => l.href);
          const plain = plainRanking(cat, m).map((id) =>
            pairPath(makePair(m, cat.models.get(id)!)),
          );
          expect(fast, `${seed}: ${m.id}`).toEqual(plain);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
