/**
 * The verdict for one image against trust data we loaded and verified, and the reason code for a
 * repository that could not be loaded. Docker's rules (docs/notary-protocol.md §7): a tag is trusted only when
 * released, in `targets/releases` (first) or `targets`; its signers are the other roles holding the
 * same tag with the same digest. A delegation that failed verification was skipped by loadTrust (as
 * Docker skips it); when the answer depends on it, the reason is that failure, not "not signed".
 */
import { ACCESS_CODES, UNREACHABLE_CODES } from "../error-codes.js";
import { ExpiredError, RollbackError, ServerError, TrustError, VerificationError, describeError } from "../errors.js";
import { digestHex } from "../digest.js";
import type { ImageReference } from "../registry/reference.js";
import {
  RELEASES,
  REPO_ADMIN,
  allTargets,
  isReleasedRole,
  naturalCompare,
  releasedTarget,
  signedTags,
  signerName,
} from "../tuf/docker.js";
import type { TrustedSet } from "../tuf/trusted-set.js";
import type { LoadedTrust } from "./load-trust.js";
import { setting, step } from "../wording.js";
import { rootRecovery } from "../tuf/root-trust.js";

export type ReasonCode =
  | "OK"
  | "ALLOWED_UNSIGNED"
  | "NO_TRUST_DATA"
  | "TAG_NOT_SIGNED"
  | "DIGEST_MISMATCH"
  | "NO_SHA256"
  | "SIGNER_MISSING"
  | "EXPIRED"
  | "TAMPERED"
  | "SIGNERS_REMOVED"
  | "ROOT_CHANGED"
  | "ROOT_NOT_PINNED"
  /** The Notary service has ended (notary/retirements.ts): nothing it shows is trusted as new. */
  | "SERVICE_ENDED"
  | "UNREACHABLE"
  | "ACCESS_DENIED"
  | "INVALID_REFERENCE"
  | "ERROR"
  // cosign signatures (accept: cosign, any, all)
  | "COSIGN_NO_SIGNATURES"
  | "COSIGN_WRONG_KEY"
  | "COSIGN_PAYLOAD_TAMPERED"
  | "COSIGN_OTHER_DIGEST"
  | "COSIGN_OTHER_REPOSITORY"
  | "COSIGN_NOT_SIMPLE_SIGNING"
  | "COSIGN_NOT_COSIGN_PAYLOAD"
  | "COSIGN_MANIFEST_INVALID";

export interface Verdict {
  reason: ReasonCode;
  message: string;
  tag?: string;
  /** `sha256:…` the tag is released with. */
  digest?: string;
  signers: string[];
  /** Roles that hold the tag (or digest) although no released role does. */
  onlyIn?: string[];
}

