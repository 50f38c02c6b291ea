import path from 'node:path';

/** The data directory: `DATA_DIR` when set, else `data/` in the working directory. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || 'data');
}
