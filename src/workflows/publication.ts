/**
 * Publishing a change to a Notary repository the way the Go client recovers from races
 * (docs/notary-protocol.md §2, §9.2): plan the files from what the server serves, POST them in
 * one atomic upload, and on `400 VERSION` (another writer won) or a lost answer (timeout, 5xx)
 * re-read the repository and plan again, so that only our change is re-applied and nobody else's
 * is overwritten. A plan that comes out empty after a lost answer means our upload had landed. A
 * 500 to an upload (UPLOAD_UNCONFIRMED) is a lost race when the re-read shows another writer's
 * newer versions, and a failure otherwise. After publishing, `assertServed`
 * checks that the server's snapshot names exactly the bytes we uploaded: a server accepts bytes Go
 * would not write with 200 and then serves a broken repository.
 */
import { LOST_ANSWER_CODES } from "../error-codes.js";
import { formatMs } from "../net/http-parts.js";
import { ServerError, VerificationError } from "../errors.js";
import type { NotaryClient } from "../notary/client.js";
import { sha256Base64 } from "../tuf/file-meta.js";
import { hashOf, parseEnvelope, type Envelope } from "../tuf/metadata.js";
import type { TrustedSet } from "../tuf/trusted-set.js";
import type { Runtime } from "./runtime.js";

export interface PublicationPlan {
  /** Role → file bytes to upload; empty when there is nothing to change. */
  files: Map<string, Uint8Array>;
  /** Role → version of the file uploaded. */
  versions: Map<string, number>;
}

export interface PublicationDeps {
  notary: NotaryClient;
  /** Its clock bounds the publishing deadline; sleep and jitter space the retries. */
  runtime: Runtime;
}

export interface PublicationOptions<S, P extends PublicationPlan> {
  /** The state (usually a verified TrustedSet) the first plan is made from. */
  state: S;
  /** Plans the files from a state; `files` empty means nothing (more) to publish. */
  plan: (state: S) => Promise<P>;
  /** Re-reads the repository after a lost race or a lost answer. */
  reload: (previous: P) => Promise<S>;
  /** Attempts in all while other writers win races, default 40 (see RETRY_POLICY). */
  maxAttempts?: number;
  /** Time allowed for publishing, from the first attempt, default 3 minutes. */
  deadlineMs?: number;
  /** The change in messages: "our tags", "signer alice". */
  change?: string;
}

export interface Publication<S, P extends PublicationPlan> {
  /** The state the last plan was made from. */
  state: S;
  plan: P;
  /**
   * The change the server applied: the plan last uploaded when the last plan came out empty after
   * a lost answer (that upload had landed), otherwise `plan`. Report this one, not `plan`.
   */
  applied: P;
  /** False when the first plan was already empty (nothing to do). */
  published: boolean;
  attempts: number;
}

/**
 * The timestamp version a read-back must see at least: our publish made a new one, so a read
 * showing the version the last plan was made from (`timestampVersion`) is stale, not the answer.
 * After a lost answer the last plan comes out empty, and its state already shows our upload.
 */
export function minTimestampAfter(
  timestampVersion: number,
  publication: Pick<Publication<unknown, PublicationPlan>, "published" | "plan">,
): number {
  return timestampVersion + (publication.published && publication.plan.files.size > 0 ? 1 : 0);
}

/**
 * Why these numbers. A lost race (`VERSION`) means another writer made progress: with N writers
 * updating one role at once, each round lets about one through, so the last needs up to N attempts.
 * Those retries are bounded by time (3 minutes) and a generous count (40), with full-jitter
 * exponential backoff (a random wait up to 100 ms · 2^n, at most 5 s) so racers spread out instead
 * of colliding again. 30 processes signing into one role at once (test/integration/hostile-load)
 * needed up to 6 attempts with the old bound of 6 in all, and up to 7 with this policy: the old
 * bound failed such runs. A lost answer or a refusal is no progress by anyone: those stay bounded
 * by 6 attempts in all, as before.
 */
export const RETRY_POLICY = {
  maxAttempts: 40,
  maxFailures: 6,
  deadlineMs: 180_000,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
} as const;

