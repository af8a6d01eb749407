/**
 * Registry reads and writes beyond resolving a manifest: blobs by digest, blob upload (monolithic:
 * POST an upload, PUT its Location with `digest=`), manifest PUT by tag, and a manifest that may be
 * absent. Writes ask for push scope with the same credentials. Each write is bounded in size and
 * time (the transport's deadline) and retried a bounded number of times on 408, 429, 5xx and
 * network failures: both writes are idempotent (a blob is named by its digest, a manifest PUT
 * by tag with the same bytes lands the same manifest).
 */
import { sha256Digest } from "../sha256.js";
import { RETRYABLE_CODES } from "../error-codes.js";
import { ServerError } from "../errors.js";
import { displayUrl, type HttpResponse } from "../net/http.js";
import { RetriesExhaustedError, isRetryableStatus, triedTimes } from "../net/retry.js";
import { registryError, type RegistryClient, type ResolvedManifest } from "./client.js";
import type { ImageReference } from "./reference.js";
import { sleep as waitFor } from "../event-loop.js";

export interface WriteOptions {
  /** Attempts per write, 4 by default. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/** The manifest at `tag`, or undefined when the registry has none (404). */
export async function manifestIfPresent(
  client: RegistryClient,
  ref: ImageReference,
  tag: string,
): Promise<ResolvedManifest | undefined> {
  try {
    return await client.resolve({ ...withoutPin(ref), tag });
  } catch (err) {
    if (err instanceof ServerError && err.code === "MANIFEST_UNKNOWN") return undefined;
    throw err;
  }
}

/** GET a blob (at most maxBytes); undefined on 404. The caller checks the digest: a mismatch is evidence. */
export async function getBlob(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const session = await client.authSession(ref);
  const url = `${session.baseUrl}/v2/${ref.repository}/blobs/${digest}`;
  const res = await session.request({ method: "GET", url, maxBytes }, "pull");
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw registryError(ref, res, "GET", url);
  return res.body;
}

/** Uploads `bytes` as a blob unless the repository has it already; returns its digest. */
export async function pushBlob(
  client: RegistryClient,
  ref: ImageReference,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Promise<string> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new RangeError(`blob of ${bytes.byteLength} bytes is more than ${MAX_UPLOAD_BYTES}`);
  const digest = sha256Digest(bytes);
  const session = await client.authSession(ref);
  const blobUrl = `${session.baseUrl}/v2/${ref.repository}/blobs/${digest}`;
  return retried(options, async () => {
    const head = await session.request({ method: "HEAD", url: blobUrl, maxBytes: 0 }, "pull,push");
    if (head.status === 200) return digest;
    const startUrl = `${session.baseUrl}/v2/${ref.repository}/blobs/uploads/`;
    const start = await session.request(
      { method: "POST", url: startUrl, headers: { "content-length": "0" }, maxBytes: 64 * 1024 },
      "pull,push",
    );
    if (start.status !== 202 || !start.headers["location"]) return fail(ref, start, "POST", startUrl);
    const location = new URL(start.headers["location"], startUrl);
    location.searchParams.set("digest", digest);
    const put = await session.request(
      {
        method: "PUT",
        url: location.toString(),
        headers: { "content-type": "application/octet-stream" },
        body: bytes,
        maxBytes: 64 * 1024,
      },
      "pull,push",
    );
    if (put.status !== 201) return fail(ref, put, "PUT", location.toString());
    return digest;
  });
}

/** PUTs a manifest under `tag`; returns the digest the registry answered with (checked against the bytes). */
export async function putManifest(
  client: RegistryClient,
  ref: ImageReference,
  tag: string,
  bytes: Uint8Array,
  mediaType: string,
  options: WriteOptions = {},
): Promise<string> {
  const digest = sha256Digest(bytes);
  const session = await client.authSession(ref);
  const url = `${session.baseUrl}/v2/${ref.repository}/manifests/${tag}`;
  return retried(options, async () => {
    const res = await session.request(
      { method: "PUT", url, headers: { "content-type": mediaType }, body: bytes, maxBytes: 64 * 1024 },
      "pull,push",
    );
    if (res.status !== 201 && res.status !== 200) return fail(ref, res, "PUT", url);
    const claimed = res.headers["docker-content-digest"]?.trim().toLowerCase();
    if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
      throw new ServerError(
        "DIGEST_MISMATCH",
        `registry ${ref.registry} stored the manifest for ${ref.repository}:${tag} as ${claimed.slice(0, 80)}, but its bytes hash to ${digest}`,
        { url: displayUrl(url) },
      );
    }
    return digest;
  });
}

class RetryableAnswer extends Error {
  constructor(readonly error: ServerError) {
    super(error.message);
  }
}

function fail(ref: ImageReference, res: HttpResponse, method: string, url: string): never {
  const error = registryError(ref, res, method, url);
  throw isRetryableStatus(res.status) ? new RetryableAnswer(error) : error;
}

async function retried<T>(options: WriteOptions, run: () => Promise<T>): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const sleep = options.sleep ?? waitFor;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      // A read inside the write (a HEAD, a GET) that the transport already retried to the end.
      if (err instanceof RetriesExhaustedError) throw err;
      const retryable = err instanceof RetryableAnswer || (err instanceof ServerError && RETRYABLE_CODES.has(err.code));
      const error = err instanceof RetryableAnswer ? err.error : err;
      if (!retryable || attempt >= attempts) {
        if (retryable && error instanceof ServerError) throw triedTimes(error, attempt);
        throw error;
      }
      const backoff = Math.min(3000, 200 * 2 ** (attempt - 1));
      await sleep(Math.round(backoff / 2 + (random() * backoff) / 2));
    }
  }
}

function withoutPin(ref: ImageReference): ImageReference {
  const { digest: _digest, tag: _tag, ...rest } = ref;
  return rest;
}
