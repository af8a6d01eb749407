/**
 * Local files read with a bound on the read itself: at most one byte more than the limit is ever
 * read, so a file that is far too large (or a device that never ends, or a pipe that keeps
 * writing) costs neither the memory nor the time of reading it whole. Callers say what too large
 * means to a user; these only say that it was.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";

const CHUNK_BYTES = 64 * 1024;

/** What a bounded read found: the bytes, or that the file holds more than the limit. */
export type BoundedRead = { bytes: Buffer; tooLarge?: undefined } | { bytes?: undefined; tooLarge: true };

/**
 * A file's bytes, read to its end or to `maxBytes` + 1. Whatever `file` is (a regular file, a pipe
 * the shell made for `<(…)`, a device) it is read as a stream would be; errors (ENOENT, EISDIR…)
 * are thrown as fs throws them.
 */
export async function readFileAtMost(file: string, maxBytes: number): Promise<BoundedRead> {
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
    // The size may change while it is read: read to the end, never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = stat.size + 1; ; size = CHUNK_BYTES) {
      const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}
