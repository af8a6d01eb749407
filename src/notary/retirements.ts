/**
 * Notary v1 services with a published end: after it, their trust data can no longer be read or
 * published, and every run against them fails. A run against one of them says so while there is
 * time to move (from NOTICE_BEFORE_MS before the end) and after it, so that a failing run explains
 * itself. After the end, a root the service shows for the first time is not trusted (the host may
 * no longer be the publisher's), and a failure against it is reported as the end; a run with a root
 * stored or pinned before goes on while the service still answers.
 */
import { TrustError } from "../errors.js";
import { DAY_MS } from "../tuf/lifetimes.js";
import { setting, step } from "../wording.js";

interface Retirement {
  /** The service, as a person knows it. */
  service: string;
  /** The day the service ends (UTC, YYYY-MM-DD), as its operator announced it. */
  endsOn: string;
  /** Whether a Notary server host is this service's. */
  serves(host: string): boolean;
}

const RETIREMENTS: readonly Retirement[] = [
  {
    service: "Docker Hub's Notary service (notary.docker.io)",
    endsOn: "2026-12-08",
    serves: (host) => host === "notary.docker.io",
  },
  {
    // Every Azure cloud's registries, whose Notary server is the registry itself.
    service: "Azure Container Registry's content trust",
    endsOn: "2028-03-31",
    serves: (host) => /\.azurecr\.(io|us|cn)$/.test(host),
  },
];

/** How long before a service's end its runs start saying so. */
export const NOTICE_BEFORE_MS = 90 * DAY_MS;

/**
 * What the run does with the server, for the advice: signs (sign, and the admin commands that
 * publish), signs with cosign signatures as well (a sign with oci-signature cosign), verifies
 * images, inspects a repository, or copies its signed tags to cosign (migrate).
 */
export type ServerUse = "publish" | "dual-publish" | "verify" | "inspect" | "migrate";

/** The service a Notary server URL belongs to and when it ends, if it has an announced end. */
export function serviceEnd(serverUrl: string): { service: string; endsOn: string; endsAt: number } | undefined {
  let host: string;
  try {
    // A fully qualified name's trailing dot names the same host.
    host = new URL(serverUrl).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined;
  }
  const retirement = RETIREMENTS.find((r) => r.serves(host));
  if (!retirement) return undefined;
  return { ...retirement, endsAt: Date.parse(`${retirement.endsOn}T00:00:00Z`) };
}

/**
 * A warning for a run against `serverUrl` at `now`, or undefined when its service has no end in
 * sight. `subject` is the repository, for the migrate step.
 */
export function retirementNotice(serverUrl: string, now: number, use: ServerUse, subject?: string): string | undefined {
  const retirement = serviceEnd(serverUrl);
  if (!retirement) return undefined;
  const { endsAt } = retirement;
  if (now < endsAt - NOTICE_BEFORE_MS) return undefined;
  const guide = 'see "Leaving Notary v1" in the README of content-trust-action';
  const dualSign = `sign new releases with cosign signatures as well (${setting("oci-signature")} cosign)`;
  const backfill = `copy the signed tags to cosign signatures with ${step("migrate", subject)}`;
  const verifyCosign = `verify cosign signatures where their publisher makes them (${setting("accept")} cosign or any, with ${setting("cosign-key")}), and list the images nobody signs that way in ${setting("allow-unsigned")}`;
  if (now >= endsAt) {
    const cosignOnly = `sign with cosign signatures only (${setting("oci-signature")} cosign-only), which asks no Notary server`;
    const instead = {
      publish: cosignOnly,
      "dual-publish": cosignOnly,
      // After the end, `any` still asks the ended service first for a repository whose root is kept.
      verify: `verify cosign signatures where their publisher makes them (${setting("accept")} cosign, with ${setting("cosign-key")}), and list the images nobody signs that way in ${setting("allow-unsigned")}`,
      inspect: `the cosign signatures of the same images are checked by verify with ${setting("accept")} cosign`,
      migrate: "what was copied before stays as cosign signatures; the rest of the history cannot be read any more",
    }[use];
    return `${retirement.service} ended on ${retirement.endsOn}: nothing can be published there, its trust data may no longer be readable, and a failure of this run may be that; ${instead} (${guide})`;
  }
  const days = Math.ceil((endsAt - now) / DAY_MS);
  const meanwhile = {
    publish: `${dualSign} now and ${backfill}`,
    "dual-publish": `${backfill} if that is not done, and switch to ${setting("oci-signature")} cosign-only on that day`,
    verify: `move this check before then: ${verifyCosign}`,
    // Whoever inspects may only use the images: copying their history needs the publisher's key.
    inspect: `if you publish this repository, ${backfill} before then; if you use its images, ${verifyCosign}`,
    migrate: `run this copy again after the last release signed in Notary, and ${dualSign} until then`,
  }[use];
  return `${retirement.service} ends on ${retirement.endsOn}, in ${days} day${days === 1 ? "" : "s"}: after that its trust data can no longer be read or published; ${meanwhile} (${guide})`;
}

/** The service of a Notary server URL when it has ended by `now`; undefined otherwise. */
export function endedService(serverUrl: string, now: number): { service: string; endsOn: string } | undefined {
  const end = serviceEnd(serverUrl);
  return end && now >= end.endsAt ? { service: end.service, endsOn: end.endsOn } : undefined;
}

const AFTER_THE_END_FOR_CHECKS = `verify the image's cosign signatures where its publisher makes them (${setting("accept")} cosign, with ${setting("cosign-key")}), or list it in ${setting("allow-unsigned")}; see "Leaving Notary v1" in the README of content-trust-action`;
const AFTER_THE_END = `sign with cosign signatures only (${setting("oci-signature")} cosign-only) and verify them (${setting("accept")} cosign, with ${setting("cosign-key")}); see "Leaving Notary v1" in the README of content-trust-action`;

/**
 * A repository's trust data asked of a service that has ended. Without `cause`: no root of it is
 * stored or pinned, and nothing it shows can be told from a stranger's, so its root is not trusted
 * on first use. With `cause`, what failed is reported as the end it most likely is.
 */
export function serviceEndedError(
  ended: { service: string; endsOn: string },
  subject: string,
  cause?: unknown,
  use: ServerUse = "publish",
): TrustError {
  // A check or a look at images is told what a reader can do: the publisher's cosign signatures,
  // or none; only a publisher is told how to sign.
  const instead = use === "verify" || use === "inspect" ? AFTER_THE_END_FOR_CHECKS : AFTER_THE_END;
  // The cause's message without its hint: its advice (create the repository, retry later) is the
  // one this replaces.
  const what =
    cause === undefined
      ? `a root first seen now is not trusted on first use, and ${subject} has none stored or pinned`
      : `reading ${subject} failed: ${cause instanceof Error ? cause.message : "an answer that is no error"}`;
  return new TrustError("SERVICE_ENDED", `${ended.service} ended on ${ended.endsOn}: ${what}`, {
    ...(cause === undefined ? {} : { cause }),
    hint:
      cause === undefined
        ? `${instead}; while the service still answers, the repository can be read with its root key ID pinned (${setting("root-key-id")})`
        : instead,
  });
}