export async function publishWithRetry<S, P extends PublicationPlan>(
  deps: PublicationDeps,
  opts: PublicationOptions<S, P>,
): Promise<Publication<S, P>> {
  const { sleep, random, log, now } = deps.runtime;
  const maxAttempts = opts.maxAttempts ?? RETRY_POLICY.maxAttempts;
  const start = now();
  const deadline = start + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
  let failures = 0;
  const change = opts.change ?? "our change";
  const { gun, baseUrl } = deps.notary;
  let state = opts.state;
  let answerLost = false;
  let sent: P | undefined;
  let rereadAfterRefusal = false;
  /** The last upload answered 500: its error and the versions it tried. */
  let unconfirmed: { err: ServerError; versions: ReadonlyMap<string, number> } | undefined;
  for (let attempt = 1; ; attempt++) {
    const plan = await opts.plan(state);
    if (plan.files.size === 0) {
      if (answerLost) log("Our earlier upload had landed");
      return { state, plan, applied: answerLost && sent ? sent : plan, published: answerLost, attempts: attempt };
    }
    if (unconfirmed) {
      // Another writer took a version we tried: the 500 was a lost race (no failure of the
      // server's); otherwise nobody wrote and the server failed.
      const { err, versions } = unconfirmed;
      unconfirmed = undefined;
      const raced = [...versions].some(([role, version]) => (plan.versions.get(role) ?? 0) > version);
      if (raced) log(`Another writer had published first; re-applying ${change}`);
      else if (++failures >= RETRY_POLICY.maxFailures)
        throw gaveUp(err, attempt - 1, gun, baseUrl, `${failures} failures with no other writer's progress`);
    }
    log(
      `Publishing ${[...plan.files.keys()].map((r) => `${r} v${plan.versions.get(r)}`).join(", ")} (attempt ${attempt})`,
    );
    sent = plan;
    try {
      await deps.notary.publish(plan.files);
      return { state, plan, applied: plan, published: true, attempts: attempt };
    } catch (err) {
      // A refusal of our roles' signatures or delegations may mean an admin changed the
      // delegations since we read them: re-read once, so we either succeed or fail with what the
      // repository now says (e.g. "signer key … is not a key of …"), not with a stale plan.
      const refused =
        err instanceof ServerError &&
        err.code === "INVALID_UPDATE" &&
        err.detailName === "ErrBadTargets" &&
        !rereadAfterRefusal;
      const retryable = err instanceof ServerError && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
      if (!retryable) throw mapPublishError(err, gun, baseUrl);
      if (refused) rereadAfterRefusal = true;
      // A 500 to an upload is counted as a failure only if the re-read shows no other writer.
      if (err.code === "UPLOAD_UNCONFIRMED") unconfirmed = { err, versions: plan.versions };
      else if (err.code !== "VERSION_CONFLICT") failures++;
      const delay = Math.round(
        random() * Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1)),
      );
      if (attempt >= maxAttempts || failures >= RETRY_POLICY.maxFailures || now() + delay > deadline) {
        const stop =
          attempt >= maxAttempts
            ? `the limit of ${maxAttempts} attempts`
            : failures >= RETRY_POLICY.maxFailures
              ? `${failures} failures with no other writer's progress`
              : `the time left for publishing (${formatMs(Math.max(0, Math.round((deadline - start) / 1000)) * 1000)})`;
        throw gaveUp(err, attempt, gun, baseUrl, stop);
      }
      if (isLostAnswer(err)) answerLost = true;
      log(
        err.code === "VERSION_CONFLICT"
          ? `Another writer published first; re-reading and re-applying ${change} in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
          : refused
            ? `The server refused our upload (${err.message}); re-reading the repository in case its delegations changed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
            : err.code === "UPLOAD_UNCONFIRMED"
              ? // No attempt number: whether there is another depends on what the re-read finds
                // (another writer: yes; nobody: a failure of the server, which may be the last allowed).
                `The server answered 500 to our upload, as a Notary server on PostgreSQL does to a lost race; re-reading the server in ${Math.round(delay)} ms to see whether it landed or another writer published first`
              : `The answer to our upload was lost (${err.code}); re-reading the server to see whether it landed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await sleep(delay);
      state = await opts.reload(plan);
    }
  }
}

/** The upload may or may not have been applied (error-codes.ts LOST_ANSWER_CODES). */
function isLostAnswer(err: ServerError): boolean {
  return LOST_ANSWER_CODES.has(err.code);
}

/** `stop`: what ended the attempts (their limit, the failures, or the time left). */
function gaveUp(err: ServerError, attempts: number, gun: string, baseUrl: string, stop: string): ServerError {
  return new ServerError(
    "PUBLISH_FAILED",
    `${gun}: gave up after ${attempts} attempts to publish to ${baseUrl}, stopped by ${stop} (${err.message})`,
    {
      cause: err,
      hint:
        err.code === "VERSION_CONFLICT"
          ? "other writers kept updating the same roles, or the server (or a proxy before it) refuses every version; run it again, and if it fails the same way check the server's log"
          : "the server keeps failing; run it again",
    },
  );
}

/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
export function mapPublishError(err: unknown, gun: string, server: string): unknown {
  if (err instanceof ServerError && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadHierarchy") {
    return new ServerError(
      "SNAPSHOT_KEY_REQUIRED",
      `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`,
      {
        cause: err,
        hint: `hand the snapshot key to the server once with: notary key rotate ${gun} snapshot -r`,
      },
    );
  }
  return err;
}

/**
 * Checks a freshly loaded repository against what we uploaded: for each role, the snapshot names
 * the sha256 of our bytes and the role was read back and verified. A role that another writer has
 * since moved to a higher version is skipped (checks on its content still apply to the caller).
 * `versions` (role → version uploaded, as planned) saves parsing each uploaded file again.
 */
export function assertServed(
  set: TrustedSet,
  uploaded: ReadonlyMap<string, Uint8Array>,
  versions?: ReadonlyMap<string, number>,
): void {
  for (const [role, bytes] of uploaded) {
    const type = role === "root" ? "Root" : "Targets";
    const ours = versions?.get(role) ?? parseEnvelope(bytes, type, role).signed.version;
    const served: Envelope | undefined = role === "root" ? set.root : set.targets.get(role);
    if (served && served.signed.version > ours) continue;
    const meta = set.snapshot?.signed.meta.get(role);
    if (!meta || hashOf(meta, "sha256") !== sha256Base64(bytes)) {
      throw new VerificationError(
        "SERVED_MISMATCH",
        `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`,
        {
          hint: "run it again; if it persists, report it with the server version",
        },
      );
    }
    if (!served)
      throw new VerificationError(
        "SERVED_MISMATCH",
        `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`,
      );
  }
}
