/**
 * Verify: is every image (from `images` or the FROM lines of Dockerfiles) signed as the policy
 * requires? Reads only public trust data, so it needs no secret. Repositories are loaded in
 * parallel (bounded), once each however many tags name them; a failure stays with its own images.
 * Trust on first use: a root is remembered (TrustStore) only after an image of it verified.
 */
import { warningLine } from "../errors.js";
import type { NotaryClient } from "../notary/client.js";
import { createTransport, type Transport } from "../net/http.js";
import { retryLines } from "../net/retry.js";
import { DEFAULT_MAX_SOCKETS, MANY_REPOSITORIES_MAX_SOCKETS } from "../net/http-parts.js";
import {
  FIRST_WAVE,
  firstWaveConnections,
  REPOSITORIES_AT_ONCE,
  type FirstWaveImage,
} from "../net/early-connections.js";
import { DEFAULT_RUN_DEADLINE_MS } from "../net/deadline.js";
import { parseReference, type ImageReference } from "../registry/reference.js";
import type { RegistryClient } from "../registry/client.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import { connect, notaryHostCa, type ConnectOptions } from "./connect.js";
import { notaryServerFor } from "../net/notary-server.js";
import { retirementNotice } from "../notary/retirements.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import { loadTrust, refusedFirstUse } from "./load-trust.js";
import { startTrustWaves, type TrustWave, type TrustWaveOptions } from "./trust-wave.js";
import { storeFailureWarning, type TrustStore } from "./trust-store.js";
import { checkImage, classifyError, type ReasonCode, type Verdict } from "./verify-check.js";
import { allowedUnsignedBy, notaryServerOf, pinnedRootKeyIds, type VerifyPolicy } from "./verify-policy.js";
import { expiringRoles, expiryWarning } from "../tuf/expiry.js";
import { setting } from "../wording.js";
import type { Runtime } from "./runtime.js";
import { loadAnchor } from "./compose.js";

export type { ReasonCode } from "./verify-check.js";
export type { VerifyPolicy } from "./verify-policy.js";

export interface VerifyTarget {
  /** The reference as written (after ARG expansion for a Dockerfile FROM). */
  reference: string;
  /** Where it was written, for annotations. */
  file?: string;
  line?: number;
  column?: number;
  /** Set when the reference could not be worked out (unresolvable ARG, bad FROM). */
  error?: string;
}

export interface VerifyResult {
  /** As written. */
  reference: string;
  /** Fully qualified repository (the GUN), empty when the reference is invalid. */
  name: string;
  tag?: string;
  /** The signed digest, `sha256:…`. */
  digest?: string;
  /** The digest written in the reference (`name:tag@sha256:…` or `name@sha256:…`). */
  pinnedDigest?: string;
  /** Docker's signer names of the tag ("Repo Admin" when only released roles hold it). */
  signers: string[];
  passed: boolean;
  reason: ReasonCode;
  /** One line naming the subject, what is wrong and what to do. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
  notaryServer?: string;
  /** Roles that hold the tag although no released role does. */
  onlyIn?: string[];
  /** Delegations skipped while loading (failed verification), as warnings. */
  warnings: string[];
  /** Which kind of signature the image passed with; absent when it did not pass, or was allowed unsigned. */
  accepted?: "notary" | "cosign" | "notary+cosign";
  /** The cosign check, when one ran. */
  cosign?: { passed: boolean; reason: ReasonCode; signatures: number; key?: string; message: string };
}

export interface VerifyConnection {
  notary: NotaryClient;
  /** The image's registry (cosign signatures are read from it). */
  registry?: RegistryClient;
  notaryServer: string;
  /** Settles once the connection's credentials are read (its requests are then sent at once). */
  ready?: Promise<void>;
  close(): void;
}

