/**
 * The top-level delegations a trust load's first wave did not ask for (a signer's role beside
 * `targets/releases`), asked for by the hashes the snapshot of that wave names as soon as it
 * arrives, however far the checks have come by then. Checking the snapshot and targets (and the
 * root and timestamp, if they are not checked yet) then overlaps these requests instead of coming
 * before them (load-trust.ts).
 *
 * Nothing here is trusted. An answer is handed to the load only when the checked snapshot names
 * exactly the file that was asked for, and then only if its bytes are that file; anything else
 * costs a request, and the load asks for the file the checked snapshot names as it did before.
 * Bounded: at most 32 roles and 64 MiB in all (what one role may be), each read by the length the
 * snapshot gives, and only from a snapshot of at most 1 MiB. What is still under way when the load
 * ends is stopped.
 */
import { setMaxListeners } from "node:events";
import { isStandardBase64, standardBase64ByteLength } from "../codec/base64.js";
import type { NotaryClient } from "../notary/client.js";
import { MAX_BYTES } from "../notary/limits.js";
import { hasFileMeta, hexOfBase64, sha256HexOf } from "../tuf/file-meta.js";
import type { FileMeta } from "../tuf/metadata.js";
import { isTopLevelDelegation } from "../tuf/roles.js";
import { eventLoopTurns } from "../event-loop.js";
import { LISTENERS_PER_REQUEST, type Settled, type TrustWave } from "./trust-wave.js";

const MAX_EARLY_DELEGATIONS = 32;
const MAX_EARLY_BYTES = MAX_BYTES.targets;
/** A snapshot larger than this is not read before it is checked (a few hundred roles fit in far less). */
const MAX_EARLY_SNAPSHOT_BYTES = 1024 * 1024;

interface Asked {
  sha256Hex: string;
  length: number;
  answer: Promise<Settled<Uint8Array | undefined>>;
}

export interface EarlyDelegations {
  /** How many roles were asked for, once the snapshot has arrived. */
  readonly asked: Promise<number>;
  /**
   * The answer for `role` when the checked snapshot's entry `meta` names the file asked for: its
   * bytes when they are that file, undefined when they are not or the server has none. When that
   * request failed, its error is thrown: asking for the same file again would fail the same way,
   * after as many retries. Undefined when the role was not asked for, or for another file.
   */
  take(role: string, meta: FileMeta | undefined): Promise<Uint8Array | undefined>;
  /** Stops the requests still under way. */
  stop(): void;
}

export function askEarly(client: NotaryClient, wave: TrustWave): EarlyDelegations {
  const controller = new AbortController();
  setMaxListeners(LISTENERS_PER_REQUEST * MAX_EARLY_DELEGATIONS, controller.signal);
  const requests = wave.snapshot.then(async (r) => {
    const asked = new Map<string, Asked>();
    if (!r.ok || !r.v || r.v.length > MAX_EARLY_SNAPSHOT_BYTES) return asked;
    const wanted = leftOut(namedDelegations(r.v), wave);
    if (wanted.length === 0) return asked;
    // One turn of the event loop first: the connections whose answers have just ended (the
    // snapshot's own among them) are then back in the pool to carry these requests, where they
    // would otherwise open new connections, each a TCP and TLS set-up that a long check after this
    // may hold up further (measured on five 10,000-tag delegations: 5 connections instead of 5 to 8).
    await eventLoopTurns();
    if (controller.signal.aborted) return asked;
    for (const [role, sha256Hex, length] of wanted) {
      const answer = client.getMetadata(role, { sha256Hex, length, signal: controller.signal }).then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      asked.set(role, { sha256Hex, length, answer });
    }
    return asked;
  });
  return {
    asked: requests.then((m) => m.size),
    async take(role, meta) {
      const asked = (await requests).get(role);
      if (!asked || !meta || asked.length !== meta.length || asked.sha256Hex !== sha256HexOf(meta)) return undefined;
      const r = await asked.answer;
      if (!r.ok) throw r.e;
      return r.v && hasFileMeta(r.v, meta) ? r.v : undefined;
    },
    stop: () => controller.abort(),
  };
}

/** Of `named`, the roles the wave left out and the load wants, within the count and byte bounds. */
function leftOut(named: readonly Named[], wave: TrustWave): Named[] {
  const out: Named[] = [];
  let bytes = 0;
  for (const entry of named) {
    const [role, , length] = entry;
    if (out.length >= MAX_EARLY_DELEGATIONS) break;
    if (wave.hints.includes(role) || (wave.wanted && !wave.wanted.has(role))) continue;
    if (bytes + length > MAX_EARLY_BYTES) continue;
    bytes += length;
    out.push(entry);
  }
  return out;
}

/** A delegation an unchecked snapshot lists: its name, sha256 (hex) and length. */
type Named = [role: string, sha256Hex: string, length: number];

/** `[role, sha256 hex, length]` of each top-level delegation an unchecked snapshot lists. */
function namedDelegations(bytes: Uint8Array): Named[] {
  let meta: unknown;
  try {
    meta = (
      JSON.parse(new TextDecoder().decode(bytes)) as {
        signed?: { meta?: unknown };
      }
    )?.signed?.meta;
  } catch {
    return [];
  }
  if (meta === null || typeof meta !== "object") return [];
  const out: Named[] = [];
  for (const [role, entry] of Object.entries(meta)) {
    if (!isTopLevelDelegation(role) || entry === null || typeof entry !== "object") continue;
    const { length, hashes } = entry as { length?: unknown; hashes?: { sha256?: unknown } | null };
    const sha256 = hashes?.sha256;
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 1 || length > MAX_EARLY_BYTES) continue;
    if (typeof sha256 !== "string" || !isStandardBase64(sha256) || standardBase64ByteLength(sha256) !== 32) continue;
    out.push([role, hexOfBase64(sha256), length]);
  }
  return out;
}
