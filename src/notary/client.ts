/**
 * The Notary server's HTTP API (server/server.go routes): metadata by current name, checksum or
 * version, the server-held timestamp and snapshot keys, and the atomic multipart upload.
 * Authentication and transport bounds live in net/; this maps the server's answers to typed errors.
 */
import { randomBytes } from "node:crypto";
import { ServerError } from "../errors.js";
import { clipLine } from "../text.js";
import type { AccessScope } from "../net/auth.js";
import { displayUrl, type HttpRequest, type HttpResponse } from "../net/http.js";
import type { PublicKey } from "../tuf/keys.js";
import { MAX_BYTES, unsignedLimit } from "./limits.js";

export type Send = (req: HttpRequest, access: AccessScope) => Promise<HttpResponse>;

export interface NotaryClientOptions {
  /** Server origin, e.g. `https://notary.example:4443`. */
  baseUrl: string;
  /** Globally unique name of the repository: `registry.example/app`, `docker.io/library/alpine`. */
  gun: string;
  send: Send;
}

export interface GetOptions {
  /** Fetch `<role>.<hex>.json` by its sha256. */
  sha256Hex?: string;
  /** Fetch `<version>.<role>.json`. */
  version?: number;
  /** Exact signed length when known; the read is bounded by it. */
  length?: number;
  signal?: AbortSignal;
}

interface ServerErrorBody {
  code?: string;
  message?: string;
  detail?: unknown;
}

export class NotaryClient {
  readonly baseUrl: string;
  readonly gun: string;
  private readonly send: Send;
  /** Requests sent, for summaries and benchmarks. */
  requests = 0;
  /**
   * Roles whose current file was answered 404 without a Notary server's own error code
   * (METADATA_NOT_FOUND): by a server that is no Notary server, most often the registry on the same
   * host (https://<registry> is the default Notary server) with no content trust behind it.
   */
  readonly #foreign404 = new Set<string>();

  constructor(opts: NotaryClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
    this.gun = opts.gun;
    this.send = opts.send;
  }

  private url(file: string): string {
    return `${this.baseUrl}/v2/${this.gun}/_trust/tuf/${file}`;
  }