export interface VerifyDeps {
  /** A Notary client for the image's repository on the server chosen for it. */
  connect(ref: ImageReference): VerifyConnection;
  /** Roots trusted in earlier runs; updated for repositories whose images verified. */
  store?: Pick<TrustStore, "load" | "save">;
  /** Its clock checks expiry; each warning names the repository it is about. */
  runtime: Runtime;
  /** Repositories loaded at once, 32 by default. */
  concurrency?: number;
  /**
   * Places shared with other work of the run (verify-cosign.ts): each repository's load takes one
   * while it runs, instead of one of `concurrency` places of its own.
   */
  slot?: Slot;
  /** Whether a root trusted on first use is refused, and how the settings are named in messages. */
  rootPin?: RootPinSettings;
  /** Called with each image's result as soon as it is known (progress for a person watching). */
  onResult?: (result: VerifyResult) => void;
  /**
   * Called with the results of each repository's images, by their index in `targets`, as soon as
   * they are known: all of one repository at once (an image judged without a load, alone). The
   * repository's place (`slot`) is held until what it returns settles.
   */
  onResults?: (results: readonly { index: number; result: VerifyResult }[]) => void | Promise<void>;
  /**
   * Called as a repository's load starts (its connection open, its first wave sent or about to be);
   * the signal it returns stops the load, whose images then fail with its reason.
   */
  onLoad?: (name: string) => AbortSignal | undefined;
}

/** Runs what it is given, a bounded number at once, in the order given. */
export type Slot = <T>(fn: () => Promise<T>) => Promise<T>;

