/** Human and JSON output of the admin commands: short, no secrets, no machine paths. */
import type { NewRepositoryResult } from "../workflows/admin/new-repository.js";
import type { RenewResult } from "../workflows/admin/renew.js";
import { notRenewedExpiry, targetDigestText, unconfirmedText, witnessedText } from "../report/renew.js";
import type { RevokeResult } from "../workflows/admin/revoke.js";
import type { RotateSignerResult } from "../workflows/admin/rotate-signer.js";
import type { SignerChangeResult } from "../workflows/admin/signers.js";
import { printable, table } from "./format.js";

// Warnings are not repeated here: they were printed on stderr as they came, once each (--json keeps them).
const versions = (
  r: { set: { targets: ReadonlyMap<string, { signed: { version: number } }> } },
  roles: readonly string[],
) => roles.map((role) => `${role} v${r.set.targets.get(role)?.signed.version ?? "?"}`).join(", ");

export function initJson(r: NewRepositoryResult): object {
  return {
    gun: r.gun,
    rootKeyId: r.rootKeyId,
    rootCanonicalKeyId: r.rootCanonicalKeyId,
    repositoryKeyId: r.targetsKeyId,
    snapshotKeyId: r.snapshotKeyId,
    timestampKeyId: r.timestampKeyId,
    keyFiles: r.written.map((k) => ({ role: k.role, keyId: k.keyId, file: k.fileName })),
  };
}

export function formatInit(r: NewRepositoryResult, gun: string, keyDir?: string): string {
  const rows = [
    ["Root", r.rootKeyId, r.written.find((k) => k.role === "root")?.fileName ?? "(given)"],
    ["Repository", r.targetsKeyId, r.written.find((k) => k.role === "targets")?.fileName ?? "(given)"],
    ["Snapshot", r.snapshotKeyId, "(held by the server)"],
    ["Timestamp", r.timestampKeyId, "(held by the server)"],
  ];
  return `Created ${printable(gun)}\n\n${table(["KEY", "ID", "KEY FILE"], rows)}\n${
    r.written.length
      ? `Back up the key files in ${printable(keyDir ?? "the key directory")}: without the root key the repository cannot be repaired.\n`
      : ""
  }`;
}

export function signerChangeJson(r: SignerChangeResult): object {
  return {
    gun: r.gun,
    signer: r.name,
    keyIds: r.keyIds,
    published: r.published,
    targetsVersion: r.targetsVersion,
    unreleased: r.unreleased,
    warnings: r.warnings,
  };
}

export function formatSignerChange(action: "add" | "remove", r: SignerChangeResult): string {
  const head =
    action === "add"
      ? r.published
        ? `Added signer ${printable(r.name)} to ${printable(r.gun)} with key ${r.keyIds.join(", ")} (targets v${r.targetsVersion})\n`
        : `Signer ${printable(r.name)} of ${printable(r.gun)} already has key ${r.keyIds.join(", ")}: nothing published\n`
      : r.published
        ? `Removed signer ${printable(r.name)} from ${printable(r.gun)} (targets v${r.targetsVersion})\n`
        : `${printable(r.name)} is no longer a signer of ${printable(r.gun)} (an earlier change removed it): nothing published\n`;
  const lost = r.unreleased.length
    ? `No longer verifying: ${r.unreleased.map((t) => printable(t.tag)).join(", ")}\n`
    : "";
  return head + lost;
}

export function revokeJson(r: RevokeResult): object {
  return {
    gun: r.gun,
    tag: r.tag,
    removedFrom: r.removedFrom,
    heldBy: r.heldBy,
    stillReleasedBy: r.stillReleasedBy ?? null,
    published: r.published,
    cosign: r.cosign.map((c) => ({
      digest: c.digest,
      reference: c.reference,
      ours: c.ours ?? null,
      others: c.others ?? null,
      ...(c.error ? { error: c.error.code } : {}),
    })),
    warnings: r.warnings,
  };
}

export function formatRevoke(r: RevokeResult): string {
  if (r.removedFrom.length)
    return `Revoked ${printable(r.gun)}:${printable(r.tag)} from ${versions(r, r.removedFrom)}\n`;
  // Still released by a role the key cannot sign: the error that follows says which.
  if (r.stillReleasedBy) return "";
  return r.heldBy.length
    ? `${printable(r.gun)}:${printable(r.tag)} is not released: nothing to revoke (still listed by ${r.heldBy.map(printable).join(", ")}, which docker pull does not trust)\n`
    : `${printable(r.gun)}:${printable(r.tag)} is not signed: nothing to revoke\n`;
}

export function renewJson(r: RenewResult): object {
  return {
    gun: r.gun,
    renewed: r.renewed,
    witnessed: r.witnessed,
    unconfirmed: r.unconfirmed,
    notRenewed: r.notRenewed,
    published: r.published,
    warnings: r.warnings,
  };
}

export function formatRenew(r: RenewResult): string {
  const witnessed = r.witnessed
    .map((w) => printable(`Witnessed ${w.role} of ${r.gun}: ${witnessedText(w)}`) + "\n")
    .join("");
  // Each role named to witness without its content confirmed: every target it holds, in full, and
  // the digest that confirms it (the run then fails, having published nothing).
  const unconfirmed = r.unconfirmed
    .map(
      (u) =>
        `${printable(`${u.role} of ${r.gun} ${unconfirmedText(u)}`)}\n\n${table(
          ["TAG", "DIGEST"],
          u.targets.map((t) => [t.tag, targetDigestText(t)]),
        )}\nTo witness this content: --witness ${u.role}@${u.fileDigest}\n`,
    )
    .join("\n");
  if (unconfirmed) return unconfirmed;
  const head = r.renewed.length
    ? `Renewed ${printable(r.gun)}\n\n${table(
        ["ROLE", "NEW VERSION", "PREVIOUS EXPIRY", "EXPIRES AT"],
        r.renewed.map((x) => [x.role, String(x.version), x.previousExpires, x.expires]),
      )}`
    : witnessed
      ? ""
      : `${printable(r.gun)}: nothing that the signing keys can sign needs renewing\n`;
  const left = r.notRenewed.length
    ? `\nNot renewed:\n${table(
        ["ROLE", "EXPIRES AT"],
        r.notRenewed.map((x) => [x.role, notRenewedExpiry(x)]),
      )}`
    : "";
  return witnessed + head + left;
}

export function rotationJson(r: RotateSignerResult): object {
  return {
    gun: r.gun,
    signer: r.name,
    replaced: r.replaced,
    newKeyId: r.newKeyId,
    roles: r.roles,
    published: r.published,
    warnings: r.warnings,
  };
}

export function formatRotation(r: RotateSignerResult): string {
  const head = r.published
    ? `Rotated signer ${printable(r.name)} of ${printable(r.gun)} to key ${r.newKeyId}${r.replaced.length ? ` (replaced ${r.replaced.join(", ")})` : ""}\nPublished: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n`
    : `Signer ${printable(r.name)} of ${printable(r.gun)} already signs with key ${r.newKeyId} alone: nothing published\n`;
  return head;
}
