/**
 * Local files read with a bound on the read itself: at most one byte more than the limit is ever
 * read, so a file that is far too large (or a device that never ends, or a pipe that keeps
 * writing) costs neither the memory nor the time of reading it whole. Callers say what too large
 * means to a user; these only say that it was.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { open } from "node:fs/promises";

const CHUNK_BYTES = 64 * 1024;

/** What a bounded read found: the bytes, or that the file holds more than the limit. */
export type BoundedRead = { bytes: Buffer; tooLarge?: undefined } | { bytes?: undefined; tooLarge: true };

/**
 * A file's bytes, read to its end or to `maxBytes` + 1. Whatever `file` is (a regular file, a pipe
 * the shell made for `<(…)`, a device) it is read as a stream would be; errors (ENOENT, EISDIR…)
 * are thrown as fs throws them.
 *
 * A regular file is read at once, on this thread. For the few kilobytes of a key, a CA or a docker
 * config that costs less than the thread pool's round trips (open, read, close), each of whose
 * answers waits behind whatever else the event loop has to do: at start-up, the TLS handshakes of
 * the early connections, tens of milliseconds of it when a run opens many.
 */
export async function readFileAtMost(file: string, maxBytes: number): Promise<BoundedRead> {
  const regular = regularFileAtMost(file, maxBytes);
  if (regular) return regular;
  const handle = await open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return { bytes: Buffer.concat(chunks, total) };
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { tooLarge: true };
    }
  } finally {
    await handle.close();
  }
}

/**
 * A regular file's bytes (blocking), or undefined when `file` is not a regular file or holds more
 * than `maxBytes`; errors (ENOENT, EACCES…) are thrown as fs throws them. Opened without blocking,
 * so that a pipe put in its place cannot hold the process: for files no user names on a command
 * line (caches, docker's directories), where only a regular file is expected.
 */
export function readRegularFileAtMostSync(file: string, maxBytes: number): Buffer | undefined {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return readOpenFileAtMost(fd, stat.size, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * `file` read at once when it is a regular file, else undefined (nor when it cannot be opened:
 * the stream read then throws what fs says). Its type is looked up before it is opened: opening a
 * named pipe, even without blocking, would let its writer go on, and then write into a pipe that
 * nobody reads once it is closed here.
 */
function regularFileAtMost(file: string, maxBytes: number): BoundedRead | undefined {
  let fd: number;
  try {
    if (!statSync(file).isFile()) return undefined;
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    // Replaced between the two looks: read as a stream.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const bytes = readOpenFileAtMost(fd, stat.size, maxBytes);
    return bytes ? { bytes } : { tooLarge: true };
  } finally {
    closeSync(fd);
  }
}

/** An open file's bytes to its end, or undefined past `maxBytes`; `size` is what fstat said. */
function readOpenFileAtMost(fd: number, size: number, maxBytes: number): Buffer | undefined {
  // The size may change while it is read: read to the end, never past the limit.
  const chunks: Buffer[] = [];
  let total = 0;
  for (let want = size + 1; ; want = CHUNK_BYTES) {
    const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return undefined;
  }
}
