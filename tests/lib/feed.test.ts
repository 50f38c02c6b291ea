/** The Atom feed: entries derived from the records, newest first, capped, and a valid Atom document. */
import { describe, expect, it } from 'vitest';
import { deriveFeed, FEED_CAP, renderAtom } from '../../src/lib/outputs/feed.ts';
import type { Benchmark } from '../../src/schemas/index.ts';
import { expectValidAtom } from '../support/atom.ts';
import { catalogue, model, provider } from '../support/catalogue-builder.ts';

const SITE = new URL('https://llm-compare.example');
const quiz: Benchmark = {
  id: 'quiz',
  name: 'Quiz & Co',
  measures: 'm',
  category: 'reasoning',
  unit: '%',
  higher_is_better: true,
  url: 'https://example.com/quiz',
};

const data = catalogue(
  [
    model('a', {
      name: 'Alpha <A> & "Co"',
      released: '2026-03-01',
      context_window: 128_000,
      benchmarks: [
        {
          benchmark: 'quiz',
          score: 71.5,
          source: 'https://example.com/a',
          date: '2026-03-05',
          run_by: 'maker',
        },
      ],
    }),
    model('b', {
      name: 'Beta',
      released: '2026-01-10',
      benchmarks: [
        {
          benchmark: 'quiz',
          score: 60,
          source: 'https://example.com/b',
          date: '2026-03-05',
          run_by: 'Artificial Analysis',
        },
      ],
    }),
    model('c', { name: 'Gamma' }),
  ],
  [
    provider(
      'p',
      [
        {
          model: 'a',
          api_id: 'alpha-1',
          source: 'https://example.com/p',
          prices: [
            { seen: '2026-03-01', input: 2, output: 8 },
            { seen: '2026-04-01', input: 1, output: 8, cached_input: 0.1 },
          ],
        },
        // The same price seen again is not a change.
        {
          model: 'b',
          source: 'https://example.com/p',
          prices: [
            { seen: '2026-01-10', input: 1, output: 2 },
            { seen: '2026-05-01', input: 1, output: 2 },
          ],
        },
      ],
      { name: 'Provider P' },
    ),
  ],
  [quiz],
);

describe('deriveFeed', () => {
  const feed = deriveFeed(data, SITE);

  it('states a move to time-of-day prices with its off-peak hours; batch or cache writes first stated are no change', () => {
    const billed = catalogue(
      [model('d', { name: 'Delta' })],
      [
        provider(
          'q',
          [
            {
              model: 'd',
              source: 'https://example.com/q',
              prices: [
                { seen: '2026-07-02', input: 0.435, output: 0.87 },
                {
                  seen: '2026-09-23',
                  input: 1.32,
                  output: 3.96,
                  off_peak: { windows_utc: ['16:30-00:30'], input: 0.66, output: 1.98 },
                },
                {
                  seen: '2026-10-01',
                  input: 1.32,
                  output: 3.96,
                  off_peak: { windows_utc: ['16:30-00:30'], input: 0.66, output: 1.98 },
                  batch: { input: 0.66, output: 1.98 },
                },
              ],
            },
          ],
          { name: 'Provider Q' },
        ),
      ],
      [],
    );
    const prices = deriveFeed(billed, SITE).entries.filter((e) => e.kind === 'price');
    expect(prices.map((e) => e.summary)).toEqual([
      'Delta on Provider Q, per 1M tokens: was $0.435 input, $0.87 output (seen 2026-07-02); now $1.32 input, $3.96 output (peak); off-peak 16:30–00:30 UTC: $0.66 input, $1.98 output (seen 2026-09-23).',
    ]);
  });

  it('lists new models, price changes and scores, dated from the records, newest first', () => {
    expect(feed.entries.map((e) => [e.date, e.kind, e.id])).toEqual([
      ['2026-04-01', 'price', 'https://llm-compare.example/providers/p/#a-2026-04-01'],
      ['2026-03-05', 'score', 'https://llm-compare.example/models/a/#score-quiz-2026-03-05'],
      ['2026-03-05', 'score', 'https://llm-compare.example/models/b/#score-quiz-2026-03-05'],
      ['2026-03-01', 'model', 'https://llm-compare.example/models/a/#released'],
      ['2026-01-10', 'model', 'https://llm-compare.example/models/b/#released'],
    ]);
    expect(feed.updated).toBe('2026-04-01');
    expect(feed.self).toBe('https://llm-compare.example/feed.xml');
  });

  it('states the old and new price, the route and the provider; who ran a score', () => {
    const price = feed.entries[0]!;
    expect(price.title).toBe('Price change: Alpha <A> & "Co" on Provider P');
    expect(price.summary).toBe(
      'Alpha <A> & "Co" on Provider P (alpha-1), per 1M tokens: was $2 input, $8 output (seen 2026-03-01); now $1 input, $8 output, $0.10 cached input (seen 2026-04-01).',
    );
    expect(price.link).toBe('https://llm-compare.example/models/a/');
    expect(feed.entries[1]!.summary).toContain('(reported by the maker)');
    expect(feed.entries[2]!.summary).toContain('(independent: Artificial Analysis)');
    expect(feed.entries[2]!.title).toBe('Beta: 60% on Quiz & Co');
  });

  it('keeps the newest entries up to the cap', () => {
    expect(deriveFeed(data, SITE, 2).entries.map((e) => e.date)).toEqual([
      '2026-04-01',
      '2026-03-05',
    ]);
    const many = catalogue(
      Array.from({ length: FEED_CAP + 20 }, (_, i) =>
        model(`m${i}`, { released: `2026-0${1 + (i % 9)}-1${i % 10}` }),
      ),
    );
    expect(deriveFeed(many, SITE).entries).toHaveLength(FEED_CAP);
  });

  it('gives the same feed for the same data', () => {
    expect(renderAtom(deriveFeed(data, SITE))).toBe(renderAtom(deriveFeed(data, SITE)));
  });
});

describe('renderAtom', () => {
  it('writes a valid Atom document with the required elements, escaping text', () => {
    const xml = renderAtom(deriveFeed(data, SITE));
    const feed = expectValidAtom(xml);
    expect(feed.updated).toBe('2026-04-01T00:00:00Z');
    expect(feed.entry).toHaveLength(5);
    expect(xml).toContain(
      '<title>Price change: Alpha &lt;A&gt; &amp; &quot;Co&quot; on Provider P</title>',
    );
    expect(feed.entry[0].title).toBe('Price change: Alpha <A> & "Co" on Provider P');
  });

  it('is valid for an empty catalogue too, dated without the clock', () => {
    const feed = expectValidAtom(renderAtom(deriveFeed(catalogue([]), SITE)));
    expect(feed.updated).toBe('1970-01-01T00:00:00Z');
  });
});