/** Checks one reference (tag, tag@digest or @digest) against the loaded repository. */
export function checkImage(
  trust: Pick<LoadedTrust, "set" | "skipped">,
  ref: ImageReference,
  requiredSigners: readonly string[],
): Verdict {
  const { set } = trust;
  const subject = ref.tag ? `${set.gun}:${ref.tag}` : `${set.gun}@${ref.digest}`;
  const broken = (roles: string[]): Verdict | undefined => {
    for (const role of roles) {
      const skipped = set.targets.has(role) ? undefined : trust.skipped.get(role);
      if (!skipped) continue;
      const detail = describeError(skipped);
      if (skipped.code === "SIGNERS_REMOVED") {
        return { reason: "SIGNERS_REMOVED", message: `${subject}: ${detail}`, signers: [] };
      }
      return skipped instanceof ExpiredError
        ? {
            reason: "EXPIRED",
            message: `${subject}: ${detail}, so it is not trusted; its signer must sign it again to renew it`,
            signers: [],
          }
        : {
            reason: "TAMPERED",
            message: `${subject}: ${role} failed verification (${detail}); the trust data was altered on the server or on the way`,
            signers: [],
          };
    }
    return undefined;
  };

  let candidates: { tag: string; hex: string }[];
  if (ref.tag) {
    const released = releasedTarget(set, ref.tag);
    if (!released) {
      // The verdict is about the tag the reference names, signed or not.
      const verdict =
        broken([RELEASES]) ??
        notSigned(
          set,
          subject,
          allTargets(set, ref.tag).map((e) => e.role),
        );
      return { ...verdict, tag: ref.tag };
    }
    if (!released.digest) {
      // Go accepts a sha512-only entry (notary addhash --sha512); docker lists it with an empty
      // digest and cannot pull it by digest. It is not tampering, and it cannot be verified.
      return {
        reason: "NO_SHA256",
        message: `${subject} is released in ${released.role} with no sha256 digest (hashes: ${Object.keys(released.meta.hashes).join(", ") || "none"}), so it cannot be pulled or verified by digest; sign it again with ${step("sign", subject)}`,
        tag: ref.tag,
        signers: [],
      };
    }
    candidates = [{ tag: ref.tag, hex: released.digest }];
    if (ref.digest && ref.digest !== `sha256:${released.digest}`) {
      return {
        reason: "DIGEST_MISMATCH",
        message: `${subject} is signed as sha256:${released.digest}, not the pinned ${ref.digest}; update the pin if the new digest is expected, else find out who moved the tag`,
        tag: ref.tag,
        digest: `sha256:${released.digest}`,
        signers: signersOf(set, ref.tag, released.digest),
      };
    }
  } else {
    const hex = digestHex(ref.digest!);
    candidates = signedTags(set)
      .filter((t) => t.digest === hex)
      .map((t) => ({ tag: t.tag, hex }));
    if (candidates.length === 0) {
      const elsewhere = allTargets(set).filter((e) => e.digest === hex && !isReleasedRole(e.role));
      return (
        broken([RELEASES]) ??
        notSigned(
          set,
          subject,
          elsewhere.map((e) => `${e.role} (as ${e.tag})`),
          true,
        )
      );
    }
  }

  const missing = (c: { tag: string; hex: string }) =>
    requiredSigners
      .map(roleOf)
      .filter((role) => !allTargets(set, c.tag).some((e) => e.role === role && e.digest === c.hex));
  const chosen = candidates.find((c) => missing(c).length === 0);
  if (!chosen) {
    const c = candidates[0]!;
    const role = missing(c)[0]!;
    return {
      ...(broken([role]) ?? {
        reason: "SIGNER_MISSING" as const,
        message: signerMissing(set, c, role, subject),
        signers: [],
      }),
      tag: c.tag,
      digest: `sha256:${c.hex}`,
      signers: signersOf(set, c.tag, c.hex),
    };
  }
  const signers = signersOf(set, chosen.tag, chosen.hex);
  const also = candidates.length > 1 ? ` (tags ${candidates.map((c) => c.tag).join(", ")})` : "";
  return {
    reason: "OK",
    message: ref.tag
      ? `${subject} is signed as sha256:${chosen.hex} by ${signers.join(", ")}`
      : `${subject} is signed as tag ${chosen.tag}${also} by ${signers.join(", ")}`,
    tag: chosen.tag,
    digest: `sha256:${chosen.hex}`,
    signers,
  };
}

