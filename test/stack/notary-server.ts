// A real notary-server (Debian package "notary") on 127.0.0.1 with TLS and memory storage, either
// signing with its own keys (trust "local": ed25519 server keys) or through a notary-signer over
// mutual TLS (trust "signer": ecdsa server keys, the production topology).
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import tls from "node:tls";
import { StartupError, waitUntilHealthy } from "./http-get.js";
import { createPki, type Pki } from "./pki.js";
import { delay, freePort, lostPortRace, startService, type Service } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export type NotaryTrust = "local" | "signer";

export interface NotaryServerOptions {
  trust: NotaryTrust;
  /** Certificates to serve with; a fresh PKI is made (and removed on stop) when omitted. */
  pki?: Pki;
  /** notary-server log level (default "error"); its output is kept for diagnostics. */
  logLevel?: "debug" | "info" | "warn" | "error";
  /** Also append the servers' output to `<logDir>/notary-server-<trust>.log` (and notary-signer.log). */
  logDir?: string;
  startTimeoutMs?: number;
  /** The config's `auth` section, e.g. `{ type: "token", options: { realm, service, issuer, rootcertbundle } }`. */
  auth?: Record<string, unknown>;
  /** The config's `storage` section; memory when omitted. */
  storage?: Record<string, unknown>;
  /** With trust "signer": this running notary-signer (shared by several servers) instead of a new one. */
  signer?: NotarySigner;
  /** Listen on this port (a restart at the same address); a free port when omitted. */
  port?: number;
  /** Log file name part: `notary-server-<name>.log` (default: the trust). */
  name?: string;
  /** More environment for notary-server (e.g. GOMAXPROCS). */
  env?: Record<string, string>;
}

