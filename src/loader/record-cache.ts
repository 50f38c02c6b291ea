/**
 * Records that an earlier build parsed and validated, kept between builds
 * (in .cache/ of the project) so that a rebuild after a one-record edit
 * parses and validates only the files whose bytes changed: YAML parsing
 * with positions and the schemas take most of a load (0.6 s of CPU for
 * npm run bench's 200 models), and a rebuild shares two cores with Astro.
 *
 * One cache file per data folder (tests and benchmarks build several at
 * once). An entry is a file's path in the data folder, the SHA-256 of its
 * bytes and the record its schema returned for them. Only records that passed
 * their own schema are kept; the checks across records (references,
 * duplicate names, dates in the future) run on every load. The whole cache
 * is keyed by a salt (the build's code hash, which covers the schemas and
 * the lockfile, and the Node version, which writes the format): any change
 * there and it is not read. `npm run validate` does not use it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface RecordCache {
  /** The record validated earlier from exactly these bytes at `file` (a path in the data folder), if any. */
  get(file: string, bytes: Buffer): object | undefined;
  /** Keeps the record validated from these bytes. */
  set(file: string, bytes: Buffer, record: object): void;
}

interface Entry {
  digest: string;
  record: object;
}

interface Stored {
  salt: string;
  dataDir: string;
  entries: Map<string, Entry>;
}

/** Cache files of data folders no build has used for this long are removed. */
const UNUSED_DAYS = 14;

/**
 * The cache in `cacheDir` for the records of `dataDir`; `save` writes what
 * this load used and validated. With `reuse` false nothing stored is used
 * (every record is validated again), but the cache is still written.
 */
export function openRecordCache(cacheDir: string, dataDir: string, salt: string, reuse = true): RecordCache & { save(): void; counts(): { reused: number; validated: number } } {
  const fullSalt = `${salt}:${process.version}`;
  const cacheFile = path.join(cacheDir, `${digest(Buffer.from(dataDir)).slice(0, 16)}.bin`);
  const previous = reuse ? readStored(cacheFile, dataDir, fullSalt) : new Map<string, Entry>();
  const used = new Map<string, Entry>();
  let changed = previous.size === 0;
  let reused = 0;
  return {
    get(file, bytes) {
      const entry = previous.get(file);
      if (!entry || entry.digest !== digest(bytes)) return undefined;
      used.set(file, entry);
      reused++;
      return entry.record;
    },
    set(file, bytes, record) {
      used.set(file, { digest: digest(bytes), record });
      changed = true;
    },
    /** Records taken from the cache, and records validated and kept by this load. */
    counts: () => ({ reused, validated: used.size - reused }),
    save() {
      if (!changed && used.size === previous.size) return;
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      // Written beside and renamed: a build reading the cache at the same time sees the old file or the new one.
      const partial = `${cacheFile}.${process.pid}.partial`;
      writeFileSync(partial, serialize({ salt: fullSalt, dataDir, entries: used } satisfies Stored));
      renameSync(partial, cacheFile);
      removeUnused(cacheDir);
    },
  };
}

/** The entries stored for this data folder under this salt; none when the file is missing, unreadable or for other code or data. */
function readStored(cacheFile: string, dataDir: string, salt: string): Map<string, Entry> {
  try {
    const stored = deserialize(readFileSync(cacheFile)) as Stored;
    return stored.salt === salt && stored.dataDir === dataDir && stored.entries instanceof Map ? stored.entries : new Map();
  } catch {
    return new Map();
  }
}

function removeUnused(cacheDir: string): void {
  const before = Date.now() - UNUSED_DAYS * 86_400_000;
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    try {
      if (statSync(file).mtimeMs < before) rmSync(file, { force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}
