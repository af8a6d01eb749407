/**
 * The first wave of a trust load (load-trust.ts): the current file of every role it expects to
 * need, asked for at once. A module of its own, light on imports, so that a run can send the wave
 * before the verification code is loaded and compiled, and hand it to `loadTrust`, which then
 * asks for none of these files again. Nothing here trusts or parses what comes back.
 */
import { setMaxListeners } from "node:events";
import { sha256Hex } from "../sha256.js";
import { eventLoopTurns } from "../event-loop.js";
import type { NotaryClient } from "../notary/client.js";
import type { Envelope, TargetsSigned } from "../tuf/metadata.js";
import { isDelegationName } from "../tuf/roles.js";

/** A request's outcome, kept so that an error is thrown only where the load decides on it. */
export type Settled<T> = { ok: true; v: T } | { ok: false; e: unknown };

export interface TrustWaveOptions {
  /** Delegations to fetch in the first wave (e.g. `targets/releases`, `targets/<signer>`). */
  hints?: readonly string[];
  /** Which delegations to load: all reachable ones (default), or only these names and their ancestors. */
  only?: readonly string[];
  /** Versions trusted in an earlier run: the delegations among them join the wave. */
  previousVersions?: Readonly<Record<string, number>>;
  /** Targets roles just uploaded, as parsed: fetched by the sha256 of their bytes instead of by name. */
  known?: ReadonlyMap<string, Envelope<TargetsSigned>>;
}

export interface TrustWave {
  /** The delegations of the wave, in the order of `hinted`. */
  hints: readonly string[];
  /** The delegations to load (`only` and their ancestors), or undefined for all reachable ones. */
  wanted: ReadonlySet<string> | undefined;
  root: Promise<Settled<Uint8Array | undefined>>;
  timestamp: Promise<Settled<Uint8Array | undefined>>;
  snapshot: Promise<Settled<Uint8Array | undefined>>;
  targets: Promise<Settled<Uint8Array | undefined>>;
  hinted: Promise<Settled<Uint8Array | undefined>>[];
  /**
   * Stops the requests still under way: a load that ends, above all one that fails on its root
   * before the other files are in, leaves none of them running (or retried) behind it.
   */
  stop(): void;
}

/** Delegations remembered from an earlier run that are fetched in the first wave. */
const MAX_KNOWN_HINTS = 32;
/** Listeners one request may hold on its signal at once: the request, a retry's wait, a token request. */
export const LISTENERS_PER_REQUEST = 3;

/** Sends the first wave; none of its promises rejects. */
export function startTrustWave(client: NotaryClient, opts: TrustWaveOptions): TrustWave {
  return startTrustWaves([{ client, opts }])[0]!;
}

/**
 * Sends the first waves of several repositories at once (a verify of many images), file by file
 * across them: every repository's snapshot, then every root, timestamp, targets and hinted
 * delegation. Together they can be more requests than the connections to a server, and the last
 * ones then wait a round trip for a free one. Those should be the files nothing else waits for:
 * each snapshot names the delegations asked for next (early-delegations.ts), so a snapshot that
 * waited would make its repository's next wave wait too; the root is the first file checked.
 * Against a server that asks for a token, this order holds for the requests that meet its 401:
 * each repository's files are sent again together once its own token arrives.
 * None of the promises rejects.
 */
export function startTrustWaves(
  repositories: readonly { client: NotaryClient; opts: TrustWaveOptions }[],
): TrustWave[] {
  const plans = repositories.map(({ client, opts }) => planWave(client, opts));
  const sent = plans.map(() => new Map<string, Answer>());
  const slots = Math.max(0, ...plans.map((plan) => plan.files.length));
  for (let slot = 0; slot < slots; slot++)
    plans.forEach((plan, i) => {
      const file = plan.files[slot];
      if (file) sent[i]!.set(file[0], file[1]());
    });
  return plans.map(({ hints, wanted, stop }, i) => {
    const answer = (role: string) => sent[i]!.get(role)!;
    return {
      hints,
      wanted,
      root: answer("root"),
      timestamp: answer("timestamp"),
      snapshot: answer("snapshot"),
      targets: answer("targets"),
      hinted: hints.map(answer),
      stop,
    };
  });
}

type Answer = Promise<Settled<Uint8Array | undefined>>;

/** A repository's first wave: its files by role, in the order they are sent; each call sends one. */
function planWave(
  client: NotaryClient,
  opts: TrustWaveOptions,
): {
  hints: string[];
  wanted: ReadonlySet<string> | undefined;
  files: [string, () => Answer][];
  stop: () => void;
} {
  // Delegations trusted in an earlier run (the stored versions) join the first wave too, so a
  // repository read before costs one wave however deep its delegations go.
  const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
  const known = Object.keys(opts.previousVersions ?? {}).filter(
    (r) => isDelegationName(r) && (!wanted || wanted.has(r)),
  );
  const hints = [...new Set([...(opts.hints ?? []), ...known.slice(0, MAX_KNOWN_HINTS)])];
  // Top-level roles and delegations (`targets/…`) never share a name.
  const roles = ["snapshot", "root", "timestamp", "targets", ...hints];
  const controller = new AbortController();
  const { signal } = controller;
  // Each request of the wave listens to the signal while it runs (and its retry waits and token
  // request with it): more than Node's default of 10 is no leak here.
  setMaxListeners(LISTENERS_PER_REQUEST * roles.length, signal);
  const get = (role: string): Answer => {
    const ours = opts.known?.get(role);
    return settle(
      ours
        ? client.getMetadata(role, { sha256Hex: sha256Hex(ours.bytes), length: ours.bytes.length, signal })
        : client.getMetadata(role, { signal }),
    );
  };
  return { hints, wanted, files: roles.map((role) => [role, () => get(role)]), stop: () => controller.abort() };
}

/**
 * Resolves once requests sent on `connection` before the call are written: the credentials are
 * read, then two turns of the event loop open the connections and write the requests. Code
 * imported after it is compiled (import() compiles at once, on this thread) while they are in flight.
 */
export async function waveSent(connection: { ready: Promise<void> }): Promise<void> {
  await connection.ready;
  await eventLoopTurns(2);
}

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (v) => ({ ok: true as const, v }),
    (e: unknown) => ({ ok: false as const, e }),
  );
}

function ancestorsAndSelf(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (let p = n; p.includes("/"); p = p.slice(0, p.lastIndexOf("/"))) out.add(p);
  return out;
}
