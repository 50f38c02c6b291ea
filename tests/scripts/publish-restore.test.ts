/**
 * restoreInside (scripts/builder/publish.ts): what a swap into a mount point
 * leaves when it stops part way, put back to the previous site whole, from
 * folders laid out as the swap lays them out.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreInside } from '../../scripts/builder/publish.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-publish-restore-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding `files` (relative path → text). */
function lay(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('a swap into a mount point stopped part way', () => {
  it('while moving the old entries out: the ones out go back', () => {
    const dir = lay('moving-out', {
      'server/entry.mjs': 'old server',
      '.old-1700000000000-7/client/index.html': 'old page',
      '.incoming-1700000000000-7/client/index.html': 'new page',
      '.incoming-1700000000000-7/server/entry.mjs': 'new server',
    });
    expect(restoreInside(dir)).toBe(true);
    expect(read(dir, 'client/index.html')).toBe('old page');
    expect(read(dir, 'server/entry.mjs')).toBe('old server');
    expect(readdirSync(dir).sort()).toEqual(['.incoming-1700000000000-7', 'client', 'server']);
  });

  it('while moving the new entries in: those go and the old ones come back', () => {
    const dir = lay('moving-in', {
      'client/index.html': 'new page',
      'client/only-new.html': 'a page the old site did not have',
      '.old-1700000000000-7-whole/client/index.html': 'old page',
      '.old-1700000000000-7-whole/server/entry.mjs': 'old server',
      '.incoming-1700000000000-7/server/entry.mjs': 'new server',
    });
    expect(restoreInside(dir)).toBe(true);
    expect(read(dir, 'client/index.html')).toBe('old page');
    expect(readdirSync(path.join(dir, 'client'))).toEqual(['index.html']);
    expect(read(dir, 'server/entry.mjs')).toBe('old server');
  });

  it('does nothing to an output no swap stopped in', () => {
    const dir = lay('whole', {
      'client/index.html': 'page',
      'server/entry.mjs': 'server',
      // A file of the site's own that merely looks like a swap folder.
      '.old-notes/readme.txt': 'kept',
    });
    expect(restoreInside(dir)).toBe(false);
    expect(restoreInside(path.join(work, 'no-such-folder'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['.old-notes', 'client', 'server']);
  });
});