export interface NotarySigner {
  /** gRPC port on 127.0.0.1. */
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

export interface NotaryServer {
  /** https://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT */
  host: string;
  trust: NotaryTrust;
  caFile: string;
  caPem: string;
  /** Recent output of notary-server (and notary-signer), for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;

export async function startNotaryServer(options: NotaryServerOptions): Promise<NotaryServer> {
  const pki = options.pki ?? (await createPki());
  const dir = makeTempDir(`notary-${options.trust}`);
  try {
    for (let attempt = 1; ; attempt++) {
      const services: Service[] = [];
      try {
        const started = await startOnce(options, pki, dir, services);
        return {
          ...started,
          caFile: pki.caFile,
          caPem: pki.caPem,
          trust: options.trust,
          logs: () => services.map((s) => `--- ${s.name} ---\n${s.output()}`).join("\n"),
          stop: async () => {
            await Promise.all(services.map((s) => s.stop()));
            await removeTempDir(dir);
            if (!options.pki) await pki.dispose();
          },
        };
      } catch (error) {
        const raced = services.some(lostPortRace);
        await Promise.all(services.map((s) => s.stop()));
        if (!raced || attempt >= START_ATTEMPTS || options.port !== undefined) throw error;
      }
    }
  } catch (error) {
    await removeTempDir(dir);
    if (!options.pki) await pki.dispose();
    throw error;
  }
}

async function startOnce(
  options: NotaryServerOptions,
  pki: Pki,
  dir: string,
  services: Service[],
): Promise<{ url: string; host: string }> {
  const port = options.port ?? (await freePort());
  const logLevel = options.logLevel ?? "error";
  let trustService: Record<string, string> = { type: "local" };
  if (options.trust === "signer") {
    let grpcPort = options.signer?.port;
    if (grpcPort === undefined) {
      grpcPort = await freePort();
      const signer = await signerService(pki, dir, grpcPort, logLevel, logFile(options, "notary-signer"));
      services.push(signer);
      await waitForTlsListener(grpcPort, pki, signer, 30_000);
    }
    trustService = {
      type: "remote",
      hostname: "127.0.0.1",
      port: String(grpcPort),
      tls_ca_file: pki.caFile,
      key_algorithm: "ecdsa",
      tls_client_cert: pki.chainFile,
      tls_client_key: pki.keyFile,
    };
  }
  const config = {
    server: { http_addr: `127.0.0.1:${port}`, tls_cert_file: pki.chainFile, tls_key_file: pki.keyFile },
    trust_service: trustService,
    storage: options.storage ?? { backend: "memory" },
    logging: { level: logLevel },
    ...(options.auth ? { auth: options.auth } : {}),
  };
  const configFile = path.join(dir, `server-${port}.json`);
  await writeFile(configFile, JSON.stringify(config, null, 2));
  services.push(
    startService(`notary-server (${options.name ?? options.trust})`, "notary-server", ["-config", configFile], {
      env: { ...cleanEnv(), ...options.env },
      logFile: logFile(options, `notary-server-${options.name ?? options.trust}`),
    }),
  );
  const host = `127.0.0.1:${port}`;
  const url = `https://${host}`;
  await waitUntilHealthy(`${url}/_notary_server/health`, services, {
    ca: pki.caPem,
    timeoutMs: options.startTimeoutMs ?? 30_000,
  });
  return { url, host };
}

function logFile(options: NotaryServerOptions, name: string): string | undefined {
  return options.logDir ? path.join(options.logDir, `${name}.log`) : undefined;
}

/** A notary-signer over mutual TLS that several notary-servers can share (`signer` option). */
export async function startNotarySigner(
  pki: Pki,
  options: { logDir?: string; logLevel?: string } = {},
): Promise<NotarySigner> {
  const dir = makeTempDir("notary-signer");
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const service = await signerService(
      pki,
      dir,
      port,
      options.logLevel ?? "error",
      options.logDir ? path.join(options.logDir, "notary-signer.log") : undefined,
    );
    try {
      await waitForTlsListener(port, pki, service, 30_000);
      const started = service;
      return {
        port,
        logs: () => started.output(),
        stop: async () => {
          await started.stop();
          await removeTempDir(dir);
        },
      };
    } catch (error) {
      await service.stop();
      if (!lostPortRace(service) || attempt >= START_ATTEMPTS) {
        await removeTempDir(dir);
        throw error;
      }
    }
  }
}

async function signerService(
  pki: Pki,
  dir: string,
  grpcPort: number,
  logLevel: string,
  log: string | undefined,
): Promise<Service> {
  const config = {
    server: {
      grpc_addr: `127.0.0.1:${grpcPort}`,
      tls_cert_file: pki.chainFile,
      tls_key_file: pki.keyFile,
      client_ca_file: pki.caFile,
    },
    storage: { backend: "memory" },
    logging: { level: logLevel },
  };
  const configFile = path.join(dir, `signer-${grpcPort}.json`);
  await writeFile(configFile, JSON.stringify(config, null, 2));
  // The default alias names the variable that holds the passphrase for the keys it stores.
  const env = {
    ...cleanEnv(),
    NOTARY_SIGNER_DEFAULT_ALIAS: "stack",
    NOTARY_SIGNER_STACK: randomBytes(16).toString("hex"),
  };
  return startService("notary-signer", "notary-signer", ["-config", configFile], { env, logFile: log });
}

/**
 * notary-server's health check does not cover its signer, and its first gRPC dial backs off if the
 * signer is not listening yet, so wait for a mutual-TLS handshake with the signer first.
 */
async function waitForTlsListener(port: number, pki: Pki, service: Service, timeoutMs: number): Promise<void> {
  const [cert, key] = await Promise.all([readFile(pki.chainFile, "utf8"), readFile(pki.keyFile, "utf8")]);
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (service.isRunning()) {
    try {
      await tlsHandshake({
        host: "127.0.0.1",
        port,
        ca: pki.caPem,
        cert,
        key,
        ALPNProtocols: ["h2"],
        servername: "localhost",
      });
      return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline)
      throw new StartupError(`${service.name} not accepting TLS on ${port} (${last})`, [service]);
    await delay(25);
  }
  throw new StartupError(`${service.name} exited during startup`, [service]);
}

function tlsHandshake(options: tls.ConnectionOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(options, () => {
      socket.end();
      resolve();
    });
    socket.setTimeout(2_000, () => socket.destroy(new Error("TLS handshake timed out")));
    socket.on("error", reject);
  });
}

/** The parent's environment without NOTARY_* variables, which notary binaries read as configuration. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("NOTARY_")));
}
