/**
 * OCI distribution client: resolve a tag or digest to the exact manifest bytes a registry serves,
 * with their sha256 digest, size and media type (what a Notary target signs, docs/notary-protocol.md §8). The
 * digest is computed here and checked against what was asked for and what the registry claims.
 */
import { createHash } from "node:crypto";
import { sha256Digest } from "../sha256.js";
import { ServerError } from "../errors.js";
import { AuthSession } from "../net/auth.js";
import type { ResolvedCredentials } from "../net/credentials.js";
import { displayUrl, type HttpResponse, type Transport } from "../net/http.js";
import { isLoopbackHost } from "../net/proxy.js";
import { listedAsInsecure, parseInsecureRegistries } from "./insecure.js";
import { formatReference, type ImageReference } from "./reference.js";

export const MEDIA_TYPES = {
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
} as const;

const ACCEPT = Object.values(MEDIA_TYPES).join(", ");
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;

export interface ResolvedManifest {
  /** "sha256:<hex>" of `bytes`. */
  digest: string;
  /** Byte length of `bytes`: the Notary target length. */
  size: number;
  /** From Content-Type, else the manifest's own `mediaType`, else "". */
  mediaType: string;
  bytes: Uint8Array;
}

export interface RegistryClientOptions {
  transport: Transport;
  /** Credentials for a registry ("docker.io", "127.0.0.1:5000"); called once per repository. */
  credentials?: (registry: string) => Promise<ResolvedCredentials | undefined>;
  /**
   * Registries (host[:port] as in the reference) spoken to over plain http. Loopback registries
   * (localhost, 127.0.0.0/8, ::1) need no entry: HTTPS is tried first, then plain HTTP, as docker does.
   */
  insecureHosts?: string[];
  /** Clock for token expiry (tests). */
  now?: () => number;
}

export interface ResolveOptions {
  /** Overrides scheme and host for this call ("http://127.0.0.1:5000"). */
  baseUrl?: string;
  signal?: AbortSignal;
}

export class RegistryClient {
  private readonly transport: Transport;
  private readonly credentials: RegistryClientOptions["credentials"];
  private readonly insecureHosts: Set<string>;
  private readonly now: (() => number) | undefined;
  private readonly sessions = new Map<string, Promise<AuthSession>>();
  /** Loopback registries found to speak plain HTTP. */
  private readonly plainLoopback = new Set<string>();

  constructor(options: RegistryClientOptions) {
    this.transport = options.transport;
    this.credentials = options.credentials;
    this.insecureHosts = new Set(parseInsecureRegistries(options.insecureHosts ?? []));
    this.now = options.now;
  }

  /** https://<apiHost>, or http:// for a host listed in insecureHosts. */
  baseUrlFor(ref: ImageReference): string {
    const insecure = listedAsInsecure(ref, this.insecureHosts) || this.plainLoopback.has(ref.apiHost.toLowerCase());
    return `${insecure ? "http" : "https"}://${ref.apiHost}`;
  }

  /**
   * GET the manifest for the reference's digest (when it has one) or tag ("latest" when neither),
   * accepting Docker and OCI manifests and indexes, and check its digest.
   */
  async resolve(ref: ImageReference, options: ResolveOptions = {}): Promise<ResolvedManifest> {
    const baseUrl = (options.baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, "");
    try {
      return await this.resolveAt(baseUrl, ref, options);
    } catch (err) {
      if (!(err instanceof ServerError) || err.code !== "PLAIN_HTTP" || options.baseUrl) throw err;
      if (!isLoopbackHost(new URL(baseUrl).hostname)) {
        throw new ServerError(
          "REGISTRY_PLAIN_HTTP",
          `registry ${ref.registry} speaks plain HTTP, and plain HTTP is used only for loopback registries and the ones listed as insecure`,
          {
            ...(err.url ? { url: err.url } : {}),
            cause: err,
            hint: `list ${ref.registry} as an insecure registry`,
          },
        );
      }
      // Docker's rule for loopback registries: HTTPS first, then plain HTTP.
      this.plainLoopback.add(ref.apiHost.toLowerCase());
      return this.resolveAt(this.baseUrlFor(ref), ref, options);
    }
  }

