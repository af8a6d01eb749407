/**
 * Whether a root may be trusted: its shape (every top-level role, thresholds of at least 1, keys
 * it lists), a threshold of its own root certificate keys (valid for the repository, and among
 * the pinned ones when pins are given), and, for a rotation, a threshold of the previous root's
 * root keys too (notary's tuf/builder.go). Expiry is the caller's: an anchor may have expired.
 */
import { MalformedMetadataError, RootTrustError } from "../errors.js";
import type { Envelope, RootSigned } from "./metadata.js";
import { pinnedOnly, rootCertificateKeys } from "./root-keys.js";
import { pickKeys, checkThreshold } from "./signatures.js";
import { phrase, setting, step } from "../wording.js";

export interface RootCheck {
  gun: string;
  /** Milliseconds since the epoch, for the certificates' validity. */
  now: number;
  /** Check the root certificates' validity period (not for a root trusted in an earlier run). */
  fresh: boolean;
  pinnedRootKeyIds?: readonly string[];
}

export function checkRootSignatures(
  env: Envelope<RootSigned>,
  previous: Envelope<RootSigned> | undefined,
  check: RootCheck,
): void {
  const { gun, now } = check;
  const root = env.signed;
  const subject = `root v${root.version}`;
  for (const role of ["root", "targets", "snapshot", "timestamp"]) {
    const r = root.roles.get(role);
    if (!r) throw new MalformedMetadataError(`${subject}: no ${role} role`);
    if (r.threshold < 1)
      throw new MalformedMetadataError(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
    pickKeys(root.keys, r.keyIds, `${subject} ${role} role`);
  }
  if (previous) {
    const prevKeys = rootCertificateKeys(previous.signed, { gun, now, checkExpiry: false });
    try {
      checkThreshold(env, {
        name: subject,
        keys: prevKeys.keys,
        threshold: previous.signed.roles.get("root")!.threshold,
      });
    } catch (err) {
      throw new RootTrustError(
        `${subject} of ${gun} is not signed by the root keys of trusted root v${previous.signed.version}: a rotation was served, but not a valid one`,
        {
          cause: err,
          hint: rootRecovery(gun),
        },
      );
    }
  }
  const own = rootCertificateKeys(root, { gun, now, checkExpiry: check.fresh });
  if (own.keys.size === 0) {
    throw new RootTrustError(
      `${subject}: no valid root certificate for ${gun} (${own.rejected.join("; ") || "no root keys"})`,
    );
  }
  let keys = own.keys;
  if (check.pinnedRootKeyIds?.length) {
    keys = pinnedOnly(own.keys, check.pinnedRootKeyIds);
    if (keys.size === 0) {
      throw new RootTrustError(
        `${subject} of ${gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${check.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`,
        { hint: `check ${setting("root-key-id")} against the Root Key that ${step("inspect", gun)} shows` },
      );
    }
  }
  checkThreshold(env, { name: subject, keys, threshold: root.roles.get("root")!.threshold });
}

/**
 * Whether a pinned key is one of `root`'s root keys, read as checkRootSignatures reads pins (a
 * certificate valid for `gun`, its expiry aside). A stored root none of them is does not anchor a
 * pinned load: the pins say which root is the repository's.
 */
export function rootHasPinnedKey(root: RootSigned, gun: string, now: number, pins: readonly string[]): boolean {
  return pinnedOnly(rootCertificateKeys(root, { gun, now, checkExpiry: false }).keys, pins).size > 0;
}

/** How to get out of a changed root: only when its owner really re-created the repository. */
export function rootRecovery(gun: string): string {
  return `confirm with the repository's owner that ${gun} was re-created; if so, remove its stored root from ${phrase("trust-store")} or pin the new root with ${setting("root-key-id")}; otherwise do not trust it`;
}
