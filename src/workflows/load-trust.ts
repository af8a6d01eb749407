/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 *
 * The delegations of `targets` that the first wave did not ask for are asked for as soon as the
 * snapshot arrives, by the hashes it names, while the root, timestamp and snapshot are still being
 * checked (early-delegations.ts). Each is used only if it is the file the checked snapshot names.
 */
import { setMaxListeners } from "node:events";
import {
  ExpiredError,
  ServerError,
  ThresholdError,
  VerificationError,
  describeError,
  warningLine,
  type ErrorCode,
} from "../errors.js";
import { eventLoopTurns } from "../event-loop.js";
import type { NotaryClient } from "../notary/client.js";
import { sha256HexOf, hasFileMeta } from "../tuf/file-meta.js";
import {
  parseEnvelope,
  serialiseEnvelope,
  type Envelope,
  type FileMeta,
  type RootSigned,
  type TargetsSigned,
} from "../tuf/metadata.js";
import { rootHasPinnedKey } from "../tuf/root-trust.js";
import { RootChangedError, TrustedSet, type TrustAnchor } from "../tuf/trusted-set.js";
import { setting, step } from "../wording.js";
import { startTrustWave, type Settled, type TrustWave, type TrustWaveOptions } from "./trust-wave.js";
import { askEarly, type EarlyDelegations } from "./early-delegations.js";
import { endedService, serviceEndedError, type ServerUse } from "../notary/retirements.js";

export interface LoadTrustOptions extends TrustAnchor, Omit<TrustWaveOptions, "previousVersions"> {
  now: number;
  /** What the run does with the server, for the advice once its service has ended (publish by default). */
  use?: ServerUse;
  /**
   * The first wave, already sent with these options' `hints`, `only`, `previousVersions` and
   * `known` (trust-wave.ts); sent here when absent.
   */
  wave?: TrustWave;
  allowExpiredDelegations?: boolean;
  /** Accept an expired `targets` (for renewing it). */
  allowExpiredTargets?: boolean;
  /**
   * Called with the root key IDs when the root is trusted on first use (no pin, no stored root),
   * before anything else is read; it may throw to refuse that root.
   */
  onFirstUse?: (rootKeyIds: readonly string[]) => void;
  /** Called for each delegation that is skipped because it cannot be trusted. */
  onWarning?: (message: string) => void;
  /**
   * Targets roles this run has just uploaded, as parsed. Each is fetched by the sha256 of its bytes
   * instead of by name, which proves the server stores exactly those bytes; when they are also
   * what the snapshot names, the role is checked from its parsed form instead of being parsed again.
   */
  known?: ReadonlyMap<string, Envelope<TargetsSigned>>;
  /** Stops the load: its requests end, and it throws the signal's reason. */
  signal?: AbortSignal;
}

export interface LoadedTrust {
  set: TrustedSet;
  /**
   * Delegations left out because they could not be trusted, with the error each failed with
   * (ExpiredError, or ThresholdError with code THRESHOLD or SIGNERS_REMOVED): callers decide on
   * its class and code, and print its message.
   */
  skipped: ReadonlyMap<string, ExpiredError | ThresholdError>;
  /**
   * Roles read only as the Go re-serialisation of what the server stores: the server holds bytes
   * other than those its snapshot names, so Go clients (docker, notary) cannot read them.
   * Publishing a new version repairs the repository.
   */
  inconsistent: ReadonlySet<string>;
  warnings: string[];
}

const MAX_ROOT_WALK = 100;

/** Failures that prove something about the data served, kept as they are after a service's end. */
const PROOF_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "ROOT_TRUST",
  "ROOT_CHANGED",
  "THRESHOLD",
  "SIGNERS_REMOVED",
  "ROLLBACK",
  "HASH_MISMATCH",
]);

/**
 * The ended service a load of `client`'s repository would be refused by before anything is asked:
 * a Notary service past its announced end, with no root of it stored or pinned (a root it shows for
 * the first time could be anyone's). Callers that send a first wave ahead of the load skip it then,
 * so that nothing, credentials included, goes to that host.
 */
