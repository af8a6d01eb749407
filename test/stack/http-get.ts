// A GET over http or https that trusts a given CA, and a readiness wait built on it.
import http from "node:http";
import https from "node:https";
import { delay, type Service } from "./processes.js";

export interface HttpGetResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpGetOptions {
  /** PEM of the CA that signed the server's certificate (https only). */
  ca?: string | undefined;
  headers?: Record<string, string>;
  timeoutMs?: number | undefined;
}

export function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpGetResult> {
  const target = new URL(url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const onResponse = (response: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    };
    const request =
      target.protocol === "https:"
        ? https.get(target, { ca: options.ca, headers: options.headers, agent: false }, onResponse)
        : http.get(target, { headers: options.headers, agent: false }, onResponse);
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

/**
 * Poll `url` until it answers 200 (or `status`) while every one of `services` keeps running.
 * Throws with the services' output if one exits or the deadline passes.
 */
export async function waitUntilHealthy(
  url: string,
  services: readonly Service[],
  options: { ca?: string; timeoutMs?: number; /** The answer that means ready (default 200). */ status?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last = "no answer yet";
  for (;;) {
    const dead = services.find((service) => !service.isRunning());
    if (dead) throw new StartupError(`${dead.name} exited before ${url} became healthy`, services);
    try {
      const response = await httpGet(url, { ca: options.ca, timeoutMs: 2_000 });
      if (response.status === (options.status ?? 200)) return;
      last = `HTTP ${response.status} ${response.body.toString("utf8").slice(0, 200)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new StartupError(`${url} not healthy in time (last: ${last})`, services);
    await delay(50);
  }
}

/** A failed start, with the tail of every involved service's output. */
export class StartupError extends Error {
  constructor(message: string, services: readonly Service[]) {
    const logs = services.map(
      (service) => `--- ${service.name} ---\n${service.output().slice(-3000) || "(no output)"}`,
    );
    super([message, ...logs].join("\n"));
    this.name = "StartupError";
  }
}
