/**
 * An in-memory notary-server 0.7 for fast tests of the write path, after the routes of notary's
 * server/server.go and the handlers in server/handlers: metadata by role, by version and by sha256;
 * the server-held timestamp and snapshot keys (ed25519, as `trust_service: local` makes them),
 * made on demand; the atomic multipart upload checked as validate.ts describes, with the server
 * signing snapshot and timestamp; answers and JSON error bodies as the real server sends them.
 *
 * It is a transport-agnostic handler: `transport` plugs into anything that takes our
 * `Transport`/`Send` (in-process, no socket), and `listen()` serves it on a loopback port for
 * tests that need a real connection (a lost answer is a socket closed after the upload landed).
 * Tests steer it with `now` (its clock), `beforeUpload` (another writer lands between a client's
 * read and its upload) and `afterUpload` (drop or replace the answer of an upload that landed).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ServerError } from "../../../src/errors.js";
import type { HttpRequest, HttpResponse, Transport } from "../../../src/net/http.js";
import { newServerKey, type ServerKey } from "./crypto.js";
import { goSigned, goTime, goTimeMs, parseFile, type Json } from "./go-form.js";
import { parseMultipart, MultipartError } from "./multipart.js";
import { errorResponse, json, ok, type FakeResponse } from "./answers.js";
import { OldVersionError, RepositoryStore } from "./store.js";
import { fileMeta, serverSign } from "./server-signing.js";
import { validateUpdate, ValidationFailure, type Update, type ValidationContext } from "./validate.js";

export type { FakeResponse } from "./answers.js";
export { errorResponse } from "./answers.js";

/** A request as the handler sees it (our HttpRequest fits). */
export interface FakeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

export interface UploadEvent {
  gun: string;
  /** Role names uploaded, in the order sent. */
  roles: string[];
  response: FakeResponse;
}

/** What `afterUpload` may ask for: "drop" closes the connection without an answer. */
export type AfterUpload = "drop" | FakeResponse | undefined;

export interface FakeNotaryOptions {
  /** The server's clock in milliseconds (expiry checks, made snapshots and timestamps). */
  now?: () => number;
}

const ROLE = "root|targets(?:/[^/\\s]+)*|snapshot|timestamp";
const BY_HASH = new RegExp(`^(${ROLE})\\.([a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})\\.json$`);
const BY_VERSION = new RegExp(`^([1-9]*[0-9]+)\\.(${ROLE})\\.json$`);
const CURRENT = new RegExp(`^(${ROLE})\\.json$`);
const KEY = /^(snapshot|timestamp)\.key$/;
const VALID_ROLE = /^(root|targets|snapshot|timestamp|targets\/[-a-z0-9_]+(?:\/[-a-z0-9_]+)*)$/;

export class FakeNotaryServer {
  readonly now: () => number;
  private readonly repos = new Map<string, RepositoryStore>();
  /** Keys the server holds, by key ID (all repositories, as one signer would). */
  private readonly keys = new Map<string, ServerKey>();
  /** Every request answered: method, path and status. */
  readonly log: { method: string; path: string; status: number }[] = [];
  readonly uploads: UploadEvent[] = [];
  /**
   * Runs once before the next upload is validated (e.g. another writer publishes first); an answer
   * it returns is sent instead, and the upload is not applied (a server failing before commit).
   */
  beforeUpload: ((gun: string) => Promise<FakeResponse | void> | FakeResponse | void) | undefined;
  /** Called after each upload was handled; its answer replaces or drops the response. */
  afterUpload: ((event: UploadEvent) => AfterUpload) | undefined;
  private httpServer: http.Server | undefined;