export function refusedFirstUse(
  client: NotaryClient,
  anchor: Pick<LoadTrustOptions, "trustedRoot" | "pinnedRootKeyIds">,
  now: number,
): { service: string; endsOn: string } | undefined {
  if (anchor.trustedRoot || anchor.pinnedRootKeyIds?.length) return undefined;
  return endedService(client.baseUrl, now);
}

/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
export async function loadTrust(client: NotaryClient, opts: LoadTrustOptions): Promise<LoadedTrust> {
  const refused = refusedFirstUse(client, opts, opts.now);
  if (refused) {
    opts.wave?.stop();
    throw serviceEndedError(refused, client.gun, undefined, opts.use);
  }
  if (opts.signal?.aborted) {
    opts.wave?.stop();
    throw opts.signal.reason;
  }
  const ended = endedService(client.baseUrl, opts.now);
  const wave = opts.wave ?? startTrustWave(client, opts);
  const early = askEarly(client, wave);
  // The load's own requests (a role by its hash, a root walk): one delegation that fails the load
  // stops those of its siblings. As many listen at once as delegations are read at once, which the
  // limits on delegations bound: no leak for Node to warn of.
  const own = new AbortController();
  setMaxListeners(0, own.signal);
  // Stopped from outside: what is under way ends as when the load fails (below).
  const stop = () => {
    wave.stop();
    early.stop();
    own.abort();
  };
  opts.signal?.addEventListener("abort", stop, { once: true });
  try {
    return await loadFrom(client, opts, wave, early, own.signal);
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    // What the data itself disproves (a root other than the one trusted, a bad signature, a
    // rollback, a file other than the one signed for) is said as it is: after the end, that is how a
    // stranger answering for the host shows. Stale or unreadable data is the end's likely symptom.
    throw ended && !(err instanceof VerificationError && PROOF_CODES.has(err.code))
      ? serviceEndedError(ended, client.gun, err, opts.use)
      : err;
  } finally {
    // What the load never reached (it failed, or a role asked for early was not needed) stops
    // reading; the files it awaited are in already.
    opts.signal?.removeEventListener("abort", stop);
    stop();
  }
}

