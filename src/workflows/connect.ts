/**
 * Builds the network clients for one image: the transport (CA bundle, deadline, retries), the
 * credentials (inputs, else the docker config), the registry client and the Notary client with
 * token auth. The same credentials serve the registry and the Notary token exchange, as in Docker.
 */
import { NotaryClient } from "../notary/client.js";
import { endedService } from "../notary/retirements.js";
import { AuthSession } from "../net/auth.js";
import { resolveCredentials, type Credentials, type ResolvedCredentials } from "../net/credentials.js";
import { createTransport, type Transport } from "../net/http.js";
import { notaryServerFor } from "../net/notary-server.js";
import { DEFAULT_RUN_DEADLINE_MS, withDeadline } from "../net/deadline.js";
import type { ProxyConfig } from "../net/proxy.js";
import { createRouter } from "../net/route.js";
import { readDockerTlsCa } from "../net/tls-trust.js";
import { retryLines, withRetries, type RetryLines, type RetryOptions } from "../net/retry.js";
import { RegistryClient } from "../registry/client.js";
import type { ImageReference } from "../registry/reference.js";

export interface ConnectOptions {
  /** Explicit Notary server URL (input `notary-server`). */
  notaryServer?: string;
  /** `DOCKER_CONTENT_TRUST_SERVER`, passed in by the entry point. */
  envNotaryServer?: string;
  caPem?: string;
  credentials?: Credentials;
  /** Where `credentials` came from, for messages: "inputs" (the default) or the CLI flag. */
  credentialsSource?: string;
  dockerConfigDir?: string;
  helperPath?: string;
  timeoutMs?: number;
  /** Registries spoken to over plain http (loopback registries need no entry). */
  insecureRegistries?: string[];
  /** Forward proxies from HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read by the entry point. */
  proxy?: ProxyConfig;
  retry?: RetryOptions | undefined;
  /** The run's deadline (input `deadline`), 5 minutes by default; see net/deadline.ts. */
  deadlineMs?: number;
  /** When the run's deadline ends (milliseconds since the epoch); from `deadlineMs` and now when absent. */
  deadlineAt?: number;
  /** Each retry as it happens, as one line (what, why, attempt n of m, the wait). */
  logRetry?: (message: string) => void;
  /** The run's clock: whether the Notary server's service has ended (notary/retirements.ts). */
  now?: () => number;
  /** Retry lines shared with other connections (a verify's), used instead of `logRetry`'s own. */
  retryLines?: RetryLines;
  userAgent?: string;
  /** A transport to use instead of a new one (tests, or sharing one across images). */
  transport?: Transport;
  /** The run will upload to the Notary server: its first token asks for push too (net/auth.ts). */
  pushFromStart?: boolean;
  /**
   * Credentials already resolved, per registry host, shared by the connections of one run (verify
   * of many images): the docker config, or a credential helper, is then read once per registry.
   */
  credentialsCache?: Map<string, Promise<ResolvedCredentials | undefined>>;
}

export interface Connection {
  notary: NotaryClient;
  registry: RegistryClient;
  notaryServer: string;
  /**
   * Settles once the credentials are read (the docker config, a helper): requests sent before
   * then are made right after it, without further waits on I/O. Never rejects; a failure to read
   * them is reported by the first request.
   */
  ready: Promise<void>;
  close(): void;
}

/**
 * The AWS SDK's request handler for KMS behind the forward proxy: agents that send each request
 * directly or through the proxy, as our transport does (destroying the SDK client destroys them).
 * Empty without a proxy, so the SDK keeps its own handler. `setupMs` bounds opening a tunnel
 * (DEFAULT_CONNECT_TIMEOUT_MS when absent; tests give a shorter one).
 */
export function kmsProxyOptions(
  proxy: ProxyConfig | undefined,
  setupMs?: number,
): {
  requestHandler?: { httpAgent: import("node:http").Agent; httpsAgent: import("node:http").Agent };
} {
  if (!proxy) return {};
  const router = createRouter({ proxy, maxSockets: 16, ...(setupMs ? { setupMs } : {}) });
  return { requestHandler: { httpAgent: router.agentFor(false), httpsAgent: router.agentFor(true) } };
}

/**
 * How a run reaches and bounds its KMS calls, as it does its requests: through its forward proxy
 * (kmsProxyOptions), each call by the request timeout, all by the run's deadline (`deadlineAt`, or
 * one that starts now for a command whose KMS lookup comes before its run).
 */
export function kmsCallOptions(
  config: { proxy?: ProxyConfig | undefined; deadlineMs?: number | undefined; timeoutMs?: number | undefined },
  deadlineAt?: number,
  now: () => number = Date.now,
): ReturnType<typeof kmsProxyOptions> & {
  requestTimeoutMs?: number;
  deadline: { at: number; ms: number; now: () => number };
} {
  const ms = config.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS;
  return {
    ...kmsProxyOptions(config.proxy),
    ...(config.timeoutMs ? { requestTimeoutMs: config.timeoutMs } : {}),
    deadline: { at: deadlineAt ?? now() + ms, ms, now },
  };
}

