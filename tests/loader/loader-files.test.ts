/**
 * What the loader reads from the data folder, and inputs that must neither
 * crash nor stall it: a data folder that is missing or is a file, hidden
 * files and folders, values nested too deeply, and files with thousands of
 * bad keys; record files that are not regular files (a named pipe would
 * block a plain read forever).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { formatProblem } from '../../src/loader/problem.ts';
import { readDeadline, readRecordBytes } from '../../src/loader/record-file.ts';
import { patchedCatalogue, SEED_FIXTURE } from '../support/fixture-catalogue.ts';

const TODAY = '2026-11-22';
const maker = readFileSync(path.join(SEED_FIXTURE, 'makers', 'mistral-ai.yaml'), 'utf8');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-loader-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function linesOf(dir: string): Promise<string[]> {
  const { problems } = await loadCatalogueWithProblems(dir, TODAY, dir);
  return problems.map(formatProblem);
}

describe('the data folder', () => {
  it('is reported, not thrown, when it does not exist or is a file', async () => {
    const missing = path.join(scratch, 'missing');
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'name: x\n');
    expect(await linesOf(missing)).toEqual([
      `${missing} does not exist: DATA_DIR must name the folder that holds makers/, models/, providers/ and benchmarks/`,
    ]);
    expect(await linesOf(file)).toEqual([
      `${file} is not a folder: DATA_DIR must name the folder that holds makers/, models/, providers/ and benchmarks/`,
    ]);
  });

  it('may hold hidden files and folders (.git, .DS_Store, editor lock files): they are not read', async () => {
    const dir = patchedCatalogue({
      'models/.DS_Store': 'x',
      'models/.#mistral-small-4.yaml': 'x',
      '.gitignore': '*.tmp\n',
    });
    mkdirSync(path.join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const catalogue = await loadCatalogue(dir, TODAY);
    expect([...catalogue.makers.keys()]).toEqual(['mistral-ai', 'xiaomi']);
  });
});

describe('inputs that must not crash or stall the loader', () => {
  it('refuses values nested too deeply with a syntax error at its place', async () => {
    const dir = patchedCatalogue({
      'makers/mistral-ai.yaml': `${maker}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    });
    const [line, ...rest] = await linesOf(dir);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^makers\/mistral-ai\.yaml:4:\d+ YAML syntax error: the values here are nested too deeply: a record is only a few levels deep$/,
    );
  });

  it('reports 60,000 unknown keys, each at its line, in seconds (the check for repeated keys is linear)', async () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join('\n');
    const dir = patchedCatalogue({ 'makers/mistral-ai.yaml': `${maker}${keys}\n` });
    const started = performance.now();
    const lines = await linesOf(dir);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(lines).toHaveLength(60_000);
    expect(lines.at(-1)).toBe(
      'makers/mistral-ai.yaml:60003:1 k59999: unknown key (allowed: name, homepage, reviewed)',
    );
  });
});

describe('record files that are not regular files', () => {
  it('refuses a named pipe at its path at once, without waiting for a writer', async () => {
    const dir = patchedCatalogue({});
    execFileSync('mkfifo', [path.join(dir, 'models', 'pipe.yaml')]);
    const started = performance.now();
    expect(await linesOf(dir)).toEqual([
      'models/pipe.yaml is a named pipe, not a regular file: a record must be a plain .yaml file',
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a socket at its path', async () => {
    const dir = patchedCatalogue({});
    const server = net.createServer().listen(path.join(dir, 'makers', 'socket.yaml'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect(await linesOf(dir)).toEqual([
        'makers/socket.yaml is a socket, not a regular file: a record must be a plain .yaml file',
      ]);
    } finally {
      server.close();
    }
  });

  it('refuses a device (an endless /dev/zero is never read) and a folder', async () => {
    expect(await readRecordBytes('/dev/zero', 'zero.yaml')).toEqual({
      ok: false,
      problems: [
        {
          file: 'zero.yaml',
          line: 0,
          column: 0,
          field: '',
          message: 'is a device, not a regular file: a record must be a plain .yaml file',
        },
      ],
    });
    expect(await readRecordBytes(scratch, 'x.yaml')).toMatchObject({
      ok: false,
      problems: [
        { message: 'is a folder, not a regular file: a record must be a plain .yaml file' },
      ],
    });
  });

  it('does not count time the thread spent busy (parsing other records) towards the read timeout', async () => {
    const deadline = readDeadline(1_000);
    const until = performance.now() + 2_500;
    while (performance.now() < until) {
      // Busy, as when the loader parses a large record on this thread.
    }
    const soon = new Promise((resolve) => setTimeout(() => resolve('read done'), 50));
    expect(await Promise.race([deadline.reached, soon])).toBe('read done');
    const started = performance.now();
    expect(await deadline.reached).toBe('timeout');
    expect(performance.now() - started).toBeGreaterThan(400);
  });

  it('reads a regular file whole, and refuses one over the size limit before reading it', async () => {
    const file = path.join(scratch, 'record.yaml');
    writeFileSync(file, maker);
    expect(await readRecordBytes(file, 'record.yaml')).toEqual({
      ok: true,
      bytes: Buffer.from(maker),
    });
    writeFileSync(file, Buffer.alloc(1_000_001, 0x20));
    expect(await readRecordBytes(file, 'record.yaml')).toMatchObject({
      ok: false,
      problems: [{ message: 'file is 1,000,001 bytes; a record may be at most 1,000,000 bytes' }],
    });
  });
});