/** The reason a repository could not be loaded, knowing whether a stored root or a root-key-id pin was in force. */
export function classifyError(
  err: unknown,
  anchor: { stored: boolean; pinned: boolean },
  gun = "the repository",
): { reason: ReasonCode; message: string } {
  const message = describeError(err);
  if (err instanceof ServerError) {
    if (err.code === "NOT_INITIALISED") {
      return {
        reason: "NO_TRUST_DATA",
        message: `${err.message}: the repository has no Docker Content Trust data; ${err.foreignNotFound && err.hint ? `${err.hint}; ` : ""}sign it, verify its cosign signatures if its publisher makes them (${setting("accept")} cosign, with ${setting("cosign-key")}), or list it in ${setting("allow-unsigned")}`,
      };
    }
    if (err.code === "RESPONSE_TOO_LARGE")
      return { reason: "TAMPERED", message: `${message}; the server sent more than the signed length` };
    if (ACCESS_CODES.has(err.code)) return { reason: "ACCESS_DENIED", message };
    if (err.code === "PLAIN_HTTP") {
      // Most often the registry itself, taken as the Notary server by default (https://<registry>).
      const host = err.host ?? "the server";
      return {
        reason: "UNREACHABLE",
        message: `${err.message}; if ${host} is the registry, give its Notary server in ${setting("notary-server")} or ${setting("notary-servers")} (without them it is https://<registry host>); if it is the Notary server, give it there as http://${host}`,
      };
    }
    if (UNREACHABLE_CODES.has(err.code) || (err.status ?? 0) >= 500) {
      return {
        reason: "UNREACHABLE",
        message: err.hint
          ? message
          : `${message}; check ${setting("notary-server")} (or ${setting("notary-servers")}) and that the server is up`,
      };
    }
    return { reason: "ERROR", message };
  }
  if (err instanceof VerificationError) {
    if (err.code === "EXPIRED")
      return {
        reason: "EXPIRED",
        message: err.hint
          ? message
          : `${message}; the repository's trust data is stale (a frozen server, or a role nobody renewed)`,
      };
    const aboutRoot =
      err.code === "ROOT_TRUST" || err.code === "ROOT_CHANGED" || (err instanceof RollbackError && err.role === "root");
    if (aboutRoot && (anchor.stored || anchor.pinned)) {
      const hint = err.hint
        ? ""
        : anchor.stored
          ? `; it does not match the root trusted in an earlier run; ${rootRecovery(gun)}`
          : `; check ${setting("root-key-id")} against the Root Key that ${step("inspect", gun)} shows`;
      return { reason: "ROOT_CHANGED", message: message + hint };
    }
    return {
      reason: "TAMPERED",
      message: err.hint ? message : `${message}; the trust data was altered on the server or on the way`,
    };
  }
  if (err instanceof TrustError && ACCESS_CODES.has(err.code)) return { reason: "ACCESS_DENIED", message };
  if (err instanceof TrustError && err.code === "ROOT_NOT_PINNED") return { reason: "ROOT_NOT_PINNED", message };
  if (err instanceof TrustError && err.code === "SERVICE_ENDED") return { reason: "SERVICE_ENDED", message };
  return { reason: "ERROR", message };
}

/** Docker's signer names for a released (tag, digest); "Repo Admin" when only released roles hold it. */
function signersOf(set: TrustedSet, tag: string, hex: string): string[] {
  const names = allTargets(set, tag)
    .filter((e) => e.digest === hex && !isReleasedRole(e.role))
    .map((e) => signerName(e.role));
  const unique = [...new Set(names)];
  return unique.length ? unique : [REPO_ADMIN];
}

function roleOf(signer: string): string {
  return signer.startsWith("targets/") ? signer : `targets/${signer}`;
}

/** The loader's warning for a role it skipped because it failed verification. */
function notSigned(set: TrustedSet, subject: string, holders: string[], byDigest = false): Verdict {
  const onlyIn = [...new Set(holders)];
  if (onlyIn.length) {
    return {
      reason: "TAG_NOT_SIGNED",
      message: `${subject} is signed only in ${onlyIn.join(", ")}, which docker pull does not trust; release it into targets/releases with ${step("sign", subject)}`,
      signers: [],
      onlyIn,
    };
  }
  const tags = [...new Set(signedTags(set).map((t) => t.tag))].sort(naturalCompare);
  const shown = tags.length
    ? `signed tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""}`
    : "no tag is signed";
  return {
    reason: "TAG_NOT_SIGNED",
    message: byDigest
      ? `${subject}: no released tag of ${set.gun} is signed to this digest (${shown})`
      : `${subject} is not signed (${shown}); sign it with ${step("sign", subject)}`,
    signers: [],
  };
}

function signerMissing(set: TrustedSet, c: { tag: string; hex: string }, role: string, subject: string): string {
  const name = signerName(role);
  if (!set.delegations.has(role)) {
    const known = [...set.delegations.keys()].filter((r) => !isReleasedRole(r)).map(signerName);
    return `${subject}: required signer ${name} is not a signer of ${set.gun} (signers: ${known.join(", ") || "none"})`;
  }
  const other = allTargets(set, c.tag).find((e) => e.role === role);
  if (other)
    return `${subject}: required signer ${name} signed ${c.tag} as sha256:${other.digest}, not the released sha256:${c.hex}`;
  return `${subject}: required signer ${name} has not signed ${c.tag} (sha256:${c.hex})`;
}
