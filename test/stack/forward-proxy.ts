// A real forward proxy (Debian package "squid") on a free loopback port, with its own configuration,
// logs and hosts file in a temporary directory. Names under content-trust.test resolve only in its
// hosts file (to 127.0.0.1), and it asks no DNS server but 127.0.0.1, so a request to such a name
// succeeds only through the proxy. Started by the tests that need it, not by the shared stack.
import { chmodSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { assertStackPrograms } from "./binaries.js";
import { PROXIED_DOMAIN } from "./pki.js";
import { delay, freePort, lostPortRace, startService, type Service } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export { PROXIED_DOMAIN } from "./pki.js";

export interface ProxyLogEntry {
  /** CONNECT, GET, HEAD, POST… */
  method: string;
  /** host:port for CONNECT, the absolute URL otherwise. */
  target: string;
  /** Squid's result, e.g. TCP_TUNNEL/200 or TCP_MISS/200. */
  result: string;
  /** The host (and port) the request was for. */
  host: string;
}

export interface ForwardProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Every request the proxy finished (a CONNECT tunnel is logged when it closes). */
  log(): ProxyLogEntry[];
  /** Polls the access log (bounded) until `done` holds for it; returns the log. */
  waitForLog(done: (entries: ProxyLogEntry[]) => boolean, timeoutMs?: number): Promise<ProxyLogEntry[]>;
  stop(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** Names (under content-trust.test) the proxy resolves to 127.0.0.1. */
  names: string[];
  /** Basic credentials the proxy demands (none when absent). */
  credentials?: { user: string; password: string };
}

const START_ATTEMPTS = 3;

export async function startForwardProxy(options: ForwardProxyOptions): Promise<ForwardProxy> {
  assertStackPrograms(["squid"]);
  for (const name of options.names) {
    if (!name.endsWith(`.${PROXIED_DOMAIN}`)) throw new Error(`proxied names must end in .${PROXIED_DOMAIN}: ${name}`);
  }
  const dir = makeTempDir("squid");
  // Squid started as root works as the user "proxy": it must be able to write its logs here.
  chmodSync(dir, 0o777);
  const accessLog = path.join(dir, "access.log");
  await writeFile(path.join(dir, "hosts"), `127.0.0.1 ${options.names.join(" ")}\n`);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const configFile = path.join(dir, `squid-${port}.conf`);
    await writeFile(configFile, await squidConfig(dir, port, options.credentials));
    const service = startService("squid", "squid", ["-N", "-f", configFile], { logFile: path.join(dir, "squid.out") });
    try {
      await waitForPort(port, service, 30_000);
      const log = () => parseAccessLog(readText(accessLog));
      return {
        url: `http://127.0.0.1:${port}`,
        log,
        async waitForLog(done, timeoutMs = 10_000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const entries = log();
            if (done(entries) || Date.now() > deadline) return entries;
            await delay(50);
          }
        },
        stop: async () => {
          await service.stop();
          await removeTempDir(dir);
        },
      };
    } catch (error) {
      const raced = lostPortRace(service) || /Address already in use|Cannot open HTTP Port/i.test(service.output());
      await service.stop();
      if (!raced || attempt >= START_ATTEMPTS) {
        await removeTempDir(dir);
        throw error;
      }
    }
  }
}

async function squidConfig(
  dir: string,
  port: number,
  credentials: ForwardProxyOptions["credentials"],
): Promise<string> {
  const lines = [
    `http_port 127.0.0.1:${port}`,
    `pid_filename ${path.join(dir, "squid.pid")}`,
    `access_log stdio:${path.join(dir, "access.log")}`,
    `cache_log ${path.join(dir, "cache.log")}`,
    "cache_store_log none",
    "cache deny all",
    `coredump_dir ${dir}`,
    // Names resolve from this file only; the one DNS server is loopback, so nothing leaves the machine.
    `hosts_file ${path.join(dir, "hosts")}`,
    "dns_nameservers 127.0.0.1",
    "dns_timeout 2 seconds",
    "pinger_enable off",
    "icp_port 0",
    "htcp_port 0",
    "snmp_port 0",
    "shutdown_lifetime 0 seconds",
    "logfile_rotate 0",
    "via off",
    "forwarded_for delete",
  ];
  if (credentials) {
    // Basic auth with a helper that accepts one user: squid's own helpers need a password file.
    const helper = path.join(dir, "auth-helper.sh");
    await writeFile(
      helper,
      `#!/bin/sh\nwhile read user pass; do if [ "$user" = '${credentials.user}' ] && [ "$pass" = '${credentials.password}' ]; then echo OK; else echo ERR; fi; done\n`,
      { mode: 0o755 },
    );
    lines.push(
      `auth_param basic program ${helper}`,
      "auth_param basic realm test-proxy",
      "acl authenticated proxy_auth REQUIRED",
      "http_access allow authenticated",
      "http_access deny all",
    );
  } else {
    lines.push("http_access allow all");
  }
  return lines.join("\n") + "\n";
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Squid's native log format: time elapsed client result bytes method URL user hierarchy type. */
export function parseAccessLog(text: string): ProxyLogEntry[] {
  return text
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 7)
    .map((f) => {
      const method = f[5]!;
      const target = f[6]!;
      let host = target;
      if (method !== "CONNECT") {
        try {
          host = new URL(target).host;
        } catch {
          host = target;
        }
      }
      return { method, target, result: f[3]!, host };
    });
}

async function waitForPort(port: number, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (service.isRunning()) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) break;
    await delay(50);
  }
  throw new Error(`squid did not start on 127.0.0.1:${port}:\n${service.output().slice(-4000)}`);
}