  /** A metadata file, or undefined when the server has none (404). */
  async getMetadata(role: string, opts: GetOptions = {}): Promise<Uint8Array | undefined> {
    const file =
      opts.sha256Hex !== undefined
        ? `${role}.${opts.sha256Hex}.json`
        : opts.version !== undefined
          ? `${opts.version}.${role}.json`
          : `${role}.json`;
    const maxBytes = opts.length ?? unsignedLimit(role);
    // The current file changes with every publish: a cache on the way (notary-server allows 300 s)
    // must ask the server. Files by hash or version never change and may come from a cache.
    const current = opts.sha256Hex === undefined && opts.version === undefined;
    const headers = current ? { "cache-control": "no-cache" } : undefined;
    const res = await this.request(
      {
        method: "GET",
        url: this.url(file),
        maxBytes,
        ...(headers ? { headers } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      "pull",
    );
    // Only the current file's answer says whether the repository is there at all.
    const foreign = res.status === 404 && parseErrorBody(res.body)?.code !== "METADATA_NOT_FOUND";
    if (current) {
      if (foreign) this.#foreign404.add(role);
      else this.#foreign404.delete(role);
    }
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.failure(res, `GET ${file}`);
    return res.body;
  }

  /** Whether `role` was answered 404 by something that is not a Notary server (see #foreign404). */
  notFoundByOtherServer(role: string): boolean {
    return this.#foreign404.has(role);
  }

  /** The server-held public key of `timestamp` or `snapshot` (created by the server if it has none). */
  async getServerKey(role: "timestamp" | "snapshot"): Promise<PublicKey> {
    const res = await this.request(
      { method: "GET", url: this.url(`${role}.key`), maxBytes: MAX_BYTES.key },
      "pull,push",
    );
    if (res.status !== 200) throw this.failure(res, `GET ${role}.key`);
    let parsed: { keytype?: unknown; keyval?: { public?: unknown } };
    try {
      parsed = JSON.parse(new TextDecoder().decode(res.body)) as typeof parsed;
    } catch {
      throw new ServerError("BAD_RESPONSE", `${this.where()} answered GET ${role}.key with something that is not JSON`);
    }
    if (typeof parsed?.keytype !== "string" || typeof parsed.keyval?.public !== "string") {
      throw new ServerError("BAD_RESPONSE", `${this.where()} answered GET ${role}.key without a public key`);
    }
    return { type: parsed.keytype, public: parsed.keyval.public };
  }

  /** One atomic upload of role files (`root`, `targets`, `targets/releases`, …). */
  async publish(files: ReadonlyMap<string, Uint8Array>, signal?: AbortSignal): Promise<void> {
    const boundary = randomBytes(30).toString("hex");
    const parts: Buffer[] = [];
    for (const [role, bytes] of files) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        // A view of the role's bytes, not a copy: Buffer.concat below makes the one copy sent.
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        Buffer.from("\r\n"),
      );
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const res = await this.request(
      {
        method: "POST",
        url: this.url(""),
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: Buffer.concat(parts),
        maxBytes: MAX_BYTES.error,
        ...(signal ? { signal } : {}),
      },
      "pull,push",
    );
    if (res.status === 500) throw this.uploadUnconfirmed(res, `POST ${[...files.keys()].join(", ")}`);
    if (res.status !== 200) throw this.failure(res, `POST ${[...files.keys()].join(", ")}`);
  }

  /**
   * A 500 to an upload: the server failed while storing it. notary-server on PostgreSQL answers a
   * lost race (another upload of the same version committed first) this way instead of 400
   * VERSION, as its storage only recognises MySQL's duplicate-key error. Only re-reading can tell
   * a lost race, an upload that landed, and a server failure apart.
   */
  private uploadUnconfirmed(res: HttpResponse, what: string): ServerError {
    const code = parseErrorBody(res.body)?.code;
    return new ServerError(
      "UPLOAD_UNCONFIRMED",
      `${this.where()}: ${what} failed with HTTP 500${code ? ` (${code})` : ""}`,
      {
        status: 500,
        url: displayUrl(res.url),
        hint: "the Notary server or its database is failing, or another writer published at the same moment; retry later",
      },
    );
  }

  private async request(req: HttpRequest, access: AccessScope): Promise<HttpResponse> {
    this.requests++;
    return this.send(req, access);
  }

  private where(): string {
    return `${this.gun} on ${this.baseUrl}`;
  }

  /** Maps a non-success answer to one line naming the request, the server's code and its detail. */
  failure(res: HttpResponse, what: string): ServerError {
    const body = parseErrorBody(res.body);
    const code = body?.code;
    const url = displayUrl(res.url);
    const status = res.status;
    if (status === 400 && code === "VERSION") {
      return new ServerError(
        "VERSION_CONFLICT",
        `${this.where()}: ${what} lost a race: a newer version is already published`,
        { status, url },
      );
    }
    if (status === 400 && code === "INVALID_UPDATE") {
      return new ServerError("INVALID_UPDATE", `${this.where()} rejected ${what}: ${describeDetail(body?.detail)}`, {
        status,
        url,
        detailName: detailNameOf(body?.detail),
      });
    }
    if (status === 404) {
      return new ServerError("NOT_FOUND", `${this.where()}: ${what} answered 404 (${code ?? "not found"})`, {
        status,
        url,
      });
    }
    if (status >= 500) {
      const tried = res.attempts ? ` (tried ${res.attempts} times)` : "";
      return new ServerError(
        "SERVER_UNAVAILABLE",
        `${this.where()}: ${what} failed with HTTP ${status}${code ? ` (${code})` : ""}${tried}`,
        {
          status,
          url,
          hint: "the Notary server or its signer is failing; retry later",
        },
      );
    }
    const message = body?.message ? `: ${truncate(body.message)}` : "";
    // A TLS server (Go's among them) answers 400 to a request in plain HTTP, in plain text: a JSON
    // error is a plain-HTTP Notary server's own.
    const plainToTls = status === 400 && url.startsWith("http:") && body === undefined;
    return new ServerError(
      "BAD_STATUS",
      `${this.where()}: ${what} answered HTTP ${status}${code ? ` ${code}` : ""}${message}`,
      {
        status,
        url,
        serverCode: code,
        ...(plainToTls
          ? { hint: "a server that speaks TLS answers 400 to plain HTTP: if it does, use its https:// URL" }
          : {}),
      },
    );
  }
}

/**
 * The first error of a notary-server error body. Its `code` is kept only when it is a code
 * (`VERSION`, `INVALID_UPDATE`, `DENIED`): it is quoted whole and decided on. Its message and
 * detail are quoted clipped, and, as every message, without the run's secrets (redaction.ts): a
 * server or a proxy in front of it may repeat the request, Authorization header included.
 */
function parseErrorBody(body: Uint8Array): ServerErrorBody | undefined {
  let first: unknown;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, MAX_BYTES.error))) as { errors?: unknown };
    first = Array.isArray(parsed?.errors) ? parsed.errors[0] : undefined;
  } catch {
    return undefined;
  }
  if (!first || typeof first !== "object") return undefined;
  const { code, message, detail } = first as { code?: unknown; message?: unknown; detail?: unknown };
  return {
    ...(typeof code === "string" && /^[A-Z_]{1,64}$/.test(code) ? { code } : {}),
    ...(typeof message === "string" ? { message } : {}),
    ...(detail !== undefined ? { detail } : {}),
  };
}

function truncate(s: string): string {
  return clipLine(s, 300);
}

/** The `Name` of a validation error detail (`ErrBadTargets`), if it is a plain identifier. */
function detailNameOf(detail: unknown): string | undefined {
  const name = detail && typeof detail === "object" ? (detail as { Name?: unknown }).Name : undefined;
  return typeof name === "string" && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) ? name : undefined;
}

/** `{"Name":"ErrBadTargets","Error":{"Msg":"…"}}` → `ErrBadTargets: …`. */
function describeDetail(detail: unknown): string {
  if (detail && typeof detail === "object") {
    const d = detail as { Name?: unknown; Error?: unknown };
    const inner = d.Error && typeof d.Error === "object" ? (d.Error as Record<string, unknown>) : undefined;
    const msg = inner
      ? typeof inner.Msg === "string"
        ? inner.Msg
        : JSON.stringify(inner)
      : typeof d.Error === "string"
        ? d.Error
        : "";
    if (typeof d.Name === "string") return truncate(`${d.Name}${msg ? `: ${msg}` : ""}`);
  }
  return truncate(typeof detail === "string" ? detail : JSON.stringify(detail ?? "invalid update"));
}
