/**
 * How one request reaches its server: directly, or through the forward proxy that proxy.ts chose.
 * https targets go through an HTTP CONNECT tunnel (https-proxy-agent), with TLS to the target end to
 * end; http targets are sent to the proxy in absolute form (`GET http://host/path`), as Go does.
 * Proxy credentials travel only in `Proxy-Authorization`, never in a URL that a library could log.
 * https-proxy-agent is loaded only by a router that has a proxy to use (start-up time).
 */
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
import type { HttpsProxyAgent } from "https-proxy-agent";
import { ServerError } from "../errors.js";
import { takeEarlyConnection, takeEarlyPlainConnection } from "./early-connections.js";
import { DEFAULT_CONNECT_TIMEOUT_MS, TunnelTimeoutError } from "./http-parts.js";
import { bypassedByNoProxy, proxyFor, type ProxyConfig, type ProxyServer } from "./proxy.js";
import { trustOfContext } from "./tls-context.js";

export interface RouteOptions {
  proxy?: ProxyConfig | undefined;
  maxSockets: number;
  /** How long opening a tunnel through the proxy may take (DEFAULT_CONNECT_TIMEOUT_MS by default). */
  setupMs?: number;
}

export interface Route {
  lib: typeof http | typeof https;
  /** Options for lib.request (protocol, host, port, path, agent). */
  options: http.RequestOptions & { secureContext?: tls.SecureContext };
  /** Headers to add (Host and Proxy-Authorization for a proxied http request). */
  headers: Record<string, string>;
  /** The proxy used, if any. */
  proxy?: ProxyServer;
  /** NO_PROXY sent it past the proxy configured for its scheme (said when it cannot connect). */
  pastProxy?: boolean;
}

export interface Router {
  /** Settles once the router can route (the proxy agent loaded when a proxy is configured). */
  readonly ready: Promise<void>;
  /** The route for `url`; `via` forces a proxy (or `null` forces a direct connection). */
  route(url: URL, secureContext: tls.SecureContext | undefined, via?: ProxyServer | null): Route;
  /**
   * An agent that routes each request itself (for clients that take an agent, like the AWS SDK);
   * destroying it destroys the router.
   */
  agentFor(secure: boolean): http.Agent;
  destroy(): void;
}

