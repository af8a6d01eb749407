/**
 * Connections to the Notary server (and, for a sign, to the registry) opened by an entry point
 * before the code that sends the requests is loaded. A new TLS connection costs two round trips
 * (TCP, then TLS) before its first request, a plain one (a registry listed as insecure) one;
 * opened first, those round trips pass while the runtime loads and compiles the command and reads
 * the key. The TCP set-up starts before Node's tls and crypto modules are loaded (this module and
 * the entry points' early-connect modules import neither): loading them takes several milliseconds,
 * which the TCP round trip then overlaps; TLS starts on the same connections once they are loaded.
 * The transport's direct agents take these connections instead of opening their own.
 *
 * Trust is the same as for a connection the transport opens:
 * - A plain connection is handed only to a plain-http request for the same host and port.
 * - A TLS connection is handed only to a request for the same host, port and server name, whose TLS
 *   context trusts exactly the same extra CA certificates: both are made from PEM text that holds
 *   CERTIFICATE blocks only (anything else, such as OpenSSL's TRUSTED CERTIFICATE, would be trusted
 *   by the context but not compared, so such text never matches), compared by their DER bytes.
 *   Everything else is Node's default for both: the chain and the host name are checked, no client
 *   certificate is sent; a request that sets any TLS option of its own never takes one.
 * - Only direct routes: nothing is opened when a proxy is set in the environment, and the
 *   transport's proxy routes never take one.
 * - A connection that failed, closed, has bytes the server sent unasked (an idle server's 408
 *   before it closes), or waited longer than `MAX_WAIT_MS` is dropped. The request then opens its
 *   own connection and reports its own error, as without this module. One the server closes after
 *   it was taken is resent once on a new connection, as a reused keep-alive connection is
 *   (exchange.ts asks wasOpenedEarly).
 * Opening is best effort: any failure here only means that there is no early connection.
 */
import { statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type tls from "node:tls";
import { readRegularFileAtMostSync } from "../bounded-file.js";
import { connectionsFor } from "./http-parts.js";
import { notaryServerFor } from "./notary-server.js";
import { proxyConfigFromEnv } from "./proxy.js";
import type { parseCaBundle } from "./tls-trust.js";

/** How long an early connection waits to be taken before it is closed. */
const MAX_WAIT_MS = 10_000;
/**
 * Requests of one repository's first wave to its Notary server: root, timestamp, snapshot, targets
 * and targets/releases; a sign also asks for its signer's role.
 */
export const FIRST_WAVE = { read: 5, sign: 6 } as const;

/**
 * Whether a verify's accept setting spares some repositories the Notary server: `cosign` alone, or
 * any `pattern=cosign` line. Nothing is opened early then: which repositories still ask the server
 * is known only once the policy is read, and one that is gone must not even see a handshake.
 */
export function acceptsCosignAlone(accept: string | undefined): boolean {
  return (accept ?? "").split(/[\n,]/).some((line) => /(^|=)\s*cosign$/i.test(line.trim()));
}

/**
 * Requests of a sign's first wave to its registry: the manifest of each tag (the image's, else
 * latest, and the extra ones, without repeats) and of the digest, given or in the image.
 */
export function signRegistryWave(
  image: { tag?: string | undefined; digest?: string | undefined },
  extraTags: readonly string[],
  digest: string | undefined,
): number {
  return new Set([image.tag ?? "latest", ...extraTags]).size + ((digest ?? image.digest) ? 1 : 0);
}

/** Repositories a verify loads at once (workflows/verify.ts): their first waves go out together. */
export const REPOSITORIES_AT_ONCE = 32;

/** One image of a run: its repository and its Notary server's URL. */
export interface FirstWaveImage {
  repository: string;
  server: string;
}

/**
 * Connections to each Notary server host (`host:port`) for the first waves of a run's images, sent
 * together: per host, the fewest that take them in as few rounds as `max` would (connectionsFor),
 * counting each repository once (its first wave is sent once) and at most REPOSITORIES_AT_ONCE of
 * them. The entry points open this many early to the first image's host, and a verify's pool
 * allows the most of them per host (workflows/verify.ts), so the early connections always fit.
 */
export function firstWaveConnections(
  images: readonly FirstWaveImage[],
  perRepository: number,
  max: number,
): Map<string, number> {
  const repositories = new Map<string, Set<string>>();
  for (const image of images) {
    let host: string;
    try {
      host = new URL(image.server).host;
    } catch {
      continue;
    }
    const names = repositories.get(host) ?? new Set<string>();
    repositories.set(host, names.add(image.repository));
  }
  const connections = new Map<string, number>();
  for (const [host, names] of repositories)
    connections.set(host, connectionsFor(perRepository * Math.min(names.size, REPOSITORIES_AT_ONCE), max));
  return connections;
}

/** More connections than one wave of requests can use are never opened early. */
const MAX_EARLY_CONNECTIONS = 64;

interface Waiting {
  /** A TLSSocket for https, a plain one for http. */
  socket: net.Socket;
  servername: string;
  failed: boolean;
}

/** Early connections by `scheme host port trust` (trust: "" for http). */
const waiting = new Map<string, Waiting[]>();
/** Connections handed to a request (exchange.ts resends on them as on a reused one). */
const taken = new WeakSet<object>();

/** Whether a request's connection was opened early (and so may have been closed while it waited). */
export function wasOpenedEarly(socket: object | null | undefined): boolean {
  return socket != null && taken.has(socket);
}

const keyOf = (scheme: "https" | "http", host: string, port: number, trust: string) =>
  `${scheme} ${host} ${port} ${trust}`;

/** The SNI name Node's https agent sends for `host`: none for an IP address. */
const serverNameOf = (host: string) => (net.isIP(host) ? "" : host);

export interface EarlyConnectionOptions {
  /** The server's URL: https (TLS set up early too) or http; anything else opens nothing. */
  url: string;
  count: number;
}

/**
 * Opens up to `count` connections to the server of `url`, trusting the extra CA certificates
 * `caPems` for https (best effort; see the header). Resolves once they can be taken.
 */
export function openEarlyConnections(options: EarlyConnectionOptions & { caPems: readonly string[] }): Promise<void> {
  return open([options], () => options.caPems);
}

/** Connections to one server whose TCP set-up has started. */
interface Begun {
  host: string;
  port: number;
  secure: boolean;
  entries: Waiting[];
}

/**
 * Opens the connections of `targets` in two steps. Their TCP set-up starts first; Node's `tls` and
 * `crypto` modules are loaded, and the CA text parsed (`caPems`), only once it has: loading those
 * takes several milliseconds of this thread, which the TCP round trip now overlaps. TLS then starts
 * on each connection, once its TCP set-up is done, as the transport would start it on its own.
 * Plain connections can be taken at once, https ones once TLS has started on them; resolves after
 * one turn of the event loop in which those whose TCP set-up is done start it. Any failure here
 * leaves fewer early connections, or none.
 */
async function open(
  targets: readonly EarlyConnectionOptions[],
  caPems: (parse: typeof parseCaBundle) => readonly string[],
): Promise<void> {
  const begun = targets.map(begin).filter((b): b is Begun => b !== undefined);
  for (const b of begun) if (!b.secure) offer(keyOf("http", b.host, b.port, ""), b.entries);
  await started(begun.flatMap((b) => b.entries.map((e) => e.socket)));
  const secure = begun.filter((b) => b.secure);
  if (secure.length === 0) return;
  try {
    const [tlsModule, { contextWithExtraCas, trustOfContext }, { parseCaBundle: parse }] = await Promise.all([
      import("node:tls"),
      import("./tls-context.js"),
      import("./tls-trust.js"),
    ]);
    const extra = caPems(parse);
    // As the transport makes its context; one whose trust is not known could serve no request.
    const secureContext = extra.length > 0 ? contextWithExtraCas(extra) : undefined;
    const trust = trustOfContext(secureContext);
    if (trust === undefined) return drop(secure);
    for (const b of secure) {
      const servername = serverNameOf(b.host);
      const key = keyOf("https", b.host, b.port, trust);
      for (const entry of b.entries) {
        const tcp = entry.socket;
        const secureIt = () => {
          // One refused or closed meanwhile is not offered.
          if (entry.failed || tcp.destroyed) return;
          // The server's name is checked against host, as for a connection the transport opens.
          entry.socket = watch(
            entry,
            tlsModule.connect({ socket: tcp, host: b.host, servername, ...(secureContext ? { secureContext } : {}) }),
          );
          entry.servername = servername;
          offer(key, [entry]);
        };
        // Only over a finished TCP set-up: a socket still trying a name's addresses one after
        // another replaces its handle between attempts, and TLS started on the old one crashes
        // the process (seen with Node 24: a host whose IPv6 address refused, then IPv4).
        if (!tcp.connecting) secureIt();
        else
          settling(tcp)
            .then(secureIt)
            .catch(() => tcp.destroy());
      }
    }
    // Node sees a TCP set-up finish (and TLS starts on it) only in a turn of the event loop;
    // loading the command next takes tens of milliseconds without one (import() compiles on this
    // thread and its promise jobs run first). On a near server the TCP set-up is done by now: one
    // turn sends those handshakes' first messages before the loading.
    await new Promise<void>((resolve) => setImmediate(resolve));
  } catch {
    // No early https connection: the requests open their own.
    drop(secure);
  }
}

function drop(begun: readonly Begun[]): void {
  for (const b of begun) for (const entry of b.entries) entry.socket.destroy();
}

/** Starts the TCP set-up of a target's connections; undefined when it opens none. */
function begin(target: EarlyConnectionOptions): Begun | undefined {
  try {
    const url = new URL(target.url);
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") return undefined;
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port || (secure ? 443 : 80));
    const count = Math.min(Math.max(0, Math.floor(target.count)), MAX_EARLY_CONNECTIONS);
    if (count === 0) return undefined;
    const entries: Waiting[] = [];
    for (let i = 0; i < count; i++) {
      const entry: Waiting = { socket: net.connect({ host, port }), servername: "", failed: false };
      // As Node's agents open their connections (no delay, keep-alive probes after 1 s).
      entry.socket.setNoDelay(true);
      entry.socket.setKeepAlive(true, 1000);
      watch(entry, entry.socket);
      entries.push(entry);
    }
    setTimeout(() => {
      for (const entry of entries) if (!taken.has(entry.socket)) entry.socket.destroy();
    }, MAX_WAIT_MS).unref();
    return { host, port, secure, entries };
  } catch {
    return undefined;
  }
}