  constructor(options: FakeNotaryOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /** The handler as our Transport: in-process, no socket. A dropped answer becomes an error. */
  readonly transport: Transport = async (req: HttpRequest): Promise<HttpResponse> => {
    const res = await this.handle(req);
    // What our transport (src/net/http.ts) reports when the connection closes before the answer.
    if (res === "drop")
      throw new ServerError(
        "CONNECTION_RESET",
        `connection closed while reading the response to ${req.method} ${req.url}`,
        { url: req.url },
      );
    return { status: res.status, headers: res.headers, body: new Uint8Array(res.body), url: req.url };
  };

  repository(gun: string): RepositoryStore {
    let repo = this.repos.get(gun);
    if (!repo) this.repos.set(gun, (repo = new RepositoryStore()));
    return repo;
  }

  /** One request; "drop" when a test asked for the answer to be lost. */
  async handle(req: FakeRequest): Promise<FakeResponse | "drop"> {
    const path = new URL(req.url, "http://fake").pathname;
    let res: FakeResponse | "drop";
    try {
      res = await this.route(req.method, path, req.headers ?? {}, Buffer.from(req.body ?? new Uint8Array()));
    } catch (err) {
      res = errorResponse("UNKNOWN", (err as Error).message);
    }
    this.log.push({ method: req.method, path, status: res === "drop" ? 0 : res.status });
    return res;
  }

  private async route(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer,
  ): Promise<FakeResponse | "drop"> {
    if (method === "GET" && (path === "/v2/" || path === "/_notary_server/health")) return json(200, {});
    const m = /^\/v2\/([^*]+)\/_trust\/tuf\/(.*)$/.exec(path);
    if (!m) return errorResponse("METADATA_NOT_FOUND");
    const gun = decodeURIComponent(m[1]!);
    const file = m[2]!;
    if (file === "") {
      if (method === "POST") return this.upload(gun, headers, body);
      if (method === "DELETE") {
        this.repos.delete(gun);
        return ok(Buffer.alloc(0));
      }
      return errorResponse("METADATA_NOT_FOUND");
    }
    const key = KEY.exec(file);
    if (key && (method === "GET" || method === "POST")) {
      const role = key[1] as "snapshot" | "timestamp";
      const pub = method === "GET" ? this.getOrCreateKey(gun, role) : this.createKey();
      return ok(
        Buffer.from(JSON.stringify({ keytype: pub.wire.keytype, keyval: { public: pub.wire.public, private: null } })),
      );
    }
    if (method !== "GET") return errorResponse("METADATA_NOT_FOUND");
    const repo = this.repository(gun);
    const byHash = BY_HASH.exec(file);
    if (byHash) return found(repo.byChecksum(byHash[2]!)?.bytes);
    const byVersion = BY_VERSION.exec(file);
    if (byVersion) return found(repo.version(byVersion[2]!, Number(byVersion[1])));
    const current = CURRENT.exec(file);
    if (!current) return errorResponse("METADATA_NOT_FOUND");
    const role = current[1]!;
    if (role === "timestamp" || role === "snapshot") return found(this.freshTimestamp(gun, role));
    return found(repo.current(role)?.bytes);

    function found(s: { bytes: Buffer } | Buffer | undefined): FakeResponse {
      if (!s) return errorResponse("METADATA_NOT_FOUND", {});
      return ok(Buffer.isBuffer(s) ? s : s.bytes);
    }
  }

  private createKey(): ServerKey {
    const k = newServerKey();
    this.keys.set(k.id, k);
    return k;
  }

  /** Before a root exists every call makes a new key; then the one root lists that we hold. */
  private getOrCreateKey(gun: string, role: "snapshot" | "timestamp"): ServerKey {
    const root = this.repository(gun).current("root");
    if (!root) return this.createKey();
    const roles = goSigned(parseFile(root.bytes).signed).roles as Record<string, { keyids: string[] | null } | null>;
    const held = (roles[role]?.keyids ?? []).map((id) => this.keys.get(id)).find((k) => k !== undefined);
    return held ?? this.createKey();
  }

  private context(gun: string): ValidationContext {
    const repo = this.repository(gun);
    return { gun, now: this.now(), current: (role) => repo.current(role)?.bytes, serverKeys: this.keys };
  }

  /**
   * The current timestamp (or the snapshot it names), re-signed first when it has expired or
   * when an expired snapshot had to be re-signed (server/timestamp/timestamp.go).
   */
  private freshTimestamp(gun: string, role: "timestamp" | "snapshot"): Buffer | undefined {
    const repo = this.repository(gun);
    const ts = repo.current("timestamp");
    if (!ts) return undefined;
    const tsSigned = goSigned(parseFile(ts.bytes).signed);
    const snapHash = Buffer.from(
      (tsSigned.meta as Record<string, { hashes: Record<string, string> }>).snapshot?.hashes.sha256 ?? "",
      "base64",
    ).toString("hex");
    let snapshot = repo.byChecksum(snapHash)?.bytes;
    if (!snapshot) return undefined;
    const ctx = this.context(gun);
    const rootRoles = goSigned(parseFile(repo.current("root")!.bytes).signed).roles as Record<
      string,
      { keyids: string[] | null }
    >;
    const updates: Update[] = [];
    const snapSigned = goSigned(parseFile(snapshot).signed);
    if (goTimeMs(snapSigned.expires as string) < ctx.now) {
      const made = serverSign(
        { ...ctx, current: (r) => (r === "snapshot" ? snapshot : ctx.current(r)) },
        "snapshot",
        rootRoles.snapshot?.keyids ?? [],
        () => snapSigned.meta as Json,
      );
      if (made) {
        updates.push(made);
        snapshot = made.data;
      }
    }
    if (updates.length > 0 || goTimeMs(tsSigned.expires as string) < ctx.now) {
      const made = serverSign(ctx, "timestamp", rootRoles.timestamp?.keyids ?? [], () => ({
        snapshot: fileMeta(snapshot),
      }));
      if (made) updates.push(made);
      repo.updateMany(updates);
    }
    return role === "snapshot" ? snapshot : repo.current("timestamp")!.bytes;
  }

  private async upload(gun: string, headers: Record<string, string>, body: Buffer): Promise<FakeResponse | "drop"> {
    let parts;
    try {
      parts = parseMultipart(headers["content-type"] ?? "", body);
    } catch (err) {
      return errorResponse(err instanceof MultipartError ? err.code : "MALFORMED_UPLOAD");
    }
    const updates: Update[] = [];
    for (const part of parts) {
      const role = part.filename.replace(/\.json$/, "");
      if (role === "") return this.answered(gun, [], errorResponse("NO_FILENAME"));
      if (!VALID_ROLE.test(role)) return this.answered(gun, [], errorResponse("INVALID_ROLE", role));
      let version: number;
      try {
        const signed = parseFile(part.data).signed;
        goTime(signed.expires);
        version = typeof signed.version === "number" ? signed.version : Number.NaN;
        if (!Number.isInteger(version)) throw new Error("version");
      } catch {
        return this.answered(gun, [], errorResponse("MALFORMED_JSON"));
      }
      updates.push({ role, version, data: part.data });
    }
    const roles = updates.map((u) => u.role);
    const hook = this.beforeUpload;
    this.beforeUpload = undefined;
    const early = await hook?.(gun);
    if (early) return this.answered(gun, roles, early);
    let response: FakeResponse;
    try {
      const apply = validateUpdate(
        this.context(gun),
        updates.filter((u) => u.role !== "timestamp"),
      );
      this.repository(gun).updateMany(apply);
      response = ok(Buffer.alloc(0));
    } catch (err) {
      if (err instanceof ValidationFailure)
        response = errorResponse("INVALID_UPDATE", { Name: err.validation, Error: err.error });
      else if (err instanceof OldVersionError) response = errorResponse("VERSION", {});
      else response = errorResponse("INVALID_UPDATE");
    }
    return this.answered(gun, roles, response);
  }

  private answered(gun: string, roles: string[], response: FakeResponse): FakeResponse | "drop" {
    const event = { gun, roles, response };
    this.uploads.push(event);
    return this.afterUpload?.(event) ?? response;
  }

  /** Serves the handler on 127.0.0.1; returns the base URL. */
  async listen(): Promise<string> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
        void this.handle({
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers,
          body: Buffer.concat(chunks),
        }).then((answer) => {
          if (answer === "drop") return req.socket.destroy();
          res.writeHead(answer.status, { ...answer.headers, "content-length": answer.body.length });
          res.end(answer.body);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.httpServer = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.httpServer;
    this.httpServer = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