async function loadFrom(
  client: NotaryClient,
  opts: LoadTrustOptions,
  wave: TrustWave,
  early: EarlyDelegations,
  signal: AbortSignal,
): Promise<LoadedTrust> {
  const warnings: string[] = [];
  const skipped = new Map<string, ExpiredError | ThresholdError>();
  const inconsistent = new Set<string>();
  const warn = (text: string) => {
    const m = warningLine(text);
    warnings.push(m);
    opts.onWarning?.(m);
  };
  const { hints, wanted } = wave;
  // Each file is checked as soon as it is in, in the order of the checks: when the wave comes
  // over more than one round trip (many repositories on one server), the first checks overlap the
  // files still on their way instead of waiting for all of them.
  let snapshotIn = false;
  void wave.snapshot.then(() => (snapshotIn = true));
  let flushed = false;
  const next = async <T>(answer: Promise<T>): Promise<T> => {
    const r = await answer;
    // Answers already received are read first (one turn of the event loop): the snapshot among them
    // then asks for its delegations before a check takes the thread.
    if (!snapshotIn) await eventLoopTurns();
    // The delegations asked for early are written before the checks below take the thread: their
    // requests are made in promise jobs that would otherwise wait behind all of these checks.
    if (snapshotIn && !flushed) {
      flushed = true;
      if ((await early.asked) > 0) await eventLoopTurns();
    }
    return r;
  };
  const take = <T>(r: Settled<T>): T => {
    if (!r.ok) throw r.e;
    return r.v;
  };
  const rootBytes = take(await next(wave.root));
  if (!rootBytes) throw notInitialised(client);
  const set = await trustRoot(client, rootBytes, opts, signal, warn);
  if (!opts.trustedRoot && !opts.pinnedRootKeyIds?.length)
    opts.onFirstUse?.(set.root.signed.roles.get("root")?.keyIds ?? []);
  const tsBytes = take(await next(wave.timestamp));
  if (!tsBytes)
    throw new ServerError(
      "REPOSITORY_INCONSISTENT",
      `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`,
      { status: 404 },
    );
  set.updateTimestamp(tsBytes);

  let snapBytes = take(await next(wave.snapshot));
  if (!snapBytes || !hasFileMeta(snapBytes, set.snapshotMeta)) {
    snapBytes = await byHash(client, "snapshot", set.snapshotMeta, signal);
  }
  try {
    set.updateSnapshot(snapBytes);
  } catch (err) {
    if (!(err instanceof RootChangedError)) throw err;
    // The snapshot names another root than root.json gave us (a rotation racing our wave).
    const newRoot = await byHash(client, "root", err.rootMeta, signal);
    await rotateRoot(client, set, newRoot, signal);
    set.checkPinned();
    set.updateTimestamp(tsBytes);
    set.updateSnapshot(snapBytes);
  }

  const prefetched = new Map<string, Uint8Array | undefined>();
  const targetsBytes = take(await next(wave.targets));
  const hintR = await Promise.all(wave.hinted);
  hints.forEach((h, i) => {
    const r = hintR[i]!;
    if (r.ok) prefetched.set(h, r.v);
  });
  const read = async (role: string, prefetchedBytes: Uint8Array | undefined) => {
    const r = await current(client, role, prefetchedBytes, set, signal);
    if (r.normalised) {
      inconsistent.add(role);
      warn(
        `${role} on ${client.baseUrl} is stored in a form other than the one its snapshot names, so Go clients cannot read it; publishing it again repairs this`,
      );
    }
    return r.bytes;
  };
  // A role we uploaded, served and named by the snapshot as exactly our bytes, is our parsed file.
  const parsed = (role: string, bytes: Uint8Array) => {
    const ours = opts.known?.get(role);
    return ours && sameBytes(ours.bytes, bytes) ? ours : undefined;
  };
  const update = (role: string, bytes: Uint8Array) => {
    const ours = parsed(role, bytes);
    if (role === "targets") set.updateTargets(ours?.bytes ?? bytes, ours);
    else set.updateDelegation(role, ours?.bytes ?? bytes, ours);
  };
  update("targets", await read("targets", targetsBytes));

  // Breadth-first over delegations, one parallel wave per depth.
  let frontier = childrenOf(set, "targets", wanted);
  while (frontier.length > 0) {
    const loaded = await Promise.all(
      frontier.map(async (name) => {
        try {
          const asked = await early.take(name, set.metaFor(name));
          update(name, asked ?? (await read(name, prefetched.get(name))));
          return name;
        } catch (err) {
          // As notary's client (tufclient.go downloadTargets): a delegation that is expired or
          // short of valid signatures is skipped, as if it had no targets. Anything else (a file
          // that is not the one the snapshot names, a rolled-back version, malformed content) is
          // a server that cannot be trusted, and fails the whole load: skipping such a role would
          // let a hostile server hide `targets/releases` and have `targets` answer for a tag.
          if (!(err instanceof ExpiredError || err instanceof ThresholdError)) throw err;
          skipped.set(name, err);
          warn(`${name} skipped: ${describeError(err)}`);
          return undefined;
        }
      }),
    );
    frontier = loaded.flatMap((n) => (n ? childrenOf(set, n, wanted) : []));
  }
  return { set, skipped, inconsistent, warnings };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
  );
}

async function byHash(client: NotaryClient, role: string, meta: FileMeta, signal: AbortSignal): Promise<Uint8Array> {
  const bytes = await client.getMetadata(role, { sha256Hex: sha256HexOf(meta), length: meta.length, signal });
  if (!bytes) throw missing(client, role, meta);
  return bytes;
}

