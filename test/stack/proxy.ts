/**
 * A tampering HTTP proxy for tests, in front of a real upstream (notary-server over https with the
 * stack's CA, or the registry over http). It listens on http://127.0.0.1:PORT (https when given a
 * certificate), forwards every request, records it, and lets a test change what happens.
 *
 *   const proxy = await startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem });
 *   proxy.url                                   // use it as the notary-server (or registry) URL
 *   const rule = proxy.on({ method: "GET", path: /timestamp\.json$/, times: 2 }, { status: 503 });
 *   rule.hits                                    // how often it applied; rule.remove()
 *   proxy.records                                // every request, in arrival order (see ProxyRecord)
 *   proxy.last("GET", /root\.json$/)             // a recorded answer, to replay: { serve: … }
 *   proxy.waves()                                // sequential round-trip waves (benchmarks)
 *   proxy.auth?.expireTokens()                   // with `auth`: tokens issued so far stop working
 *   proxy.clearRules(); proxy.clearRecords(); await proxy.close();
 *
 * Rules are matched in the order added; the first active one whose method and path match applies,
 * `times` times (default: every time). `path` is tested against the request path with its query.
 * What a rule can do (ProxyAction; fields combine, in this order):
 *   delayMs, waitFor      hold the request before forwarding (a gate: resolve the promise to go on)
 *   hang                  never answer (the connection stays open until the client gives up)
 *   reset: "before"       close the client's connection without forwarding
 *   serve                 answer this instead of forwarding (a replay of `last(…)`, or any bytes)
 *   endless               answer 200 with a body that never ends
 *   rewriteRequest        change the request body sent upstream (e.g. mangle an upload)
 *   reset: "after"        forward (the upstream commits), then close the connection, answer lost
 *   status, headers       change the answer's status and headers (null removes a header)
 *   rewrite, rewriteJson  change the answer's body (helpers in test/helpers/tamper.ts re-sign it)
 *   truncateAt, drip      send the body cut short, or slowly
 * `latencyMs` (option, or setLatency) delays every request by that much each way.
 * `connectLatencyMs` (option, or setConnectLatency) stands for TCP and TLS set-up on a real network
 * (benchmarks: 1 round trip for http, 2 for https): a new connection is ready only that long after
 * the client opened it, and its first request waits until then. For https the time counts in two
 * halves, as on a network: the TCP round trip from the accept, then the TLS one from the client's
 * first handshake message (no sooner than the TCP half allows), which brings the server's answer;
 * the client finishes the handshake once that has arrived and its thread is free. Here on loopback
 * the answer arrives at once, so the time the client took to finish (up to the server seeing it
 * done) is its handshake CPU only when it was idle; when it was busy with other work, such as
 * loading its code, that work would have overlapped the simulated round trip. So a connection is
 * ready at the later of: the simulated answer's arrival plus the handshake CPU (the shortest
 * handshake this proxy has seen, no more than this one's), and the moment the client really
 * finished. A client that sends its request as it connects waits the whole set-up; one that opened
 * its connections earlier, while it was busy with other work, waits only for what is left of it.
 * Records say which requests opened a connection (`newConnection`).
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { AuthFront, type ProxyAuth } from "./proxy-auth.js";
import {
  endToEndHeaders,
  forwardRequest,
  writeAnswer,
  writeEndless,
  type AnswerShape,
  type ProxyResponse,
  type RequestInfo,
} from "./proxy-answer.js";

export type { ProxyResponse, RequestInfo } from "./proxy-answer.js";
export type { ProxyAuth } from "./proxy-auth.js";

export interface ProxyOptions {
  /** Origin to forward to: https://127.0.0.1:PORT or http://127.0.0.1:PORT. */
  upstream: string;
  /** PEM CA bundle for an https upstream. */
  upstreamCa?: string;
  /** Serve TLS with this certificate and key (PEM); plain http otherwise. */
  tls?: { cert: string; key: string };
  /** Delay every request by this many milliseconds before forwarding and again before answering. */
  latencyMs?: number;
  /** How long a new client connection takes to become ready on the simulated network (see above). */
  connectLatencyMs?: number;
  /** Demand credentials (Basic, or Bearer tokens issued at /token); stripped before forwarding. */
  auth?: ProxyAuth;
  /** Host name the token realm names instead of 127.0.0.1 (one that a forward proxy resolves). */
  realmHost?: string;
  /** Keep request and response bodies in the records (default true). */
  recordBodies?: boolean;
}