/**
 * Watches `socket`, the entry's connection: a failure marks the entry failed, and the socket never
 * keeps the process alive while it waits (each new address tried makes a new handle); a taken
 * connection is referenced again.
 */
function watch<S extends net.Socket>(entry: Waiting, socket: S): S {
  socket.on("error", () => {
    entry.failed = true;
  });
  socket.unref();
  socket.on("connectionAttempt", () => {
    if (!taken.has(socket)) socket.unref();
  });
  return socket;
}

/** TCP set-ups still under way, each settled by its socket's connect, error or close. */
const unsettled = new Set<Promise<void>>();

/** Resolves on the socket's connect; rejects on its error or close before that. */
function settling(socket: net.Socket): Promise<void> {
  const settled = new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("close", () => reject(new Error("closed before its TCP set-up finished")));
  });
  unsettled.add(settled);
  const forget = () => void unsettled.delete(settled);
  settled.then(forget, forget);
  return settled;
}

/** Resolves once every early connection's TCP set-up has finished or failed (tests). */
export async function earlyConnectionsSettled(): Promise<void> {
  while (unsettled.size > 0) await Promise.allSettled([...unsettled]);
}

function offer(key: string, entries: readonly Waiting[]): void {
  const list = waiting.get(key) ?? [];
  list.push(...entries);
  waiting.set(key, list);
}

/** How long an entry point waits for its early connections to start (a DNS lookup first). */
const START_WAIT_MS = 10;

/**
 * Resolves once each of `sockets` has started its connection attempt (or failed), and after
 * `START_WAIT_MS` at the latest; at once for none. Node starts a connection later than the call
 * that opens it: on the next tick for an IP address, once its DNS lookup answers for a host name.
 * An entry point that went straight on to load its code would put both off until the loading is
 * done (import() compiles on this thread, and its promise jobs run before the next tick), and the
 * connections' set-up would no longer overlap it. Waiting costs nothing for an IP address. For a
 * name it is the lookup, up to the limit: a process's first lookup takes about 10 ms on a small
 * machine even from /etc/hosts (libuv starts its thread pool for it), against a load of tens of
 * milliseconds and a TCP and TLS set-up of two round trips that then start that much sooner.
 */
function started(sockets: readonly net.Socket[]): Promise<void> {
  if (sockets.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const events = ["connectionAttempt", "error", "close"] as const;
    const waiting = new Map<net.Socket, () => void>();
    const stop = () => {
      clearTimeout(timer);
      for (const [socket, first] of waiting) for (const event of events) socket.off(event, first);
      waiting.clear();
      resolve();
    };
    const timer = setTimeout(stop, START_WAIT_MS);
    for (const socket of sockets) {
      const first = () => {
        for (const event of events) socket.off(event, first);
        waiting.delete(socket);
        if (waiting.size === 0) stop();
      };
      waiting.set(socket, first);
      for (const event of events) socket.on(event, first);
    }
  });
}

/**
 * An early connection for a direct https request to `host`:`port` with SNI `servername` and a TLS
 * context that trusts `trust` (tls-context.ts's trustOfContext: "" for Node's default CAs only,
 * undefined when not known), or undefined. Connections found failed, closed or holding unasked
 * bytes are dropped.
 */
export function takeEarlyConnection(
  host: string,
  port: number,
  servername: string,
  trust: string | undefined,
): tls.TLSSocket | undefined {
  if (waiting.size === 0 || trust === undefined) return undefined;
  // Only TLS sockets wait under an https key.
  return take(keyOf("https", host, port, trust), servername) as tls.TLSSocket | undefined;
}

