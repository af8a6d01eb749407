/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */
import { VerificationError } from "../errors.js";
import { digestHex } from "../digest.js";
import type { NotaryClient } from "../notary/client.js";
import type { ResolvedManifest } from "../registry/client.js";
import type { Envelope, TargetsSigned } from "../tuf/metadata.js";
import { allTargets, releasedTarget, signerName, isReleasedRole } from "../tuf/docker.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { loadTrust, type LoadedTrust } from "./load-trust.js";
import type { Runtime } from "./runtime.js";
import { assertServed } from "./publication.js";

export interface PublishedTag {
  tag: string;
  digest: string;
  /** Roles that hold the tag with this digest. */
  roles: string[];
  /** Docker's signer names for the tag ("Repo Admin" when only released roles hold it). */
  signers: string[];
}

export interface ReadBackOptions {
  anchor: TrustAnchor;
  tags: readonly string[];
  manifest: ResolvedManifest;
  uploaded: ReadonlyMap<string, Uint8Array>;
  /**
   * The uploaded files as parsed and their versions: the read-back fetches each by its hash and
   * checks it from this parsed form rather than parsing a large role again.
   */
  parsed?: ReadonlyMap<string, Envelope<TargetsSigned>>;
  roles: readonly string[];
  /**
   * The timestamp version the server must serve at least: one more than before our publish. A
   * cache between us and the server may answer with the older one for a while.
   */
  minTimestampVersion?: number;
  /** Its clock checks expiry; its sleep spaces the reads; warnings and progress go to the person. */
  runtime: Runtime;
}

/**
 * The read-back is polled while the server (or a cache on the way) still serves a timestamp older
 * than our publish: at most 6 reads, waiting 250 ms doubling up to 4 s in between (about 8 s).
 */
const READ_BACK_POLICY = { attempts: 6, baseDelayMs: 250, maxDelayMs: 4_000 } as const;

export async function readBack(
  client: NotaryClient,
  opts: ReadBackOptions,
): Promise<{ set: TrustedSet; tags: PublishedTag[] }> {
  const loaded = await readAfterPublish(client, {
    anchor: opts.anchor,
    roles: opts.roles,
    runtime: opts.runtime,
    ...(opts.minTimestampVersion !== undefined ? { minTimestampVersion: opts.minTimestampVersion } : {}),
    ...(opts.parsed ? { known: opts.parsed } : {}),
  });
  return checkReadBack(client, loaded, opts);
}

/**
 * The repository read as a reader reads it once the server serves a timestamp of at least
 * `minTimestampVersion` (polled as READ_BACK_POLICY says; STALE_READ_BACK when it never does).
 * Sign and the admin changes read back through it.
 */
export async function readAfterPublish(
  client: NotaryClient,
  opts: {
    anchor: TrustAnchor;
    roles: readonly string[];
    minTimestampVersion?: number;
    known?: ReadonlyMap<string, Envelope<TargetsSigned>>;
    runtime: Runtime;
  },
): Promise<LoadedTrust> {
  const { sleep, log, now, warn } = opts.runtime;
  const wanted = opts.minTimestampVersion ?? 0;
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadTrust(client, {
      ...opts.anchor,
      now: now(),
      hints: opts.roles,
      allowExpiredDelegations: false,
      onWarning: warn,
      ...(opts.known ? { known: opts.known } : {}),
    });
    const served = loaded.set.timestamp?.signed.version ?? 0;
    if (served >= wanted) return loaded;
    if (attempt >= READ_BACK_POLICY.attempts) {
      throw new VerificationError(
        "STALE_READ_BACK",
        `${client.gun}: ${client.baseUrl} still serves timestamp v${served} after ${attempt} reads, but our publish made v${wanted} or later`,
        {
          hint: "a cache between this runner and the server keeps serving old metadata; the change may well be published: inspect the repository",
        },
      );
    }
    const delay = Math.min(READ_BACK_POLICY.maxDelayMs, READ_BACK_POLICY.baseDelayMs * 2 ** (attempt - 1));
    log(
      `The server still serves timestamp v${served}, older than our publish (v${wanted}); reading again in ${delay} ms (attempt ${attempt + 1} of ${READ_BACK_POLICY.attempts})`,
    );
    await sleep(delay);
  }
}

function checkReadBack(
  client: NotaryClient,
  { set, inconsistent }: LoadedTrust,
  opts: ReadBackOptions,
): { set: TrustedSet; tags: PublishedTag[] } {
  // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
  // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
  const unreadable = opts.roles.filter((role) => inconsistent.has(role));
  if (unreadable.length > 0) {
    throw new VerificationError(
      "SERVED_MISMATCH",
      `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`,
      {
        hint: "run the step again: a new version of the role repairs the repository",
      },
    );
  }
  const versions = opts.parsed && new Map([...opts.parsed].map(([role, env]) => [role, env.signed.version]));
  assertServed(set, opts.uploaded, versions);
  const hex = digestHex(opts.manifest.digest);
  const tags = opts.tags.map((tag): PublishedTag => {
    const released = releasedTarget(set, tag);
    if (!released || released.digest !== hex) {
      throw new VerificationError(
        "NOT_RELEASED",
        released
          ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}`
          : `${client.gun}:${tag} is not released after publishing`,
        { hint: "another signer may have signed this tag at the same time; inspect the repository" },
      );
    }
    const holding = allTargets(set, tag).filter((e) => e.digest === hex);
    const signers = [...new Set(holding.filter((e) => !isReleasedRole(e.role)).map((e) => signerName(e.role)))];
    return {
      tag,
      digest: opts.manifest.digest,
      roles: holding.map((e) => e.role),
      signers: signers.length ? signers : ["Repo Admin"],
    };
  });
  return { set, tags };
}
