/** The pairs the server renders before it says it is ready. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { warmUpPaths } from '../../scripts/serve/warm-up.ts';

describe('warmUpPaths', () => {
  const client = mkdtempSync(path.join(tmpdir(), 'warm-up-'));
  afterAll(() => rmSync(client, { recursive: true, force: true }));
  for (const id of ['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
    mkdirSync(path.join(client, 'models', id), { recursive: true });
  mkdirSync(path.join(client, 'compare', 'alpha-vs-beta'), { recursive: true });

  it('gives pairs of two different built models, never a prerendered pair in either order', () => {
    const paths = warmUpPaths(client, 6);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(6);
    for (const p of paths) {
      const [, a, b] = /^\/compare\/([a-z]+)-vs-([a-z]+)\/$/.exec(p)!;
      expect(a).not.toBe(b);
      expect([a, b].sort()).not.toEqual(['alpha', 'beta']);
    }
    expect(new Set(paths.flatMap((p) => p.slice(9, -1).split('-vs-'))).size).toBeGreaterThan(2);
  });

  it('gives nothing for a site without model pages', () => {
    expect(warmUpPaths(path.join(client, 'missing'), 10)).toEqual([]);
  });
});
