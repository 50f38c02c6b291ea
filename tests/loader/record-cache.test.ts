/**
 * The build's record cache: a record is reused only for the same bytes, the
 * same salt (code) and the same data folder; a load through the cache gives
 * the same catalogue and the same problems, at the same lines, as a load
 * without it, including problems found across records in files it did not
 * parse again; a broken file is never kept.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { openRecordCache } from '../../src/loader/record-cache.ts';
import { SITE_FIXTURE } from '../pages/site-fixture.ts';

const TODAY = '2026-06-01';
let work: string;
let data: string;
let cacheDir: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-record-cache-'));
  data = path.join(work, 'data');
  cacheDir = path.join(work, 'cache');
  cpSync(SITE_FIXTURE, data, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const load = (cache?: ReturnType<typeof openRecordCache>) => loadCatalogueWithProblems(data, TODAY, work, cache);
/** Loads through a cache opened fresh from disk, saves it, and says what it reused. */
async function loadCached(salt = 'code-1') {
  const cache = openRecordCache(cacheDir, data, salt);
  const result = await load(cache);
  cache.save();
  return { ...result, counts: cache.counts() };
}

describe('the record cache', () => {
  it('keeps a record for the same bytes only, under the same salt and data folder', () => {
    const bytes = Buffer.from('name: A\n');
    const first = openRecordCache(cacheDir, data, 'salt');
    expect(first.get('models/a.yaml', bytes)).toBeUndefined();
    first.set('models/a.yaml', bytes, { name: 'A', context_window: undefined });
    first.save();

    const again = openRecordCache(cacheDir, data, 'salt');
    expect(again.get('models/a.yaml', bytes)).toEqual({ name: 'A', context_window: undefined });
    expect(Object.keys(again.get('models/a.yaml', bytes)!)).toEqual(['name', 'context_window']);
    expect(again.get('models/a.yaml', Buffer.from('name: B\n'))).toBeUndefined();
    expect(again.get('models/b.yaml', bytes)).toBeUndefined();
    expect(openRecordCache(cacheDir, data, 'other code').get('models/a.yaml', bytes)).toBeUndefined();
    expect(openRecordCache(cacheDir, path.join(work, 'elsewhere'), 'salt').get('models/a.yaml', bytes)).toBeUndefined();
    expect(openRecordCache(cacheDir, data, 'salt', false).get('models/a.yaml', bytes)).toBeUndefined();
  });

  it('keeps the records of two data folders apart, so that builds of both alternately both reuse theirs', () => {
    const other = path.join(work, 'other-data');
    const bytes = Buffer.from('name: A\n');
    for (const [dir, name] of [[data, 'A'], [other, 'B']] as const) {
      const cache = openRecordCache(cacheDir, dir, 'salt');
      cache.set('models/a.yaml', bytes, { name });
      cache.save();
    }
    expect(openRecordCache(cacheDir, data, 'salt').get('models/a.yaml', bytes)).toEqual({ name: 'A' });
    expect(openRecordCache(cacheDir, other, 'salt').get('models/a.yaml', bytes)).toEqual({ name: 'B' });
  });

  it('forgets the records a load did not use', () => {
    const first = openRecordCache(cacheDir, data, 'salt');
    first.set('models/a.yaml', Buffer.from('a'), { name: 'A' });
    first.set('models/b.yaml', Buffer.from('b'), { name: 'B' });
    first.save();
    const second = openRecordCache(cacheDir, data, 'salt');
    expect(second.get('models/a.yaml', Buffer.from('a'))).toEqual({ name: 'A' });
    second.save();
    const third = openRecordCache(cacheDir, data, 'salt');
    expect(third.get('models/b.yaml', Buffer.from('b'))).toBeUndefined();
    expect(third.get('models/a.yaml', Buffer.from('a'))).toEqual({ name: 'A' });
  });

  it('gives the same catalogue as a load without it, parsing only the files that changed', async () => {
    const plain = await load();
    expect(plain.problems).toEqual([]);
    const files = 3 + 6 + 2 + 1;
    expect((await loadCached()).counts).toEqual({ reused: 0, validated: files });

    const second = await loadCached();
    expect(second.counts).toEqual({ reused: files, validated: 0 });
    expect(second.problems).toEqual([]);
    expect(second.catalogue).toEqual(plain.catalogue);

    const model = path.join(data, 'models', 'alpha-mini.yaml');
    writeFileSync(model, readFileSync(model, 'utf8').replace('name: Alpha Mini', 'name: Alpha Mini Two'));
    const third = await loadCached();
    expect(third.counts).toEqual({ reused: files - 1, validated: 1 });
    expect(third.catalogue.models.get('alpha-mini')!.name).toBe('Alpha Mini Two');
    expect(third.catalogue).toEqual((await load()).catalogue);
    // Other code: nothing is reused.
    expect((await loadCached('code-2')).counts).toEqual({ reused: 0, validated: files });
  });

  it('reports problems across records at their lines in files it did not parse again', async () => {
    await loadCached();
    // The models of maker acme are unchanged and come from the cache; their maker is gone.
    rmSync(path.join(data, 'makers', 'acme.yaml'));
    const cached = await loadCached();
    expect(cached.counts.reused).toBeGreaterThan(0);
    const plain = await load();
    expect(plain.problems.length).toBeGreaterThanOrEqual(3);
    expect(plain.problems.filter((p) => p.field === 'maker').map((p) => [p.file, p.line, p.column])).toContainEqual([path.join('data', 'models', 'alpha-mini.yaml'), 2, 8]);
    expect(cached.problems).toEqual(plain.problems);
  });

  it('never keeps a broken record', async () => {
    await loadCached();
    const model = path.join(data, 'models', 'beta-one.yaml');
    writeFileSync(model, readFileSync(model, 'utf8').replace(/^context_window: .*$/m, 'context_window: 0'));
    const broken = await loadCached();
    const again = await loadCached();
    expect(broken.problems.map((p) => p.field)).toEqual(['context_window']);
    expect(again.problems).toEqual(broken.problems);
    expect(again.counts.validated).toBe(0);
  });
});
