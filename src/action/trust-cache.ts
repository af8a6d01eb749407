/**
 * Trust on first use between runs: the trust directory (trusted roots and versions) is restored
 * from the GitHub Actions cache before a run and saved after it. Cache entries are immutable, so
 * each run that changes the state saves it under a new key, and the newest is restored by prefix.
 */
import { createHash } from "node:crypto";
import { readdirSync, readlinkSync } from "node:fs";
import { mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import { readRegularFileAtMostSync } from "../bounded-file.js";
import { log } from "./log.js";

const VERSION = "v1";

function prefixFor(names: readonly string[]): string {
  const id = createHash("sha256")
    .update([...names].sort().join("\n"))
    .digest("hex")
    .slice(0, 20);
  return `content-trust-${VERSION}-${id}-`;
}

export interface TrustCache {
  /** False when the cache service is absent (outside GitHub) or disabled, or did not answer. */
  readonly available: boolean;
  /** Why it is not available: `trust-cache: false`, no cache service, or one that did not answer. */
  readonly unavailable?: "disabled" | "no-service" | "not-answering";
  /**
   * The trust directory the run reads and writes: the one asked for, or a new empty one when a
   * restore into it was given up (it may still write there, and nothing it writes is read).
   */
  readonly dir: string;
  /**
   * Saves the trust directory when the run changed it; whether the cache now holds what it holds
   * (taken by the cache service, or unchanged since the entry it was restored from).
   */
  save(): Promise<boolean>;
}

/**
 * How long a restore or a save of the trust state may take before the run goes on without it. The
 * state is a few kilobytes; @actions/cache bounds neither its requests to the cache service nor
 * (before 10 minutes) a download, and a service that hangs would hold every signing step.
 */
const CACHE_WAIT_MS = 30_000;

/** `work`'s outcome, or "late" when it took longer than `ms`; `work` itself is never cancelled. */
async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | "late"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), ms)));
  try {
    return await Promise.race([work.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** trustStateOf a directory that holds nothing. */
const NOTHING = createHash("sha256").digest("hex");

/** A trust directory larger than this (files, bytes) is not compared: it counts as changed. */
const MAX_COMPARED_FILES = 10_000;
const MAX_COMPARED_BYTES = 64 * 1024 * 1024;

/**
 * One digest of what the trust directory holds: each entry's relative path and kind, each file's
 * bytes and each symbolic link's target, in name order. Undefined when the directory holds more
 * than is worth reading or cannot be read: it then counts as changed. A directory that does not
 * exist holds nothing.
 */
function trustStateOf(dir: string): string | undefined {
  const hash = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const walk = (rel: string): boolean => {
    const entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++files > MAX_COMPARED_FILES) return false;
      const name = path.join(rel, entry.name);
      const full = path.join(dir, name);
      if (entry.isDirectory()) {
        hash.update(`d\0${name}\0`);
        if (!walk(name)) return false;
      } else if (entry.isSymbolicLink()) {
        hash.update(`l\0${name}\0${readlinkSync(full)}\0`);
      } else {
        const content = readRegularFileAtMostSync(full, MAX_COMPARED_BYTES - bytes);
        if (content === undefined) return false;
        bytes += content.length;
        hash.update(`f\0${name}\0${content.length}\0`).update(content);
      }
    }
    return true;
  };
  try {
    if (!walk("")) return undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT" || files > 0) return undefined;
  }
  return hash.digest("hex");
}

/**
 * @actions/cache (with the Azure storage SDK it brings) is most of each action's bundle: it is
 * loaded only when the runner advertises a cache service, which isFeatureAvailable() requires
 * anyway. Without one (outside GitHub, or `trust-cache: false`) the step starts ~100 ms sooner.
 */
function cacheServiceAdvertised(): boolean {
  return Boolean(process.env["ACTIONS_CACHE_URL"] || process.env["ACTIONS_RESULTS_URL"]);
}

export async function restoreTrust(
  dir: string,
  names: readonly string[],
  enabled: boolean,
  env: NodeJS.ProcessEnv,
  waitMs = CACHE_WAIT_MS,
): Promise<TrustCache> {
  const cache = enabled && cacheServiceAdvertised() ? await import("@actions/cache") : undefined;
  const available = cache !== undefined && cache.isFeatureAvailable();
  const prefix = prefixFor(names);
  if (!available) {
    log.info(
      enabled
        ? "Trust state is not persisted between runs: no cache service here (trust on first use in each run, for roots that root-key-id does not pin)"
        : "Trust cache disabled: trust on first use in each run, for roots that root-key-id does not pin",
    );
    return { available, unavailable: enabled ? "no-service" : "disabled", dir, save: async () => false };
  }
  // This step's own entries only: GitHub searches the branch's scope before the base branch's, so
  // a wider prefix would let another step's entry in the branch win over this step's own on the
  // base branch, and a root one step trusted on first use would count as stored for every other.
  const restoring = cache.restoreCache([dir], `${prefix}none`, [prefix]);
  const restored = await within(restoring, waitMs).catch((err: unknown) => {
    log.warning(`could not restore trusted roots from the cache: ${(err as Error).message}`);
    return undefined;
  });
  // Given up on, its request may stay open: the step ends the process once done (run-step.ts).
  if (restored === "late") {
    restoring.catch(() => undefined);
    log.warning(
      `the cache service did not answer within ${waitMs / 1000} s: trusted roots are not restored (trust on first use for this run) and this run's are not saved`,
    );
    // The restore may still write into `dir`; this run reads and writes a directory of its own.
    await mkdir(path.dirname(dir), { recursive: true });
    return {
      available: false,
      unavailable: "not-answering",
      dir: await mkdtemp(`${dir}-`),
      save: async () => false,
    };
  }
  const hit = restored?.value;
  // A miss and a cache service that failed (which @actions/cache reports itself) look alike here.
  if (restored)
    log.info(hit ? `Restored trusted roots from cache ${hit}` : "No trusted roots restored: trusting on first use");
  // Each save is a new cache entry and several requests to the cache service: a run that leaves
  // the trust state as it found it (a check of base images whose repositories published nothing
  // new) saves nothing, and the entry it restored stays the newest. Found as the cache held it:
  // after a miss, nothing, whatever the directory holds already (an earlier step of the job, with
  // another cache key, shares it).
  const before = hit !== undefined ? trustStateOf(dir) : NOTHING;
  return {
    available,
    dir,
    async save() {
      if (before !== undefined && trustStateOf(dir) === before) {
        log.info(
          hit
            ? `Trusted roots unchanged since cache ${hit}: nothing to save`
            : "No trusted roots to save: none was stored",
        );
        return hit !== undefined;
      }
      const key = `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${Date.now()}`;
      const saving = cache.saveCache([dir], key);
      try {
        const saved = await within(saving, waitMs);
        if (saved === "late") {
          saving.catch(() => undefined);
          log.warning(
            `could not save trusted roots to the cache: the cache service did not answer within ${waitMs / 1000} s`,
          );
          return false;
        }
        // @actions/cache reports its own failures and answers -1 for them.
        return saved.value !== -1;
      } catch (err) {
        log.warning(`could not save trusted roots to the cache: ${(err as Error).message}`);
        return false;
      }
    },
  };
}
