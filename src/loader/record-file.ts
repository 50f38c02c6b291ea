/**
 * Reads a record file's bytes, safely: only a regular file of bounded size,
 * never waiting on a named pipe, a device or a stalled disk.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import type { Problem } from './problem.ts';

/** Larger record files are refused: no hand-written record comes near this. */
export const MAX_FILE_BYTES = 1_000_000;

/** How long reading one record file may take: a file on a stalled network disk must not hang the build. */
export const READ_TIMEOUT_MS = 10_000;

/** What a non-regular file is, in words. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * The bytes of a record file, or why it cannot be read. Only a regular file of
 * at most MAX_FILE_BYTES is read: the type is checked before opening (lstat),
 * the file is opened without blocking and without following a link, and its
 * type and size are checked again on the open file (fstat), so a named pipe,
 * a device or a link put in its place meanwhile is refused, never waited on.
 * The read itself gives up after READ_TIMEOUT_MS of waiting (readDeadline).
 */
export async function readRecordBytes(
  absPath: string,
  displayPath: string,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; problems: Problem[] }> {
  const whole = (message: string) => ({
    ok: false as const,
    problems: [{ file: displayPath, line: 0, column: 0, field: '', message }],
  });
  const notRegular = (info: Stats) =>
    `is ${kindOf(info)}, not a regular file: a record must be a plain .yaml file`;
  const tooLarge = (size: number) =>
    `file is ${size.toLocaleString('en-US')} bytes; a record may be at most ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`;
  let handle: FileHandle | undefined;
  const deadline = readDeadline(timeoutMs);
  try {
    const before = await lstat(absPath);
    if (!before.isFile()) return whole(notRegular(before));
    if (before.size > MAX_FILE_BYTES) return whole(tooLarge(before.size));
    handle = await open(
      absPath,
      constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0),
    );
    const info = await handle.stat();
    if (!info.isFile()) return whole(notRegular(info));
    if (info.size > MAX_FILE_BYTES) return whole(tooLarge(info.size));
    const result = await Promise.race([readBounded(handle, info.size), deadline.reached]);
    if (result === 'timeout')
      return whole(
        `could not be read within ${timeoutMs / 1000} s: is it on a disk that stopped answering?`,
      );
    if (result.length > MAX_FILE_BYTES)
      return whole(
        `grew past ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes while it was read; a record may be at most ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`,
      );
    return { ok: true, bytes: result };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return whole('is a symbolic link: a record must be a file of its own in the data folder');
    return whole(`cannot be read (${code ?? String(error)})`);
  } finally {
    deadline.cancel();
    // A read that timed out still holds the handle: it is closed when that read ends.
    void handle?.close().catch(() => undefined);
  }
}

/**
 * Resolves once `ms` of waiting have passed while the process was free to
 * notice a finished read. It counts in ticks of half a second, and a tick that
 * comes late is not counted: the loader parses hundreds of records on this
 * thread, and time spent parsing others is no sign that a file is stalled.
 */
export function readDeadline(ms: number): { reached: Promise<'timeout'>; cancel(): void } {
  const TICK_MS = 500;
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<'timeout'>((resolve) => {
    let waited = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - last < 2 * TICK_MS) waited += now - last;
      last = now;
      if (waited >= ms) resolve('timeout');
      else timer = setTimeout(tick, TICK_MS);
    };
    timer = setTimeout(tick, TICK_MS);
  });
  return { reached, cancel: () => clearTimeout(timer) };
}

/**
 * The bytes of an open file, at most MAX_FILE_BYTES + 1 (one more than allowed
 * is enough to refuse it), read in pieces of about its size when opened.
 */
async function readBounded(handle: FileHandle, size: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let length = 0;
  while (length <= MAX_FILE_BYTES) {
    const piece = Buffer.alloc(Math.min(Math.max(size + 1, 16_384), MAX_FILE_BYTES + 1 - length));
    const { bytesRead } = await handle.read(piece, 0, piece.length, length);
    if (bytesRead === 0) break;
    pieces.push(piece.subarray(0, bytesRead));
    length += bytesRead;
  }
  return Buffer.concat(pieces, length);
}
