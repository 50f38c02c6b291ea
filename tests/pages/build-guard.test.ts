/** A catalogue with problems stops the real build before any page is written. */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { runBuild, siteDir } from '../support/build-site.ts';
import { patchedCatalogue } from '../support/fixture-catalogue.ts';

/** Every file under a folder with its bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const abs = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, abs), readFileSync(abs).toString('base64'));
    }
  }
  return files;
}

describe('the build with bad data', () => {
  it('prints every problem, exits 1 and leaves the previous dist/ untouched', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-guard-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    const out = path.join(work, 'dist');
    cpSync(inject('seedOut'), out, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(out, 'marker.txt'), 'previous build');
    const before = snapshot(out);

    const data = patchedCatalogue({
      'makers/empty.yaml': '',
      'models/mimo-v2-pro.yaml':
        'name: X\nmaker: xiaomi\nkind: language\nsources: [https://x.example]\nreviewed: 2026-01-01\nrelesed: 2026-01-01\n',
    });
    const run = runBuild(data, out);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('makers/empty.yaml file is empty');
    expect(run.stderr).toMatch(
      /models\/mimo-v2-pro\.yaml:6:1 relesed: unknown key \(did you mean "released"\?\)/,
    );
    expect(run.stderr).toContain('Build stopped: 2 problems');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('replaces dist/ only when a build succeeds', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-swap-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    const out = path.join(work, 'dist');
    cpSync(inject('seedOut'), out, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(out, 'stale.txt'), 'from an older build');
    const run = runBuild(patchedCatalogue({}), out);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'stale.txt'))).toBe(false);
    expect(
      existsSync(
        path.join(siteDir(out), 'compare', 'mistral-small-4-vs-mimo-v2-pro', 'index.html'),
      ),
    ).toBe(true);
    expect(existsSync(path.join(out, 'server', 'entry.mjs'))).toBe(true);
    // No staging folder is left behind.
    expect(readdirSync(work).sort()).toEqual(['dist']);
  });
});