export interface ProxyMatch {
  method?: string;
  path: RegExp;
  /** How many requests the rule applies to (default: all). */
  times?: number;
}

export interface ProxyAction extends AnswerShape {
  delayMs?: number;
  waitFor?: Promise<unknown>;
  hang?: boolean;
  reset?: "before" | "after";
  serve?: ProxyResponse;
  endless?: boolean;
  rewriteRequest?: (body: Buffer, req: RequestInfo) => Buffer | Promise<Buffer>;
  status?: number;
  headers?: Record<string, string | null>;
  rewrite?: (body: Buffer, res: ProxyResponse, req: RequestInfo) => Buffer | Promise<Buffer>;
  /** Parses the answer as JSON, lets the callback change it (or return a new value), re-encodes it. */
  rewriteJson?: (value: any, req: RequestInfo) => unknown;
}

export interface ProxyRule {
  readonly match: ProxyMatch;
  readonly action: ProxyAction;
  hits: number;
  remove(): void;
}

export type ProxyOutcome =
  "answered" | "hung" | "reset-before" | "reset-after" | "refused" | "endless" | "client-gone" | "upstream-error";

export interface ProxyRecord {
  id: number;
  method: string;
  /** Path with query, as the client sent it. */
  path: string;
  requestHeaders: Record<string, string>;
  requestBody?: Buffer;
  /** Whether the request reached the upstream. */
  forwarded: boolean;
  /** Status the client was sent (undefined when it got none). */
  status?: number | undefined;
  responseHeaders?: Record<string, string>;
  responseBody?: Buffer;
  outcome?: ProxyOutcome;
  /** The rule that applied, if any. */
  rule?: ProxyRule;
  /** Whether this was the first request on its client connection (the client opened a new one). */
  newConnection: boolean;
  /** performance.now() when the request arrived and when its answer was finished. */
  startedAt: number;
  endedAt?: number;
}

export interface Proxy {
  readonly url: string;
  readonly records: ProxyRecord[];
  /** performance.now() of each client connection accepted since the records were last cleared. */
  readonly connectionsOpened: readonly number[];
  readonly auth: AuthFront | undefined;
  on(match: ProxyMatch, action: ProxyAction): ProxyRule;
  /** The last answer recorded for a request (forwarded or served), for replay with `{ serve }`. */
  last(method: string, path: RegExp): ProxyResponse | undefined;
  /** Records matching a method and path. */
  find(method: string | undefined, path: RegExp): ProxyRecord[];
  /**
   * Round trips paid one after another: the longest chain of requests each of which arrived after
   * the one before it was answered.
   */
  waves(records?: readonly ProxyRecord[]): number;
  setLatency(ms: number): void;
  /** Changes `connectLatencyMs` for connections opened from now on. */
  setConnectLatency(ms: number): void;
  clearRules(): void;
  clearRecords(): void;
  close(): Promise<void>;
}

/** When a client connection was accepted, sent its first TLS handshake message, and finished the handshake. */
interface Setup {
  acceptedAt: number;
  helloAt?: number;
  secureAt?: number;
}

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