export function createRouter(options: RouteOptions): Router {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
  const direct = { http: new DirectHttpAgent(agentOptions), https: new DirectHttpsAgent(agentOptions) };
  const tunnels = new Map<string, HttpsProxyAgent<string>>();
  const opening = new Set<AbortController>();
  let Tunnel: typeof HttpsProxyAgent | undefined;
  const ready: Promise<void> =
    options.proxy?.https || options.proxy?.http
      ? import("https-proxy-agent").then((m) => {
          Tunnel = boundedTunnel(m.HttpsProxyAgent, options.setupMs ?? DEFAULT_CONNECT_TIMEOUT_MS, opening);
        })
      : Promise.resolve();
  // Awaited by each request; until then a failure to load must not count as unhandled.
  ready.catch(() => undefined);
  const isReady = () => Tunnel !== undefined || !(options.proxy?.https || options.proxy?.http);
  const forwarders = new Map<string, http.Agent>();
  const all = (): http.Agent[] => [direct.http, direct.https, ...tunnels.values(), ...forwarders.values()];

  const contextIds = new WeakMap<tls.SecureContext, number>();
  let contexts = 0;
  const tunnelTo = (proxy: ProxyServer, secureContext: tls.SecureContext | undefined): HttpsProxyAgent<string> => {
    // An https:// proxy's own certificate is checked with the target's TLS context, so the CA
    // certificates given for the server are trusted for the proxy too: Go's clients check both with
    // one TLS configuration. One agent per proxy and context.
    const context = proxy.url.protocol === "https:" ? secureContext : undefined;
    let id = context ? contextIds.get(context) : 0;
    if (id === undefined) contextIds.set(context!, (id = ++contexts));
    const key = `${id} ${proxy.url.href}`;
    let agent = tunnels.get(key);
    if (!agent) {
      if (!Tunnel) throw new Error("route() before the router is ready");
      agent = new Tunnel(proxy.url.href, {
        ...agentOptions,
        ...(context ? { secureContext: context } : {}),
        ...(proxy.authorization ? { headers: { "Proxy-Authorization": proxy.authorization } } : {}),
      });
      tunnels.set(key, agent);
    }
    return agent;
  };
  const forwarderTo = (proxy: ProxyServer): http.Agent => {
    let agent = forwarders.get(proxy.url.href);
    if (!agent) {
      agent = proxy.url.protocol === "https:" ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
      forwarders.set(proxy.url.href, agent);
    }
    return agent;
  };

  const route = (url: URL, secureContext: tls.SecureContext | undefined, via?: ProxyServer | null): Route => {
    const proxy = via === null ? undefined : (via ?? proxyFor(url, options.proxy));
    const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const path = `${url.pathname}${url.search}`;
    const secure = url.protocol === "https:";
    const tlsOptions = secure && secureContext ? { secureContext } : {};
    if (!proxy) {
      return {
        lib: secure ? https : http,
        options: {
          protocol: url.protocol,
          hostname,
          port: url.port || undefined,
          path,
          agent: secure ? direct.https : direct.http,
          ...tlsOptions,
        },
        headers: {},
        ...(via === undefined && bypassedByNoProxy(url, options.proxy) ? { pastProxy: true } : {}),
      };
    }
    if (secure) {
      return {
        lib: https,
        options: {
          protocol: url.protocol,
          hostname,
          port: url.port || undefined,
          path,
          agent: tunnelTo(proxy, secureContext),
          ...tlsOptions,
        },
        headers: {},
        proxy,
      };
    }
    const target = new URL(url.href);
    target.username = "";
    target.password = "";
    target.hash = "";
    return {
      lib: proxy.url.protocol === "https:" ? https : http,
      options: {
        protocol: proxy.url.protocol,
        hostname: proxy.url.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: proxy.url.port || undefined,
        path: target.href,
        agent: forwarderTo(proxy),
      },
      headers: { host: url.host, ...(proxy.authorization ? { "proxy-authorization": proxy.authorization } : {}) },
      proxy,
    };
  };

  const destroy = () => {
    for (const agent of all()) agent.destroy();
    // A tunnel still being opened is not in its agent's pool yet.
    for (const stop of opening) stop.abort();
  };
  return {
    ready,
    route,
    agentFor(secure) {
      return secure ? new RoutingHttpsAgent(pickFor(true), destroy) : new RoutingHttpAgent(pickFor(false), destroy);
    },
    destroy,
  };

  function pickFor(secure: boolean): Pick {
    return (host, port, then) => {
      // A proxy variable we cannot use fails the request that would take it (proxyFor throws).
      const give = () => {
        let agent: http.Agent;
        try {
          agent = pick(host, port);
        } catch (err) {
          then(undefined, err);
          return;
        }
        then(agent);
      };
      if (!isReady()) {
        ready.then(give, (err: unknown) => then(undefined, err));
        return;
      }
      give();
    };
    function pick(host: string, port: number | string | null | undefined): http.Agent {
      const url = new URL(
        `${secure ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}${port ? `:${port}` : ""}/`,
      );
      const proxy = proxyFor(url, options.proxy);
      // A client that takes an agent cannot send absolute-form requests: tunnel http through CONNECT too.
      if (proxy) return tunnelTo(proxy, undefined);
      return secure ? direct.https : direct.http;
    }
  }
}

/**
 * https-proxy-agent's agent with a bound on opening a tunnel: the connection to the proxy and the
 * proxy's answer to CONNECT. It has none, and the request cannot be failed from outside meanwhile:
 * it gets its socket only once the tunnel is open. The socket to the proxy is destroyed when the
 * bound passes (the request then fails with TunnelTimeoutError) or when the router is destroyed
 * (`opening` holds the tunnels being opened; a request given up meanwhile leaves its tunnel to
 * those two, as Node tells no agent of it).
 */
