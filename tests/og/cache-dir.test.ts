/** The sharing-image cache's temporary files: those of processes that no longer run are removed. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemps, tempFile } from '../../src/og/cache-dir.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-og-temps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('temporary image files', () => {
  it('of a dead process are removed; a live one’s, finished images and other files stay', () => {
    const image = path.join(dir, `${'a'.repeat(64)}.png`);
    const live = tempFile(image);
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    const dead = `${image}.${2 ** 22 + 1}.x7q.tmp`;
    for (const file of [image, live, dead, path.join(dir, 'notes.tmp')]) writeFileSync(file, '');
    expect(path.basename(live)).toMatch(new RegExp(`\\.png\\.${process.pid}\\.[a-z0-9]+\\.tmp$`));
    expect(removeStaleTemps(dir)).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(
      [image, live, path.join(dir, 'notes.tmp')].map((f) => path.basename(f)).sort(),
    );
    expect(removeStaleTemps(path.join(dir, 'missing'))).toBe(0);
  });
});
