/**
 * A catalogue whose names hold "&" and quotes (the schemas refuse "<" and
 * ">", so those cannot reach a page): built twice with the real build, the
 * two outputs are byte-identical, and every page shows the names exactly,
 * escaped in text and in attributes.
 */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, siteDir } from '../support/build-site.ts';
import { patchedCatalogue, SEED_FIXTURE } from '../support/fixture-catalogue.ts';
import { pages } from './site.ts';

const MODEL = `Q&A "Turbo" 'Max' 4`;
const MAKER = `Mistral & "Co"`;
const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-escape-'));
let first: string;
let second: string;
let data: string;

beforeAll(() => {
  const read = (rel: string) => readFileSync(path.join(SEED_FIXTURE, rel), 'utf8');
  data = patchedCatalogue({
    'models/mistral-small-4.yaml': read('models/mistral-small-4.yaml').replace(
      'name: Mistral Small 4',
      `name: '${MODEL.replaceAll("'", "''")}'`,
    ),
    'makers/mistral-ai.yaml': read('makers/mistral-ai.yaml').replace(
      'name: Mistral AI',
      `name: '${MAKER}'`,
    ),
  });
  first = path.join(work, 'first');
  second = path.join(work, 'second');
  for (const out of [first, second]) {
    const run = runBuild(data, out);
    if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  }
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('two builds of the same data', () => {
  it('are byte-identical, file for file (the pages, the assets and the server)', () => {
    // The server's modules name the absolute path of the work slot the build ran in (Astro's node
    // adapter writes its output folder into them), and so do their hashed file names: with the slot
    // and those hashes masked, and Astro's fresh random key for server islands and actions (which
    // this site does not use; ASTRO_KEY fixes it), everything must be equal. The pages and assets
    // are compared as they are.
    const mask = (text: string) =>
      text
        .replace(/"key":"[A-Za-z0-9+/=]+"/, '"key":"…"')
        .replace(/\/slot-\d+\//g, '/slot-…/')
        .replace(/_[\w-]{8}\.mjs\b/g, '_….mjs');
    const files = (dir: string) =>
      new Map(
        fg
          .sync('**/*', { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false })
          .map((f) => [f.startsWith('server/') ? mask(f) : f, f]),
      );
    const [one, two] = [files(first), files(second)];
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    expect([...one.keys()].filter((f) => f.startsWith('client/')).length).toBeGreaterThan(10);
    const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'latin1');
    const differing = [...one].filter(([key, f]) =>
      key.startsWith('server/')
        ? mask(read(first, f)) !== mask(read(second, two.get(key)!))
        : read(first, f) !== read(second, f),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe('text from records is escaped', () => {
  it('the name with "&" and quotes reads exactly in headings, titles and descriptions', () => {
    const all = pages(siteDir(first));
    const pair = all.find((p) => p.url.startsWith('/compare/') && p.$('h1').text().includes('Q&A'));
    expect(pair, 'a pair page of the renamed model').toBeDefined();
    expect(pair!.$('h1').text()).toContain(MODEL);
    expect(pair!.$('title').text()).toContain(MODEL);
    expect(pair!.$('meta[name="description"]').attr('content')).toContain(MODEL);
    expect(all.some((p) => p.$('body').text().includes(MAKER))).toBe(true);
  });

  it('no page carries the raw name: "&" and quotes are written as entities in HTML', () => {
    const raw = pages(siteDir(first)).filter((p) => p.html.includes('Turbo'));
    expect(raw.length).toBeGreaterThan(0);
    for (const page of raw) {
      // JSON data blocks escape quotes their own way; everything else is HTML.
      const html = page.html.replace(
        /<script type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/g,
        '',
      );
      expect(html, page.url).not.toContain(MODEL);
      expect(html, page.url).not.toContain('"Turbo"');
      expect(html, page.url).not.toMatch(/Q&A /);
      expect(html, page.url).not.toContain(MAKER);
    }
  });
});