function boundedTunnel(
  Tunnel: typeof HttpsProxyAgent,
  setupMs: number,
  opening: Set<AbortController>,
): typeof HttpsProxyAgent {
  return class BoundedTunnel<Uri extends string> extends Tunnel<Uri> {
    override async connect(
      req: http.ClientRequest,
      opts: Parameters<HttpsProxyAgent<Uri>["connect"]>[1],
    ): Promise<import("node:net").Socket> {
      const stop = new AbortController();
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        stop.abort();
      }, setupMs);
      opening.add(stop);
      // The socket to the proxy is made at once, from these options: their signal destroys it.
      const own = this as unknown as { connectOpts: object };
      const base = own.connectOpts;
      own.connectOpts = { ...base, signal: stop.signal };
      let tunnel: Promise<import("node:net").Socket>;
      try {
        tunnel = super.connect(req, withTargetIdentity(opts));
      } finally {
        own.connectOpts = base;
      }
      try {
        return await tunnel;
      } catch (err) {
        throw late ? new TunnelTimeoutError(setupMs) : err;
      } finally {
        // Once open, the tunnel is the request's (and then the pool's): nothing here stops it.
        clearTimeout(timer);
        opening.delete(stop);
      }
    }
  };
}

/**
 * The options of a tunnelled request, with the target's certificate checked against the target's
 * name. https-proxy-agent starts TLS over the tunnel without a host and, for an IP address, without
 * a server name: Node would then check the certificate against the host of the socket, which is the
 * proxy's, and a proxy could answer for any server given by address with a certificate of its own.
 */
function withTargetIdentity<O extends object>(opts: O): O {
  const { host, secureEndpoint } = opts as { host?: string | null; secureEndpoint?: boolean };
  if (!secureEndpoint || !host || "checkServerIdentity" in opts) return opts;
  const target = host.replace(/^\[(.*)\]$/, "$1");
  return {
    ...opts,
    checkServerIdentity: (_name: string, cert: tls.PeerCertificate) => tls.checkServerIdentity(target, cert),
  };
}

/** The proxy's own refusal: 407 (it wants credentials) or a refused CONNECT to `host`. */
export function proxyRefusal(
  proxy: ProxyServer,
  status: number,
  host: string,
  request: string,
  url: string,
  authenticate?: string | string[],
): ServerError {
  // A proxy that offers only schemes other than Basic (Negotiate, NTLM) can never take the
  // credentials of a proxy URL: say so rather than ask for them.
  const schemes = [authenticate ?? []]
    .flat()
    .flatMap((h) => h.split(","))
    .map((c) => /^\s*([A-Za-z][A-Za-z0-9-]*)(\s|$)/.exec(c)?.[1])
    .filter((s): s is string => s !== undefined);
  if (status === 407 && schemes.length > 0 && !schemes.some((s) => s.toLowerCase() === "basic")) {
    return new ServerError(
      "PROXY_AUTH",
      `the proxy ${proxy.url.host} wants ${[...new Set(schemes)].join(" or ")} authentication (407) for ${request}, and only Basic credentials (from the proxy URL) are sent`,
      {
        status,
        url,
        hint: "allow Basic authentication or this runner's address at the proxy, list the host in NO_PROXY, or run a local proxy that authenticates for it (such as cntlm or px) and point HTTPS_PROXY there",
      },
    );
  }
  // Credentials in the proxy URL that earn a 407 were refused, not missing.
  return status === 407
    ? proxy.authorization
      ? new ServerError(
          "PROXY_AUTH",
          `the proxy ${proxy.url.host} refused the credentials in the proxy URL (407) for ${request}`,
          {
            status,
            url,
            hint: "check the user name and password; percent-encode @ : / # % and spaces in them (@ is %40)",
          },
        )
      : new ServerError("PROXY_AUTH", `the proxy ${proxy.url.host} wants credentials (407) for ${request}`, {
          status,
          url,
          hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT",
        })
    : status >= 500 && status !== 501
      ? new ServerError(
          "UNREACHABLE",
          `the proxy ${proxy.url.host} could not connect to ${host} (${status}) for ${request}`,
          {
            status,
            url,
            why: `the proxy answered ${status}`,
            hint: `check that ${host} is the server's name and port and that it is up; the proxy resolves and connects to it, so a host only this machine can reach belongs in NO_PROXY`,
          },
        )
      : new ServerError(
          "PROXY_REFUSED",
          `the proxy ${proxy.url.host} refused to connect to ${host} (${status}) for ${request}`,
          { status, url, hint: "allow the host in the proxy, or list it in NO_PROXY" },
        );
}

/** Connection options a request could set that an early connection was not opened with. */
const OWN_SOCKET_OPTIONS = ["socketPath", "localAddress", "localPort", "family", "lookup"] as const;

