/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */
import { VerificationError } from "../errors.js";
import type { NotaryClient } from "../notary/client.js";
import type { ResolvedManifest } from "../registry/client.js";
import { allTargets, releasedTarget, signerName, isReleasedRole } from "../tuf/docker.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { loadTrust } from "./load-trust.js";
import { assertServed } from "./publication.js";

export interface PublishedTag {
  tag: string;
  digest: string;
  /** Roles that hold the tag with this digest. */
  roles: string[];
  /** Docker's signer names for the tag ("Repo Admin" when only released roles hold it). */
  signers: string[];
}

export interface VerifyPublishedOptions {
  anchor: TrustAnchor;
  now: number;
  tags: readonly string[];
  manifest: ResolvedManifest;
  uploaded: ReadonlyMap<string, Uint8Array>;
  roles: readonly string[];
  onWarning?: (m: string) => void;
}

export async function verifyPublished(
  client: NotaryClient,
  opts: VerifyPublishedOptions,
): Promise<{ set: TrustedSet; tags: PublishedTag[] }> {
  const { set } = await loadTrust(client, { ...opts.anchor, now: opts.now, hints: opts.roles, allowExpiredDelegations: false, ...(opts.onWarning ? { onWarning: opts.onWarning } : {}) });
  // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
  // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
  const unreadable = opts.roles.filter((role) => set.inconsistent.has(role));
  if (unreadable.length > 0) {
    throw new VerificationError("SERVED_MISMATCH", `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`, {
      hint: "run the step again: a new version of the role repairs the repository",
    });
  }
  assertServed(set, opts.uploaded);
  const hex = opts.manifest.digest.replace(/^sha256:/, "");
  const tags = opts.tags.map((tag): PublishedTag => {
    const released = releasedTarget(set, tag);
    if (!released || released.digest !== hex) {
      throw new VerificationError(
        "NOT_RELEASED",
        released ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}` : `${client.gun}:${tag} is not released after publishing`,
        { hint: "another signer may have signed this tag at the same time; inspect the repository" },
      );
    }
    const holding = allTargets(set, tag).filter((e) => e.digest === hex);
    const signers = [...new Set(holding.filter((e) => !isReleasedRole(e.role)).map((e) => signerName(e.role)))];
    return { tag, digest: opts.manifest.digest, roles: holding.map((e) => e.role), signers: signers.length ? signers : ["Repo Admin"] };
  });
  return { set, tags };
}
