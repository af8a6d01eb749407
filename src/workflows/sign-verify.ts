/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */
import { VerificationError } from "../errors.js";
import type { NotaryClient } from "../notary/client.js";
import type { ResolvedManifest } from "../registry/client.js";
import { allTargets, releasedTarget, signerName, isReleasedRole } from "../tuf/docker.js";
import { sha256Base64 } from "../tuf/file-meta.js";
import { parseEnvelope } from "../tuf/metadata.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { loadTrust } from "./load-trust.js";

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
  for (const [role, bytes] of opts.uploaded) {
    const meta = set.snapshot!.signed.meta.get(role);
    const served = set.targets.get(role);
    const ours = parseEnvelope(bytes, "Targets", role).signed.version;
    if (served && served.signed.version > ours) continue; // another signer published after us; the tag checks below still apply
    if (!meta || meta.hashes.get("sha256") !== sha256Base64(bytes)) {
      throw new VerificationError("SERVED_MISMATCH", `${client.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
        hint: "re-run the step; if it persists, report it with the server version",
      });
    }
    if (!served) throw new VerificationError("SERVED_MISMATCH", `${client.gun}: ${role} v${ours} was uploaded but cannot be read back`);
  }
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