/** Whether a request chooses its own way to connect: then it never takes an early connection. */
const choosesOwnSocket = (options: object) =>
  OWN_SOCKET_OPTIONS.some((name) => (options as Record<string, unknown>)[name] !== undefined);

/** TLS options a request could set that an early connection was not opened with. */
const OWN_TLS_OPTIONS = [
  "ca",
  "cert",
  "key",
  "pfx",
  "passphrase",
  "ciphers",
  "checkServerIdentity",
  "secureProtocol",
  "minVersion",
  "maxVersion",
  "ALPNProtocols",
] as const;

/**
 * The agent of direct https requests: a new connection is one the entry point opened early for the
 * same host, port and trusted CAs when there is one (early-connections.ts), else a new one.
 */
class DirectHttpsAgent extends https.Agent {
  override createConnection(
    options: tls.ConnectionOptions & { host?: string; port?: number | string },
    callback?: (err: Error | null, socket: import("node:net").Socket) => void,
  ): import("node:net").Socket | null | undefined {
    const host = options.host?.replace(/^\[(.*)\]$/, "$1");
    const early =
      host &&
      !OWN_TLS_OPTIONS.some((name) => options[name] !== undefined) &&
      !choosesOwnSocket(options) &&
      options.rejectUnauthorized !== false
        ? takeEarlyConnection(
            host,
            Number(options.port || 443),
            options.servername ?? "",
            trustOfContext(options.secureContext),
          )
        : undefined;
    if (early) return early;
    return (super.createConnection as (o: unknown, cb: unknown) => import("node:net").Socket)(options, callback);
  }
}

/**
 * The agent of direct plain-http requests (registries listed as insecure): a new connection is one
 * the entry point opened early to the same host and port when there is one, else a new one.
 */
class DirectHttpAgent extends http.Agent {
  override createConnection(
    options: { host?: string; port?: number | string },
    callback?: (err: Error | null, socket: import("node:net").Socket) => void,
  ): import("node:net").Socket | null | undefined {
    const host = options.host?.replace(/^\[(.*)\]$/, "$1");
    const early =
      host && !choosesOwnSocket(options) ? takeEarlyPlainConnection(host, Number(options.port || 80)) : undefined;
    if (early) return early;
    return (super.createConnection as (o: unknown, cb: unknown) => import("node:net").Socket)(options, callback);
  }
}

/** Hands `then` the agent for a host: at once, or once the router is ready. */
type Pick = (
  host: string,
  port: number | string | null | undefined,
  then: (agent: http.Agent | undefined, err?: unknown) => void,
) => void;
type AddRequest = (req: http.ClientRequest, options: http.RequestOptions) => void;
/** How Node's own agent hands a request the error of a connection it could not make. */
type FailedConnection = { onSocket(socket: null, err: Error): void };

/** Passes a request on to the agent `pick` chooses for its host, as https or plain http. */
function route(pick: Pick, req: http.ClientRequest, options: http.RequestOptions, secure: boolean): void {
  pick(options.hostname ?? options.host ?? "localhost", options.port, (agent, err) => {
    if (!agent) {
      // As an agent whose connection failed: a request that has no socket yet emits no error when
      // destroyed, and would wait for the caller's timeout instead.
      (req as unknown as FailedConnection).onSocket(null, err instanceof Error ? err : new Error("no route"));
      return;
    }
    const routed = { ...options, protocol: secure ? "https:" : "http:", secureEndpoint: secure } as http.RequestOptions;
    (agent as unknown as { addRequest: AddRequest }).addRequest(req, routed);
  });
}

/** Hands each request to the direct or the proxy agent for its host (the agents keep the sockets). */
class RoutingHttpsAgent extends https.Agent {
  constructor(
    private readonly pick: Pick,
    private readonly onDestroy: () => void,
  ) {
    super();
  }
  override destroy(): void {
    super.destroy();
    this.onDestroy();
  }
  addRequest(req: http.ClientRequest, options: http.RequestOptions): void {
    route(this.pick, req, options, true);
  }
}

class RoutingHttpAgent extends http.Agent {
  constructor(
    private readonly pick: Pick,
    private readonly onDestroy: () => void,
  ) {
    super();
  }
  override destroy(): void {
    super.destroy();
    this.onDestroy();
  }
  addRequest(req: http.ClientRequest, options: http.RequestOptions): void {
    route(this.pick, req, options, false);
  }
}