/** A Slot of `limit` places (at least one). */
export function limitedTo(limit: number): Slot {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (running >= Math.max(1, limit)) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await fn();
    } finally {
      // The place goes to the next one waiting, or is freed.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const PASSING: ReadonlySet<ReasonCode> = new Set(["OK", "ALLOWED_UNSIGNED"]);

interface Item {
  index: number;
  target: VerifyTarget;
  ref: ImageReference;
}

export async function verifyImages(
  targets: readonly VerifyTarget[],
  policy: VerifyPolicy,
  deps: VerifyDeps,
): Promise<VerifyResult[]> {
  const results = new Array<VerifyResult>(targets.length);
  const groups = new Map<string, Item[]>();
  targets.forEach((target, index) => {
    const where = {
      ...(target.file !== undefined ? { file: target.file } : {}),
      ...(target.line !== undefined ? { line: target.line } : {}),
      ...(target.column !== undefined ? { column: target.column } : {}),
    };
    const done = (name: string, v: Verdict & { pinnedDigest?: string }) => {
      const result = resultOf(target.reference, name, v, where);
      results[index] = result;
      deps.onResult?.(result);
      // Judged without a load: it holds no place for what onResults returns to keep.
      void deps.onResults?.([{ index, result }]);
    };
    if (target.error) return done("", { reason: "INVALID_REFERENCE", message: target.error, signers: [] });
    let ref: ImageReference;
    try {
      ref = parseReference(target.reference);
    } catch (err) {
      return done("", { reason: "INVALID_REFERENCE", message: (err as Error).message, signers: [] });
    }
    if (!ref.tag && !ref.digest) ref.tag = "latest";
    const pattern = allowedUnsignedBy(ref.name, policy.allowUnsigned);
    if (pattern) {
      return done(ref.name, {
        reason: "ALLOWED_UNSIGNED",
        message: `${ref.name} matches ${setting("allow-unsigned")} pattern ${pattern}: allowed unsigned, not checked`,
        signers: [],
        ...(ref.tag ? { tag: ref.tag } : {}),
        ...(ref.digest ? { pinnedDigest: ref.digest } : {}),
      });
    }
    const group = groups.get(ref.name) ?? [];
    group.push({ index, target, ref });
    groups.set(ref.name, group);
  });

  // A Notary service that is ending is named once per run, however many of its images are checked.
  const noticed = new Set<string>();
  const notice = (server: string) => {
    if (noticed.has(server)) return;
    noticed.add(server);
    const line = retirementNotice(server, deps.runtime.now(), "verify");
    if (line) deps.runtime.warn(line);
  };
  const repositories: Repository[] = [...groups.values()].map((items) => ({ items, anchor: {} }));
  const limit = Math.max(1, deps.concurrency ?? REPOSITORIES_AT_ONCE);
  // The repositories loaded first send their first waves together, ordered across them
  // (startTrustWaves): those of one registry, which share its credentials, once each has its
  // connection and stored trust. A registry whose credential helper is slow holds up no other.
  const together = new Map<string, Repository[]>();
  for (const repository of repositories.slice(0, limit)) {
    const registry = repository.items[0]!.ref.registry;
    together.set(registry, [...(together.get(registry) ?? []), repository]);
  }
  for (const group of together.values()) {
    const started = Promise.allSettled(group.map((r) => (r.opened = open(r, policy, deps, notice)))).then(() => {
      const ready = group.filter((r) => r.conn && !r.refused);
      startTrustWaves(ready.map((r) => ({ client: r.conn!.notary, opts: waveOptions(r, policy) }))).forEach(
        (wave, i) => (ready[i]!.wave = wave),
      );
    });
    for (const repository of group) repository.started = started;
  }
  const slot = deps.slot ?? limitedTo(limit);
  await Promise.all(
    repositories.map((repository) =>
      slot(async () => {
        const done = await verifyRepository(repository, policy, deps, notice);
        for (const r of done) {
          results[r.index] = r.result;
          deps.onResult?.(r.result);
        }
        // The place is kept until what the caller does with them while it is held has ended.
        await deps.onResults?.(done);
      }),
    ),
  );
  return results;
}

/** One repository of a verify: its images, and what opening it gave. */
interface Repository {
  items: Item[];
  anchor: TrustAnchor;
  conn?: VerifyConnection;
  /** Its first wave, when it was sent with the other repositories' (verifyImages). */
  wave?: TrustWave;
  /** Settles once the anchor and the connection are set, or failed to be. */
  opened?: Promise<void>;
  /** Resolves once its wave was sent with those of its registry (verifyImages). */
  started?: Promise<void>;
  /** Its Notary service has ended and no root of it is kept: no wave is sent (loadTrust refuses). */
  refused?: boolean;
}

/** Reads the repository's stored trust and connects to its Notary server. */
async function open(
  repository: Repository,
  policy: VerifyPolicy,
  deps: VerifyDeps,
  notice: (notaryServer: string) => void,
): Promise<void> {
  const first = repository.items[0]!.ref;
  repository.anchor = await loadAnchor(deps.store, first.name, pinnedRootKeyIds(first.name, policy.rootKeyIds));
  repository.conn = deps.connect(first);
  notice(repository.conn.notaryServer);
  repository.refused = refusedFirstUse(repository.conn.notary, repository.anchor, deps.runtime.now()) !== undefined;
  // Sent before this, the requests of each repository would wait for its credentials and go out
  // together when they are read, whatever order they were asked for in.
  await repository.conn.ready;
}

function waveOptions(repository: Repository, policy: VerifyPolicy): TrustWaveOptions {
  const hints = [
    "targets/releases",
    ...(policy.signers ?? []).map((s) => (s.startsWith("targets/") ? s : `targets/${s}`)),
  ];
  return { ...repository.anchor, hints };
}

async function verifyRepository(
  repository: Repository,
  policy: VerifyPolicy,
  deps: VerifyDeps,
  notice: (notaryServer: string) => void,
): Promise<{ index: number; result: VerifyResult }[]> {
  const { items } = repository;
  const gun = items[0]!.ref.name;
  const finish = (item: Item, v: Verdict, extra: { warnings?: string[] } = {}) => ({
    index: item.index,
    result: resultOf(
      item.target.reference,
      gun,
      { ...v, ...(item.ref.digest ? { pinnedDigest: item.ref.digest } : {}) },
      {
        ...(item.target.file !== undefined ? { file: item.target.file } : {}),
        ...(item.target.line !== undefined ? { line: item.target.line } : {}),
        ...(item.target.column !== undefined ? { column: item.target.column } : {}),
        ...(repository.conn ? { notaryServer: repository.conn.notaryServer } : {}),
        warnings: extra.warnings ?? [],
      },
    ),
  });
  // A root trusted on first use is warned of once the load has ended, and not when it was stopped
  // (cosign signatures gave the verdict first): that root decided nothing.
  let signal: AbortSignal | undefined;
  const firstUse: string[] = [];
  const warnFirstUse = () => {
    if (!signal?.aborted) for (const m of firstUse.splice(0)) deps.runtime.warn(m);
  };
  try {
    await repository.started;
    await (repository.opened ??= open(repository, policy, deps, notice));
    const conn = repository.conn!;
    signal = deps.onLoad?.(gun);
    const loaded = await loadTrust(conn.notary, {
      ...(signal ? { signal } : {}),
      ...waveOptions(repository, policy),
      ...(repository.wave ? { wave: repository.wave } : {}),
      now: deps.runtime.now(),
      use: "verify",
      onWarning: (m: string) => deps.runtime.warn(`${gun}: ${m}`),
      onFirstUse: firstUseCheck({ gun, perRepository: true, ...deps.rootPin, warn: (m) => firstUse.push(m) }),
    }).finally(warnFirstUse);
    const { set, warnings } = loaded;
    // Roles that expire within about six months (the Go client's window), with when.
    const now = deps.runtime.now();
    for (const e of expiringRoles(set, now)) {
      const m = warningLine(expiryWarning(gun, e, now));
      warnings.push(m);
      deps.runtime.warn(m);
    }
    const out = items.map((item) => finish(item, checkImage(loaded, item.ref, policy.signers ?? []), { warnings }));
    if (deps.store && out.some((o) => o.result.passed) && !signal?.aborted) {
      await deps.store
        .save(gun, set.root.bytes, set.versions())
        .catch((err: unknown) => deps.runtime.warn(storeFailureWarning(gun, err)));
    }
    return out;
  } catch (err) {
    const { reason, message } = classifyError(
      err,
      {
        stored: Boolean(repository.anchor.trustedRoot),
        pinned: Boolean(repository.anchor.pinnedRootKeyIds?.length),
      },
      gun,
    );
    return items.map((item) =>
      finish(item, {
        reason,
        message: item.target.reference === gun ? message : `${item.target.reference}: ${message}`,
        signers: [],
        ...(item.ref.tag ? { tag: item.ref.tag } : {}),
      }),
    );
  } finally {
    // A wave sent for a repository that failed before its load (nothing else stops it).
    repository.wave?.stop();
    repository.conn?.close();
  }
}

function resultOf(
  reference: string,
  name: string,
  v: Verdict & { pinnedDigest?: string },
  where: Partial<Pick<VerifyResult, "file" | "line" | "column" | "notaryServer" | "warnings">>,
): VerifyResult {
  return {
    reference,
    name,
    ...(v.tag !== undefined ? { tag: v.tag } : {}),
    ...(v.digest !== undefined ? { digest: v.digest } : {}),
    ...(v.pinnedDigest !== undefined ? { pinnedDigest: v.pinnedDigest } : {}),
    signers: v.signers,
    passed: PASSING.has(v.reason),
    reason: v.reason,
    message: v.message,
    ...(v.reason === "OK" ? { accepted: "notary" as const } : {}),
    ...(v.onlyIn ? { onlyIn: v.onlyIn } : {}),
    ...where,
    warnings: where.warnings ?? [],
  };
}

/**
 * Runs `fn` on each item, at most `limit` at once. After one throws, no item is started and the
 * first error is thrown once those under way have ended: nothing is left running behind it.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await fn(items[next++]!);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const failure = ended.find((e) => e.status === "rejected");
  if (failure) throw failure.reason;
}

export interface VerifyConnectOptions extends Omit<ConnectOptions, "notaryServer" | "transport"> {
  /** Input `notary-server`: for images whose registry has no line in `notaryServers`. */
  notaryServer?: string;
  /** Input `notary-servers`: registry host → Notary server URL. */
  notaryServers?: ReadonlyMap<string, string>;
  transport?: Transport;
  /**
   * The images of a run that asks only Notary servers: their first waves go out together, and the
   * pool is sized by poolForFirstWaves. Without them (cosign signatures read too), 64 per server.
   */
  firstWaveImages?: readonly string[];
}

