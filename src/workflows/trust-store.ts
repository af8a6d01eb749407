/**
 * Trust on first use across runs: the root we trusted, and the versions we saw, per repository.
 * Stored where Docker and notary cache it (`<trust dir>/tuf/<gun>/metadata/root.json`), so a
 * root pinned by `docker trust` is honoured by us and the other way round.
 *
 * Read and written with blocking calls: two small files in a local directory take a few tens of
 * microseconds that way, where each asynchronous step (a directory level, open, write, close,
 * rename) waits its turn on the thread pool and the event loop. The read comes before a run's
 * first request, and the write between the last answer and the exit: both are on the path a user
 * waits for (measured on a sign: about 7 ms less from the last answer to the exit).
 */
import { randomBytes } from "node:crypto";
import { accessSync, constants, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readRegularFileAtMostSync } from "../bounded-file.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import { UsageError } from "../errors.js";
import { phrase } from "../wording.js";

const VERSIONS_FILE = "content-trust-versions.json";
const MAX_ROOT_BYTES = 2 * 1024 * 1024;
const MAX_VERSIONS_BYTES = 1024 * 1024;

/**
 * The warning for a trusted root that could not be stored (a HOME that cannot be written, a
 * read-only file system): the run's own work is done and stands; only the next run's first use is
 * affected, so it is not a failure.
 */
export function storeFailureWarning(gun: string, err: unknown): string {
  return `${gun}: could not store the trusted root (${(err as Error).message}); the next run trusts on first use again`;
}

export class TrustStore {
  constructor(readonly dir: string) {}

  private metadataDir(gun: string): string {
    const parts = gun.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
      throw new UsageError(`invalid repository name ${JSON.stringify(gun.slice(0, 200))}`);
    return path.join(this.dir, "tuf", ...parts, "metadata");
  }

  /** The stored anchor for `gun`, empty when nothing was stored. */
  async load(gun: string): Promise<TrustAnchor> {
    const dir = this.metadataDir(gun);
    const root = readStoredRoot(path.join(dir, "root.json"), gun);
    // Versions that cannot be read are as if none were stored, as versions that do not parse are.
    const versionsText = readOrUndefined(path.join(dir, VERSIONS_FILE), MAX_VERSIONS_BYTES);
    let versions: unknown;
    try {
      versions = versionsText && JSON.parse(versionsText.toString("utf8"));
    } catch {
      versions = undefined;
    }
    return {
      ...(root ? { trustedRoot: new Uint8Array(root) } : {}),
      ...(versions && typeof versions === "object"
        ? { previousVersions: sanitize(versions as Record<string, unknown>) }
        : {}),
    };
  }

  async save(gun: string, root: Uint8Array, versions: Record<string, number>): Promise<void> {
    const dir = this.metadataDir(gun);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    atomicWrite(path.join(dir, "root.json"), root);
    atomicWrite(path.join(dir, VERSIONS_FILE), JSON.stringify(versions));
  }
}

/**
 * The stored root's bytes, or undefined when none is stored. A root that is stored but cannot be
 * read is an error, as a damaged one is when it is parsed: taking it as absent would trust the
 * server's root on first use again, with a warning that says nothing was stored.
 */
function readStoredRoot(file: string, gun: string): Buffer | undefined {
  const hint = `fix ${file}, or remove it to trust the server's root on first use again`;
  let bytes: Buffer | undefined;
  try {
    bytes = readRegularFileAtMostSync(file, MAX_ROOT_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    // A directory on the way that this user may not enter (HOME set to another user's home): no
    // root can be said to be stored or not, and trusting on first use is not safe either.
    const closed = code === "EACCES" ? closedDirectory(file) : undefined;
    if (closed)
      throw new UsageError(
        `cannot tell whether a root is stored for ${gun}: this user cannot enter ${closed} (EACCES)`,
        {
          hint: `run as the user who owns it, or keep trusted roots where this user can: ${phrase("trust-store")}`,
          cause: err,
        },
      );
    throw new UsageError(`cannot read the root stored for ${gun}: ${code ?? "error"}`, { hint, cause: err });
  }
  if (!bytes)
    throw new UsageError(
      `the root stored for ${gun} is not a regular file of at most ${MAX_ROOT_BYTES / (1024 * 1024)} MiB`,
      { hint },
    );
  return bytes;
}

/** The first directory on the way to `file` that this process may not enter, if there is one. */
function closedDirectory(file: string): string | undefined {
  let dir = path.parse(file).root;
  for (const part of path.dirname(file).slice(dir.length).split(path.sep).filter(Boolean)) {
    const next = path.join(dir, part);
    try {
      statSync(next);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === "EACCES" ? dir : undefined;
    }
    dir = next;
  }
  try {
    accessSync(dir, constants.X_OK);
    return undefined;
  } catch {
    return dir;
  }
}

/** A file's bytes, or undefined when it is missing, unreadable, not a regular file or too large. */
function readOrUndefined(file: string, maxBytes: number): Buffer | undefined {
  try {
    return readRegularFileAtMostSync(file, maxBytes);
  } catch {
    return undefined;
  }
}

function sanitize(v: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) if (typeof n === "number" && Number.isSafeInteger(n)) out[k] = n;
  return out;
}

function atomicWrite(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}