function missing(client: NotaryClient, role: string, meta: FileMeta): ServerError {
  return new ServerError(
    "REPOSITORY_INCONSISTENT",
    `${client.gun} on ${client.baseUrl}: ${role}.${sha256HexOf(meta).slice(0, 12)}….json is missing (404)`,
    { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" },
  );
}

/**
 * The current bytes when they match the snapshot, else the by-hash file. When the server has no
 * file under the hash its snapshot names, it stored bytes that are not Go-exact (it hashes its own
 * re-serialisation, docs/notary-protocol.md §5.4): the current file is then accepted, as its Go re-serialisation,
 * only if that is exactly what the snapshot names, and flagged as `normalised`.
 */
async function current(
  client: NotaryClient,
  role: string,
  prefetched: Uint8Array | undefined,
  set: TrustedSet,
  signal: AbortSignal,
): Promise<{ bytes: Uint8Array; normalised: boolean }> {
  const meta = set.metaFor(role);
  if (!meta) throw new VerificationError("ROLE_NOT_IN_SNAPSHOT", `${role} is not in the snapshot`);
  if (prefetched && hasFileMeta(prefetched, meta)) return { bytes: prefetched, normalised: false };
  const bytes = await client.getMetadata(role, { sha256Hex: sha256HexOf(meta), length: meta.length, signal });
  if (bytes) return { bytes, normalised: false };
  const served = prefetched ?? (await client.getMetadata(role, { signal }));
  const goForm = served && goReserialised(served, role);
  if (goForm && hasFileMeta(goForm, meta)) return { bytes: goForm, normalised: true };
  throw missing(client, role, meta);
}

function goReserialised(bytes: Uint8Array, role: string): Uint8Array | undefined {
  try {
    const env = parseEnvelope(bytes, "Targets", role);
    return serialiseEnvelope(env.signed, env.signatures);
  } catch {
    return undefined;
  }
}

function childrenOf(set: TrustedSet, parent: string, wanted: ReadonlySet<string> | undefined): string[] {
  const env = set.targets.get(parent);
  return (env?.signed.delegations.roles ?? [])
    .map((r) => r.name)
    .filter((n) => set.delegations.has(n) && set.snapshot!.signed.meta.has(n) && (!wanted || wanted.has(n)));
}

/**
 * The trusted set for `rootBytes`: from the stored root, through each rotation, when one is stored;
 * the root reached must then be signed by the pinned root keys, when pins are given (the stored
 * root and those between need not be: the user may have pinned the rotated key already).
 *
 * When no valid chain leads from a stored root that has none of the pinned keys (the repository
 * was re-created, and the user pinned its new root, as ROOT_CHANGED's hint says to), the pins
 * decide: the stored root is set aside, with a warning, and the served root is trusted as on a
 * first use with pins, keeping the versions of the roles whose keys it still lists. A stored root
 * that has a pinned key stays the anchor: a chain that fails from it fails the load. A walk of
 * `N.root.json` from the stored root is made when it was rotated more than once.
 */
async function trustRoot(
  client: NotaryClient,
  rootBytes: Uint8Array,
  opts: LoadTrustOptions,
  signal: AbortSignal,
  warn: (text: string) => void,
): Promise<TrustedSet> {
  const base = { ...opts, gun: client.gun };
  if (!opts.trustedRoot) return new TrustedSet(rootBytes, base);
  try {
    // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
    const set = new TrustedSet(opts.trustedRoot, base);
    await rotateRoot(client, set, rootBytes, signal);
    set.checkPinned();
    return set;
  } catch (err) {
    const pins = opts.pinnedRootKeyIds;
    if (!pins?.length || !(err instanceof VerificationError) || !SET_ASIDE_CODES.has(err.code)) throw err;
    let stored: RootSigned;
    try {
      stored = parseEnvelope(opts.trustedRoot, "Root", "trusted root").signed;
    } catch {
      throw err;
    }
    if (rootHasPinnedKey(stored, client.gun, opts.now, pins)) throw err;
    let served: RootSigned;
    try {
      served = parseEnvelope(rootBytes, "Root", "served root").signed;
    } catch {
      throw err;
    }
    // A version trusted before still binds while the keys that sign its role are the same in the
    // served root: a re-created repository has new targets, snapshot and timestamp keys, and starts
    // its versions again; a rotation made to look broken (an intermediate root withheld, a
    // signature stripped) keeps them, and so keeps what was trusted under them.
    const { trustedRoot: _root, previousVersions, ...rest } = base;
    const kept = floorsUnderSameKeys(previousVersions, stored, served);
    const set = new TrustedSet(rootBytes, { ...rest, ...(kept ? { previousVersions: kept } : {}) });
    warn(
      `${client.gun}: the root stored from an earlier run has none of the pinned root keys (${setting("root-key-id")}) and no valid rotation leads from it to the root served; the pins decide, so the stored root is set aside${kept ? ", with the versions of the roles whose keys are unchanged kept" : ", with the versions trusted under it"}`,
    );
    return set;
  }
}

/**
 * The stored versions of the roles whose signing keys are the same in `served` as in `stored`
 * (timestamp, snapshot and targets by their own keys, a delegation by the targets keys), or
 * undefined when none is.
 */
function floorsUnderSameKeys(
  versions: Record<string, number> | undefined,
  stored: RootSigned,
  served: RootSigned,
): Record<string, number> | undefined {
  const keysOf = (root: RootSigned, role: string) => [...(root.roles.get(role)?.keyIds ?? [])].sort().join(",");
  const same = (role: string) => keysOf(stored, role) !== "" && keysOf(stored, role) === keysOf(served, role);
  const out: Record<string, number> = {};
  for (const [role, version] of Object.entries(versions ?? {})) {
    if (role === "root") continue;
    if (same(role.includes("/") ? "targets" : role)) out[role] = version;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A root that does not follow from the stored one: what pins may overrule. */
const SET_ASIDE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["ROOT_TRUST", "ROLLBACK"]);

async function rotateRoot(
  client: NotaryClient,
  set: TrustedSet,
  target: Uint8Array,
  signal: AbortSignal,
): Promise<void> {
  try {
    set.updateRoot(target);
    return;
  } catch (err) {
    if (!(err instanceof VerificationError) || err.code !== "ROOT_TRUST") throw err;
    const targetVersion = parseEnvelope(target, "Root", "served root").signed.version;
    const from = set.root.signed.version;
    if (targetVersion - from > MAX_ROOT_WALK || targetVersion - from < 2) throw err;
    for (let v = from + 1; v < targetVersion; v++) {
      const bytes = await client.getMetadata("root", { version: v, signal });
      if (!bytes) throw err;
      // A root between the two need not be in force any more (notary's builder, TUF 5.3.4).
      set.updateRoot(bytes, false);
    }
    set.updateRoot(target);
  }
}

/**
 * No root.json: a repository never created, or, when the 404 was not a Notary server's own, a host
 * that serves no Notary at all (a registry without content trust, taken as its own Notary server).
 * The code is the same either way: nothing there is signed.
 */
function notInitialised(client: NotaryClient): ServerError {
  if (client.notFoundByOtherServer("root")) {
    return new ServerError(
      "NOT_INITIALISED",
      `${client.gun} has no trust data on ${client.baseUrl}: root.json answered 404, not as a Notary server answers it (the server may serve no Notary at all)`,
      {
        status: 404,
        foreignNotFound: true,
        hint: `a registry without content trust answers so: give its Notary server in ${setting("notary-server")}; if this is a Notary server, create the repository with ${step("init", client.gun)}`,
      },
    );
  }
  return new ServerError(
    "NOT_INITIALISED",
    `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`,
    {
      status: 404,
      hint: `create it with ${step("init", client.gun)}`,
    },
  );
}