  private async resolveAt(baseUrl: string, ref: ImageReference, options: ResolveOptions): Promise<ResolvedManifest> {
    const session = await this.session(baseUrl, ref);
    const target = ref.digest ?? ref.tag ?? "latest";
    const shownRef = formatReference({ name: ref.name, ...(ref.digest ? { digest: ref.digest } : { tag: target }) });
    const url = `${baseUrl}/v2/${ref.repository}/manifests/${target}`;
    const res = await session.request(
      {
        method: "GET",
        url,
        headers: { accept: ACCEPT },
        maxBytes: MANIFEST_MAX_BYTES,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      "pull",
    );
    if (res.status === 404) {
      const code = registryErrorCode(res.body);
      throw new ServerError(
        "MANIFEST_UNKNOWN",
        `${shownRef} not found in the registry${code === "NAME_UNKNOWN" ? ` (no repository ${ref.repository})` : ""}`,
        {
          status: 404,
          url: displayUrl(url),
          hint: "push the image first, or check the name and tag",
        },
      );
    }
    if (res.status !== 200) throw registryError(ref, res, "GET", url);
    const digest = sha256Digest(res.body);
    if (ref.digest !== undefined && ref.digest !== digest) {
      throw mismatch(shownRef, `asked for ${ref.digest}`, digest, url);
    }
    const claimed = res.headers["docker-content-digest"]?.trim();
    if (claimed) {
      const algorithm = claimed.split(":")[0]!.toLowerCase();
      if (["sha256", "sha384", "sha512"].includes(algorithm)) {
        const ours =
          algorithm === "sha256" ? digest : `${algorithm}:${createHash(algorithm).update(res.body).digest("hex")}`;
        if (claimed.toLowerCase() !== ours)
          throw mismatch(shownRef, `Docker-Content-Digest ${claimed.slice(0, 140)}`, ours, url);
      }
    }
    return {
      digest,
      size: res.body.byteLength,
      mediaType: mediaTypeOf(res.headers["content-type"], res.body),
      bytes: res.body,
    };
  }

  /** The authenticated session for the reference's repository (writes ask it for push scope). */
  authSession(ref: ImageReference, baseUrl?: string): Promise<AuthSession> {
    return this.session((baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, ""), ref);
  }

  private session(baseUrl: string, ref: ImageReference): Promise<AuthSession> {
    const key = `${baseUrl} ${ref.repository}`;
    let session = this.sessions.get(key);
    if (!session) {
      session = (async () => {
        const credentials = this.credentials ? await this.credentials(ref.registry) : undefined;
        return new AuthSession({
          transport: this.transport,
          baseUrl,
          repository: ref.repository,
          ...(credentials ? { credentials } : {}),
          ...(this.now ? { now: this.now } : {}),
        });
      })();
      session.catch(() => this.sessions.delete(key));
      this.sessions.set(key, session);
    }
    return session;
  }
}

/**
 * A registry's answer that is not what was asked for: the status, the registry's error code and
 * the request. A write the registry refuses outright (405, UNSUPPORTED) says so in its hint.
 */
export function registryError(ref: ImageReference, res: HttpResponse, method: string, url: string): ServerError {
  const code = registryErrorCode(res.body);
  const refusedWrite = method !== "GET" && method !== "HEAD" && (res.status === 405 || code === "UNSUPPORTED");
  return new ServerError(
    "REGISTRY_ERROR",
    `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to ${method} ${displayUrl(url)}`,
    {
      status: res.status,
      url: displayUrl(url),
      ...(refusedWrite
        ? {
            hint: "the registry refuses writes here; cosign signatures need a registry that accepts pushes to this repository",
          }
        : {}),
    },
  );
}

function mismatch(shownRef: string, expected: string, actual: string, url: string): ServerError {
  return new ServerError(
    "DIGEST_MISMATCH",
    `manifest of ${shownRef} does not match: ${expected}, but the bytes served hash to ${actual}`,
    {
      url: displayUrl(url),
      hint: "the registry or a proxy altered the manifest; do not sign it",
    },
  );
}

/** A media type (RFC 6838 names); anything else a registry sends is not repeated in logs or outputs. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

function mediaTypeOf(contentType: string | undefined, body: Uint8Array): string {
  const fromHeader = contentType?.split(";")[0]!.trim().toLowerCase();
  const valid = (t: string | undefined) => (t !== undefined && MEDIA_TYPE.test(t) ? t : "");
  if (fromHeader && fromHeader !== "application/json" && fromHeader !== "application/octet-stream")
    return valid(fromHeader);
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { mediaType?: unknown };
    if (typeof parsed.mediaType === "string") return valid(parsed.mediaType);
  } catch {
    // not JSON: keep what the header said
  }
  return valid(fromHeader);
}

/** The first `errors[].code` of a distribution error body, if it is one (never more of the body). */
function registryErrorCode(body: Uint8Array): string | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, 64 * 1024))) as {
      errors?: Array<{ code?: unknown }>;
    };
    const code = parsed.errors?.[0]?.code;
    return typeof code === "string" && /^[A-Z_]{1,64}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
