/**
 * Rebuilds render only the pairs whose content changed and keep the rest of
 * the previous output, and the result is byte for byte what a clean build of
 * the same data makes: for a changed price, an added model, a renamed model
 * (its pairs change order, so folders change names) and a removed model, each
 * applied on top of the previous one, with sharing images and data.json on.
 * Rebuilds render from the page bundle the last build kept, without Astro
 * (scripts/build/render-from-bundle.ts), unless PAGE_BUNDLE=off: one change
 * is rebuilt with Astro, to prove that path too.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/bench/differing-files.ts';
import { runBuild } from '../support/build-site.ts';
import { SITE_FIXTURE } from './site-fixture.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-rebuild-'));
const data = path.join(work, 'data');
const out = path.join(work, 'dist');
const env = { OG_IMAGES: 'on', OG_CACHE_DIR: path.join(work, 'og-cache') };

/** The data line of the last build: how many record files it parsed and how many it reused. */
let dataLine = '';
/** Whether the last build rendered from the kept page bundle instead of starting Astro. */
let fromBundle = false;
function build(dir: string, args: string[] = [], extraEnv: Record<string, string> = {}): string {
  const run = runBuild(data, dir, { ...env, ...extraEnv }, args);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  dataLine = run.stdout.split('\n').find((l) => l.startsWith('data ok:')) ?? '';
  fromBundle = /^\d+ files rendered from the page bundle kept by the last build \(Astro not started\)$/m.test(run.stdout);
  return run.stdout.split('\n').find((l) => /^(clean build|rebuild:)/.test(l)) ?? '';
}

const edit = (rel: string, from: string, to: string) => {
  const file = path.join(data, rel);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${rel} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

const CHANGES: [name: string, apply: () => void, expected: RegExp, bundle: 'bundle' | 'astro'][] = [
  ['a new dated price on one route', () => edit('providers/host-x.yaml', '{ seen: 2026-04-10, input: 0.5, output: 2 }', '{ seen: 2026-04-10, input: 0.5, output: 2 }, { seen: 2026-04-20, input: 0.45, output: 1.9 }'),
    // Alpha Mini's five pairs (their redirects show only names, so they stay); its cheapest route stays Acme's, so no other model's related list moves.
    /^rebuild: 5 of 15 pairs rendered \(0 reversed-pair redirects\), 10 kept, 0 removed; 1 of 6 model pages rendered; \d+ of 3 maker and \d+ of 2 provider pages rendered$/, 'bundle'],
  ['an added model', () => writeFileSync(path.join(data, 'models', 'delta-new.yaml'), 'name: Delta New\nmaker: gamma\nkind: language\ncontext_window: 64000\nsources: [https://example.com/delta]\nreviewed: 2026-05-01\n'),
    /^rebuild: \d+ of 21 pairs rendered \(6 reversed-pair redirects\), \d+ kept, 0 removed; \d+ of 7 model pages rendered; \d+ of 3 maker and \d+ of 2 provider pages rendered$/, 'bundle'],
  ['a renamed model whose pairs change order', () => edit('models/alpha-mini.yaml', 'name: Alpha Mini', 'name: Zeta Mini'),
    /^rebuild: \d+ of 21 pairs rendered \(\d+ reversed-pair redirects\), \d+ kept, \d+ removed; \d+ of 7 model pages rendered; \d+ of 3 maker and \d+ of 2 provider pages rendered$/, 'astro'],
  ['a removed model and its route', () => {
    rmSync(path.join(data, 'models', 'gamma-thin.yaml'));
    edit('providers/host-x.yaml', '  - { model: gamma-thin, source: https://hostx.example.com/models }\n', '');
  }, /^rebuild: \d+ of 15 pairs rendered \(0 reversed-pair redirects\), \d+ kept, 6 removed; \d+ of 6 model pages rendered; \d+ of 3 maker and \d+ of 2 provider pages rendered$/, 'bundle'],
];

describe('rebuilds', () => {
  beforeAll(() => {
    cpSync(SITE_FIXTURE, data, { recursive: true });
    expect(build(out)).toBe('clean build (no previous build to reuse)');
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('with nothing changed render no pair and change no file', () => {
    const before = path.join(work, 'before');
    cpSync(out, before, { recursive: true });
    expect(build(out)).toBe('rebuild: 0 of 15 pairs rendered (0 reversed-pair redirects), 15 kept, 0 removed; 0 of 6 model pages rendered; 0 of 3 maker and 0 of 2 provider pages rendered');
    expect(fromBundle).toBe(true);
    expect(dataLine).toMatch(/; 0 record files parsed and validated, 12 unchanged since the last build\)$/);
    expect(differingFiles(out, before)).toEqual([]);
  }, 600_000);

  it.each(CHANGES)('after %s equal a clean build byte for byte', (_name, apply, expected, by) => {
    apply();
    expect(build(out, [], by === 'astro' ? { PAGE_BUNDLE: 'off' } : {})).toMatch(expected);
    expect(fromBundle).toBe(by === 'bundle');
    // Only the record files the change touched are parsed again.
    expect(dataLine).toMatch(/; 1 record file parsed and validated, \d+ unchanged since the last build\)$/);
    // The reference parses and validates every record again.
    const clean = path.join(work, `clean-${Date.now()}`);
    expect(build(clean, ['--clean'])).toMatch(/^clean build/);
    expect(fromBundle).toBe(false);
    expect(dataLine).toMatch(/; 1[23] record files parsed and validated, 0 unchanged since the last build\)$/);
    expect(differingFiles(out, clean)).toEqual([]);
    expect(readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8')).toBe(readFileSync(path.join(clean, 'sitemap-index.xml'), 'utf8'));
    rmSync(clean, { recursive: true, force: true });
  }, 600_000);

  it('start Astro when the last output lost what Astro writes besides the pages', () => {
    const stylesheets = readdirSync(path.join(out, '_astro'));
    rmSync(path.join(out, '_astro'), { recursive: true });
    expect(build(out)).toMatch(/^rebuild: 0 of 15 pairs rendered/);
    expect(fromBundle).toBe(false);
    expect(readdirSync(path.join(out, '_astro'))).toEqual(stylesheets);
    // Whole again: the next rebuild renders from the bundle.
    build(out);
    expect(fromBundle).toBe(true);
  }, 600_000);

  it('are clean when asked, when the output was replaced by hand, or when the code changed', () => {
    expect(build(out, ['--clean'])).toBe('clean build (--clean)');
    const moved = path.join(work, 'moved');
    renameSync(out, moved);
    cpSync(moved, out, { recursive: true });
    expect(build(out)).toBe('clean build (no previous build to reuse)');
    expect(runBuild(data, out, { ...env, SITE_URL: 'https://other.example' }).stdout).toContain('clean build (code or settings changed)');
  }, 600_000);
});