/**
 * Connections per host for the first waves of `images`, sent together: the most that any Notary
 * server's host needs (firstWaveConnections: its repositories, each once, at most 32, in as few
 * rounds as 64 connections would take them), since the pool's limit is one for every host. Never
 * below a transport's usual 16: the pool opens connections only as requests need them. The entry
 * points' early connections, sized the same way for the first image's host, always fit in it.
 */
export function poolForFirstWaves(
  images: readonly string[],
  servers: Pick<VerifyConnectOptions, "notaryServer" | "notaryServers" | "envNotaryServer">,
): number {
  const known: FirstWaveImage[] = [];
  for (const image of images) {
    // An image or a server that cannot be read fails on its own, as its load does.
    try {
      const ref = parseReference(image);
      known.push({
        repository: ref.name,
        server: notaryServerFor(ref, notaryServerOf(ref, servers), servers.envNotaryServer),
      });
    } catch {
      continue;
    }
  }
  const perHost = firstWaveConnections(known, FIRST_WAVE.read, MANY_REPOSITORIES_MAX_SOCKETS).values();
  return Math.max(DEFAULT_MAX_SOCKETS, ...perHost);
}

/** Connections for verifyImages over one shared transport; call `close()` when done. */
export function verifyConnections(options: VerifyConnectOptions): {
  connect(ref: ImageReference): VerifyConnection;
  close(): void;
} {
  // Every repository's first wave goes out at once (about five files each): at most 64 connections
  // per server keep twenty repositories near the cost of one without opening a socket per request.
  const notaryHosts = new Set<string>();
  const own = options.transport
    ? undefined
    : createTransport({
        ...(options.caPem ? { caPem: options.caPem } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        userAgent: options.userAgent ?? "content-trust-action",
        maxSockets:
          options.firstWaveImages === undefined
            ? MANY_REPOSITORIES_MAX_SOCKETS
            : poolForFirstWaves(options.firstWaveImages, options),
        proxy: options.proxy,
        hostCa: notaryHostCa(options.dockerConfigDir, notaryHosts),
      });
  const transport: Transport = options.transport ?? own!;
  // One deadline for the whole run, however many repositories it reads.
  const deadlineAt = options.deadlineAt ?? Date.now() + (options.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS);
  // Credentials are per registry, not per repository: read once for all the images of a registry.
  const credentialsCache: NonNullable<ConnectOptions["credentialsCache"]> = new Map();
  // A server that is down fails every repository's requests alike: the lines are shared.
  const lines = options.logRetry ? retryLines(options.logRetry) : undefined;
  return {
    connect(ref) {
      // Registries with no line in notary-servers (and no notary-server) get Docker's default server.
      const notaryServer = notaryServerOf(ref, options);
      notaryHosts.add(new URL(notaryServerFor(ref, notaryServer, options.envNotaryServer)).host);
      const { notaryServers: _servers, notaryServer: _server, logRetry: _log, ...rest } = options;
      return connect(ref, {
        ...rest,
        ...(notaryServer ? { notaryServer } : {}),
        transport,
        deadlineAt,
        credentialsCache,
        ...(lines ? { retryLines: lines } : {}),
      });
    },
    close: () => own?.close(),
  };
}
