/** "Continue comparing" and "rivals at a similar price" prefer current models. */
import { describe, expect, it } from 'vitest';
import { derivePairGroups } from '../../src/lib/model-pair-groups.ts';
import { deriveRelated, isCurrent } from '../../src/lib/related-pairs.ts';
import { makePair } from '../../src/lib/pairs.ts';
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
    catalogue(models, [provider('p', models.map((m) => priced(m.id, 1, cheap.includes(m.id) ? 2.1 : 2)))]);

  it('leave out a 2023 model at the same price when a current one qualifies', () => {
    const groups = derivePairGroups(withPrices([flagship, old, recent], []), flagship);
    const rivals = groups.find((g) => g.title.startsWith('Rivals'))!;
    expect(rivals.links.map((l) => l.other)).toEqual(['RECENT']);
  });

  it('fall back to older models when nothing current qualifies', () => {
    const groups = derivePairGroups(withPrices([flagship, old], []), flagship);
    expect(groups.find((g) => g.title.startsWith('Rivals'))!.links.map((l) => l.other)).toEqual(['OLD-2023']);
  });
});

describe('continue comparing', () => {
  it('lists current models of the same kind before older ones, even when an older one scores higher', () => {
    // The 2023 model shares the maker (+3) and the price (+3): it would lead on score alone.
    const sameMakerOld = model('same-maker-old', { maker: 'm1', released: '2023-01-01' });
    const partner = model('partner', { maker: 'm5', released: '2026-01-01' });
    const c = catalogue([flagship, sameMakerOld, recent, old, undated, partner], [provider('p', [priced('flagship', 1, 2), priced('same-maker-old', 1, 2)])]);
    const related = deriveRelated(c, flagship, partner);
    expect(related.a.links.map((l) => l.other)).toEqual(['RECENT', 'SAME-MAKER-OLD', 'OLD-2023', 'UNDATED']);
    const speech = model('speech-new', { kind: 'speech', released: '2026-06-01' });
    const c2 = catalogue([flagship, old, speech, recent]);
    expect(deriveRelated(c2, flagship, makePair(flagship, speech).b).a.links.map((l) => l.other)).toEqual(['RECENT', 'OLD-2023']);
  });
});