/**
 * CA certificates for Notary servers from docker's `$DOCKER_CONFIG/tls/<host:port>/` directory
 * (each `*.crt`), read once per host; other hosts get none, as in `docker trust`.
 */
export function notaryHostCa(
  dockerConfigDir: string | undefined,
  notaryHosts: ReadonlySet<string>,
): (host: string) => string | undefined {
  const read = new Map<string, string | undefined>();
  return (host) => {
    if (!dockerConfigDir || !notaryHosts.has(host)) return undefined;
    if (!read.has(host)) read.set(host, readDockerTlsCa(dockerConfigDir, host));
    return read.get(host);
  };
}

export function connect(ref: ImageReference, opts: ConnectOptions): Connection {
  const notaryServer = notaryServerFor(ref, opts.notaryServer, opts.envNotaryServer);
  const own = opts.transport
    ? undefined
    : createTransport({
        ...(opts.caPem ? { caPem: opts.caPem } : {}),
        ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        userAgent: opts.userAgent ?? "content-trust-action",
        proxy: opts.proxy,
        hostCa: notaryHostCa(opts.dockerConfigDir, new Set([new URL(notaryServer).host])),
      });
  const deadlineMs = opts.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS;
  const deadlineAt = opts.deadlineAt ?? Date.now() + deadlineMs;
  const bounded = withDeadline(opts.transport ?? own!, {
    deadlineAt,
    deadlineMs,
    ...(opts.timeoutMs ? { requestTimeoutMs: opts.timeoutMs } : {}),
  });
  // Once the run has closed its connection (it is over, failed or not), requests still in flight
  // fail with it (or, on a transport the caller shares, go on without us): they are not worth a
  // "retrying" line after the run's own result.
  let closed = false;
  const lines = opts.retryLines ?? (opts.logRetry ? retryLines(opts.logRetry) : undefined);
  const answered: typeof bounded = async (req) => {
    const res = await bounded(req);
    lines?.answered(req.url, res.status);
    return res;
  };
  const retry: RetryOptions = {
    ...opts.retry,
    deadlineAt,
    onRetry: (e) => {
      if (closed) return;
      opts.retry?.onRetry?.(e);
      lines?.retrying(e);
    },
  };
  const transport = withRetries(answered, retry);
  // A service past its end is not asked again: a failure is reported as that end (load-trust.ts),
  // where retries against a host that no longer answers would only hold the run up to four times
  // as long. Other hosts are retried as before: the registry, and the token service the Notary
  // server names (auth.docker.io, still in service).
  const endedHost = endedService(notaryServer, (opts.now ?? Date.now)()) ? new URL(notaryServer).host : undefined;
  const once = endedHost ? withRetries(answered, { ...retry, attempts: 1 }) : undefined;
  const notaryTransport: Transport = once
    ? (req) => (new URL(req.url).host === endedHost ? once(req) : transport(req))
    : transport;
  const cache = opts.credentialsCache ?? new Map<string, Promise<ResolvedCredentials | undefined>>();
  const credentialsFor = (registry: string) => {
    let p = cache.get(registry);
    if (!p) {
      p = resolveCredentials(registry, {
        ...(opts.credentials
          ? {
              explicit: opts.credentials,
              ...(opts.credentialsSource ? { explicitSource: opts.credentialsSource } : {}),
            }
          : {}),
        ...(opts.dockerConfigDir ? { dockerConfigDir: opts.dockerConfigDir } : {}),
        ...(opts.helperPath ? { helperPath: opts.helperPath } : {}),
      });
      cache.set(registry, p);
    }
    return p;
  };
  let session: Promise<AuthSession> | undefined;
  const sessionFor = () =>
    (session ??= credentialsFor(ref.registry).then(
      (credentials) =>
        new AuthSession({
          transport: notaryTransport,
          baseUrl: notaryServer,
          repository: ref.name,
          credentialsHost: ref.registry,
          notary: true,
          ...(credentials ? { credentials } : {}),
          ...(opts.pushFromStart ? { pushFromStart: true } : {}),
        }),
    ));
  // The credentials are read (the docker config, a helper) while the caller prepares its first
  // requests, so that these are sent at once; a failure is reported by the first request.
  const ready = sessionFor().then(
    () => undefined,
    () => undefined,
  );
  const notary = new NotaryClient({
    baseUrl: notaryServer,
    gun: ref.name,
    send: async (req, access) => (await sessionFor()).request(req, access),
  });
  const registry = new RegistryClient({
    transport,
    credentials: credentialsFor,
    ...(opts.insecureRegistries ? { insecureHosts: opts.insecureRegistries } : {}),
  });
  return {
    notary,
    registry,
    notaryServer,
    ready,
    // Only a transport made here is closed; a shared one belongs to the caller.
    close: () => {
      closed = true;
      own?.close();
    },
  };
}
