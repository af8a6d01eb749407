/**
 * The first wave of a trust load (load-trust.ts): the current file of every role it expects to
 * need, asked for at once. A module of its own, light on imports, so that a run can send the wave
 * before the verification code is loaded and compiled, and hand it to `loadTrust`, which then
 * asks for none of these files again. Nothing here trusts or parses what comes back.
 */
import { sha256Hex } from "../digest.js";
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
}

/** Delegations remembered from an earlier run that are fetched in the first wave. */
const MAX_KNOWN_HINTS = 32;

/** Sends the first wave; none of its promises rejects. */
export function startTrustWave(client: NotaryClient, opts: TrustWaveOptions): TrustWave {
  // Delegations trusted in an earlier run (the stored versions) join the first wave too, so a
  // repository read before costs one wave however deep its delegations go.
  const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
  const known = Object.keys(opts.previousVersions ?? {}).filter(
    (r) => isDelegationName(r) && (!wanted || wanted.has(r)),
  );
  const hints = [...new Set([...(opts.hints ?? []), ...known.slice(0, MAX_KNOWN_HINTS)])];
  const get = (role: string) => {
    const ours = opts.known?.get(role);
    return settle(
      ours
        ? client.getMetadata(role, { sha256Hex: sha256Hex(ours.bytes), length: ours.bytes.length })
        : client.getMetadata(role),
    );
  };
  return {
    hints,
    wanted,
    root: settle(client.getMetadata("root")),
    timestamp: settle(client.getMetadata("timestamp")),
    snapshot: settle(client.getMetadata("snapshot")),
    targets: get("targets"),
    hinted: hints.map(get),
  };
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