export async function startProxy(options: ProxyOptions): Promise<Proxy> {
  const upstream = new URL(options.upstream);
  const rules: ProxyRule[] = [];
  const records: ProxyRecord[] = [];
  const hung = new Set<ServerResponse>();
  const keepBodies = options.recordBodies ?? true;
  let latencyMs = options.latencyMs ?? 0;
  let connectLatencyMs = options.connectLatencyMs ?? 0;
  const connected = new WeakSet<object>();
  // By the client's address and port: the TLS server wraps the accepted socket in another object.
  const setups = new Map<string, Setup>();
  const opened: number[] = [];
  /** The shortest TLS handshake seen (first client message to done): a client's handshake CPU when idle. */
  let shortestHandshake = Infinity;
  const peer = (socket: { remoteAddress?: string | undefined; remotePort?: number | undefined }) =>
    `${socket.remoteAddress}:${socket.remotePort}`;
  /** When a connection is ready for requests on the simulated network (see the header). */
  const readyAt = (setup: Setup | undefined, arrivedAt: number): number => {
    if (!setup) return arrivedAt + connectLatencyMs;
    if (!options.tls) return setup.acceptedAt + connectLatencyMs;
    const tcp = connectLatencyMs / 2;
    const hello = setup.helloAt ?? setup.acceptedAt;
    const secure = setup.secureAt ?? arrivedAt;
    const answered = Math.max(setup.acceptedAt + tcp, hello) + (connectLatencyMs - tcp);
    return Math.max(answered + Math.min(Math.max(0, secure - hello), shortestHandshake), secure);
  };
  let url = "";
  const auth = options.auth
    ? new AuthFront(options.auth, () => (options.realmHost ? url.replace("127.0.0.1", options.realmHost) : url))
    : undefined;
  const agent =
    upstream.protocol === "https:"
      ? new https.Agent({ keepAlive: true, ca: options.upstreamCa })
      : new http.Agent({ keepAlive: true });

  const pick = (method: string, path: string): ProxyRule | undefined => {
    const rule = rules.find(
      (r) =>
        (!r.match.method || r.match.method === method) &&
        r.match.path.test(path) &&
        r.hits < (r.match.times ?? Infinity),
    );
    if (rule) rule.hits++;
    return rule;
  };

  const handle = async (inReq: IncomingMessage, out: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of inReq) chunks.push(c as Buffer);
    let body: Buffer = Buffer.concat(chunks);
    const req: RequestInfo = {
      method: inReq.method ?? "GET",
      path: inReq.url ?? "/",
      headers: endToEndHeaders(inReq.headers),
    };
    const newConnection = !connected.has(inReq.socket);
    connected.add(inReq.socket);
    const record: ProxyRecord = {
      id: records.length,
      method: req.method,
      path: req.path,
      requestHeaders: req.headers,
      forwarded: false,
      newConnection,
      startedAt: performance.now(),
    };
    if (keepBodies) record.requestBody = body;
    records.push(record);
    const finish = (outcome: ProxyOutcome, res?: ProxyResponse) => {
      record.outcome = outcome;
      record.endedAt = performance.now();
      if (res) {
        record.status = res.status;
        record.responseHeaders = res.headers;
        if (keepBodies) record.responseBody = res.body;
      }
    };
    out.on("close", () => {
      if (!record.outcome) finish("client-gone");
    });

    if (newConnection) await sleep(readyAt(setups.get(peer(inReq.socket)), record.startedAt) - performance.now());
    await sleep(latencyMs);
    const refusal = auth?.check(req.method, req.path, inReq.headers);
    if (refusal) {
      await sleep(latencyMs);
      finish("refused", refusal);
      return writeAnswer(out, refusal);
    }
    const rule = pick(req.method, req.path);
    const action: ProxyAction = rule?.action ?? {};
    if (rule) record.rule = rule;
    await sleep(action.delayMs ?? 0);
    if (action.waitFor) await action.waitFor.catch(() => undefined);
    if (action.hang) {
      hung.add(out);
      record.outcome = "hung";
      return;
    }
    if (action.reset === "before") {
      finish("reset-before");
      inReq.socket.destroy();
      return;
    }
    if (action.endless) {
      record.status = 200;
      record.outcome = "endless";
      return writeEndless(out);
    }
    let res: ProxyResponse;
    if (action.serve)
      res = { ...action.serve, headers: { ...action.serve.headers }, body: Buffer.from(action.serve.body) };
    else {
      if (action.rewriteRequest) body = await action.rewriteRequest(body, req);
      if (keepBodies) record.requestBody = body;
      try {
        record.forwarded = true;
        res = await forwardRequest(agent, upstream, req, body);
      } catch (err) {
        finish("upstream-error");
        out.writeHead(502, { "content-type": "text/plain" });
        out.end(`proxy: upstream failed: ${(err as Error).message}`);
        return;
      }
    }
    if (action.reset === "after") {
      finish("reset-after", res);
      record.status = undefined;
      inReq.socket.destroy();
      return;
    }
    if (action.status !== undefined) res.status = action.status;
    for (const [name, value] of Object.entries(action.headers ?? {})) {
      if (value === null) delete res.headers[name.toLowerCase()];
      else res.headers[name.toLowerCase()] = value;
    }
    if (action.rewrite) res.body = await action.rewrite(res.body, res, req);
    if (action.rewriteJson) {
      const value = JSON.parse(res.body.toString("utf8"));
      const changed = action.rewriteJson(value, req);
      res.body = Buffer.from(JSON.stringify(changed === undefined ? value : changed));
    }
    await sleep(latencyMs);
    finish("answered", res);
    await writeAnswer(out, res, action);
  };

  const listener = (inReq: IncomingMessage, out: ServerResponse) => {
    handle(inReq, out).catch((err: unknown) => {
      if (!out.headersSent) {
        out.writeHead(500, { "content-type": "text/plain" });
        out.end(`proxy failed: ${(err as Error).message}`);
      } else out.destroy();
    });
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : http.createServer(listener);
  server.keepAliveTimeout = 5_000;
  server.on("connection", (socket: import("node:net").Socket) => {
    const key = peer(socket);
    const acceptedAt = performance.now();
    setups.set(key, { acceptedAt });
    opened.push(acceptedAt);
    socket.once("close", () => setups.delete(key));
  });
  if (options.tls) {
    // The first key material is logged as the server reads the client's first handshake message.
    server.on("keylog", (_line: Buffer, socket: import("node:tls").TLSSocket) => {
      const setup = setups.get(peer(socket));
      if (setup && setup.helloAt === undefined) setup.helloAt = performance.now();
    });
    server.on("secureConnection", (socket: import("node:tls").TLSSocket) => {
      const setup = setups.get(peer(socket));
      if (!setup) return;
      setup.secureAt = performance.now();
      if (setup.helloAt !== undefined) shortestHandshake = Math.min(shortestHandshake, setup.secureAt - setup.helloAt);
    });
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `${options.tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    records,
    connectionsOpened: opened,
    auth,
    on(match, action) {
      const rule: ProxyRule = {
        match,
        action,
        hits: 0,
        remove: () => {
          const i = rules.indexOf(rule);
          if (i >= 0) rules.splice(i, 1);
        },
      };
      rules.push(rule);
      return rule;
    },
    last(method, path) {
      const hit = [...records]
        .reverse()
        .find((r) => r.method === method && path.test(r.path) && r.status !== undefined && r.responseBody);
      return hit ? { status: hit.status!, headers: { ...hit.responseHeaders }, body: hit.responseBody! } : undefined;
    },
    find: (method, path) => records.filter((r) => (!method || r.method === method) && path.test(r.path)),
    waves(list = records) {
      // Each request's wave is one more than the highest wave among the requests answered before it
      // arrived: the round trips paid one after another to reach it. A request sent on an answer
      // while other requests of its wave are still out is a wave of its own.
      const events: { at: number; end: boolean; r: ProxyRecord }[] = [];
      for (const r of list) {
        events.push({ at: r.startedAt, end: false, r });
        // An answer at the very instant of its own request still comes after it.
        if (r.endedAt !== undefined) events.push({ at: Math.max(r.endedAt, r.startedAt + 1e-6), end: true, r });
      }
      // At equal times an answer comes first: a request sent the moment another ended follows it.
      events.sort((a, b) => a.at - b.at || Number(b.end) - Number(a.end));
      const wave = new Map<ProxyRecord, number>();
      let answered = 0;
      let deepest = 0;
      for (const e of events) {
        if (e.end) answered = Math.max(answered, wave.get(e.r) ?? 0);
        else {
          wave.set(e.r, answered + 1);
          deepest = Math.max(deepest, answered + 1);
        }
      }
      return deepest;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    setConnectLatency(ms) {
      connectLatencyMs = ms;
    },
    clearRules: () => void rules.splice(0),
    clearRecords: () => {
      records.splice(0);
      opened.splice(0);
    },
    async close() {
      for (const out of hung) out.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