/** An early connection for a direct plain-http request to `host`:`port`, or undefined (as above). */
export function takeEarlyPlainConnection(host: string, port: number): net.Socket | undefined {
  if (waiting.size === 0) return undefined;
  return take(keyOf("http", host, port, ""), "");
}

function take(key: string, servername: string): net.Socket | undefined {
  const list = waiting.get(key);
  while (list && list.length > 0) {
    const entry = list.shift()!;
    const { socket } = entry;
    if (
      entry.failed ||
      socket.destroyed ||
      !socket.writable ||
      socket.readableEnded ||
      socket.readableLength > 0 ||
      entry.servername !== servername
    ) {
      socket.destroy();
      continue;
    }
    taken.add(socket);
    socket.ref();
    return socket;
  }
  return undefined;
}

/** A CA file larger than this is left for the command to refuse. */
const MAX_CA_FILE_BYTES = 1024 * 1024;

export interface EarlyConnectOptions {
  /** The registries of the run's images, in order: the first one's Notary server is connected to. */
  registries: readonly string[];
  /** The repositories of the same images (a repository named twice sends one first wave). */
  repositories?: readonly string[];
  /** The server the run names (flag or input); else DOCKER_CONTENT_TRUST_SERVER, else the registry's. */
  notaryServer?: string | undefined;
  /** Requests of each repository's first wave (FIRST_WAVE). */
  firstWave: number;
  /**
   * The registries' base URLs the run's first wave asks (a sign resolves its tag there), as the
   * registry client starts with them; an undefined one (a scheme found by trying) opens nothing.
   */
  registryUrls?: readonly (string | undefined)[];
  /** Connections to each of those: the first wave's requests to it. */
  registryWave?: number;
  /** The transport's connections per server: more are never opened. */
  maxSockets: number;
  /** The run's extra CA certificates: PEM text, or the file that holds it. */
  ca?: { pem: string } | { file: string } | undefined;
  env: NodeJS.ProcessEnv;
  /** Docker's config directory, whose tls/<host:port>/ the transport would trust for this server. */
  dockerConfigDir: string;
}

/**
 * What the entry points call: opens one first wave's connections for each of the run's
 * repositories on the first one's Notary server, unless a forward proxy is set in the environment
 * or docker keeps CA certificates for this server (the transport adds those; these connections
 * would not match it). Best effort, as openEarlyConnections. The entry point awaits the promise
 * before it loads the command's code: it resolves once the connections have started, and TLS on
 * those whose TCP set-up is done (`open`).
 */
export function connectEarly(options: EarlyConnectOptions): Promise<void> {
  try {
    if (options.registries.length === 0 || proxyConfigFromEnv(options.env)) return Promise.resolve();
    const servers = options.registries.map((registry) =>
      notaryServerFor({ registry }, options.notaryServer, options.env.DOCKER_CONTENT_TRUST_SERVER),
    );
    const server = servers[0]!;
    const url = new URL(server);
    // As many as the transport's pool for the run will keep (workflows/verify.ts sizes it so).
    const count =
      firstWaveConnections(
        servers.map((s, i) => ({ repository: options.repositories?.[i] ?? String(i), server: s })),
        options.firstWave,
        options.maxSockets,
      ).get(url.host) ?? 0;
    if (statSync(path.join(options.dockerConfigDir, "tls", url.host), { throwIfNoEntry: false }))
      return Promise.resolve();
    const ca = options.ca;
    let text: string | undefined;
    if (ca && "file" in ca) {
      // Only a regular file: a pipe (--ca-cert <(…)) would be read here and then be empty for the
      // command, and a device might never end. Stat does not open it (opening a named pipe would
      // let its writer go on, to nobody); the read is bounded however the file changed since.
      const stat = statSync(ca.file, { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size > MAX_CA_FILE_BYTES) return Promise.resolve();
      const bytes = readRegularFileAtMostSync(ca.file, MAX_CA_FILE_BYTES);
      if (!bytes) return Promise.resolve();
      text = bytes.toString("utf8");
    } else if (ca) text = ca.pem;
    const registryUrls = new Set((options.registryUrls ?? []).filter((u): u is string => u !== undefined));
    return open(
      [
        { url: server, count },
        ...[...registryUrls].map((registryUrl) => ({
          url: registryUrl,
          count: Math.min(options.registryWave ?? 0, options.maxSockets),
        })),
      ],
      // The certificates as the transport is given them (each front end parses the CA text so); the
      // transport trusts them for every host, and docker's CA directory only for Notary servers.
      (parse) => (text === undefined ? [] : [parse(text, "CA")]),
    );
  } catch {
    // No early connection: the requests open their own.
    return Promise.resolve();
  }
}

/** Closes every early connection not taken (tests). */
export function dropEarlyConnections(): void {
  for (const list of waiting.values()) for (const entry of list.splice(0)) entry.socket.destroy();
  waiting.clear();
}
