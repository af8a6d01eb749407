/**
 * What one benchmark run measures: wall time, the HTTP requests the latency proxies saw and how
 * many sequential round-trip waves they formed, the time to the first request, and (when asked)
 * the peak resident memory of the process.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { Proxy, ProxyRecord } from "../test/stack/proxy.js";

export interface Sample {
  ms: number;
  requests: number;
  /** Connections the clients opened (each costs TCP, and TLS for https, set-up round trips). */
  connections: number;
  waves: number;
  /** From the start of the run to the first request at any proxy. */
  firstRequestMs?: number;
  /** From the start of the run to the first connection either proxy accepted. */
  firstConnectionMs?: number;
  /** Peak resident set size of the process, KiB (the largest of a sequence of processes). */
  peakRssKb?: number;
  /** Peak V8 heap in use, KiB (ours, row 5). */
  peakHeapKb?: number;
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** performance.now() at spawn and at exit. */
  startedAt: number;
  exitedAt: number;
  peakRssKb?: number;
  /** Peak V8 heap in use, when the process ran with bench/heap-sample.mjs preloaded. */
  peakHeapKb?: number;
}

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Measure peak RSS: /usr/bin/time when present, else VmHWM sampled from /proc. */
  memory?: boolean;
  timeoutMs?: number;
}

const GNU_TIME = "/usr/bin/time";

/** Spawns a program with stdin closed; never throws for a non-zero exit (the caller checks `code`). */
export function runProcess(file: string, args: readonly string[], options: SpawnOptions): Promise<ProcessRun> {
  const wrap = options.memory === true && existsSync(GNU_TIME);
  const marker = "__bench_peak_rss_kb=";
  const [cmd, argv] = wrap ? [GNU_TIME, ["-f", `${marker}%M`, file, ...args]] : [file, [...args]];
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(cmd, argv, { env: options.env, cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let exitedAt = 0;
    let sampled = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const sampler =
      options.memory && !wrap && child.pid !== undefined
        ? setInterval(() => {
            try {
              const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
              if (m) sampled = Math.max(sampled, Number(m[1]));
            } catch {
              // exited between two samples
            }
          }, 5)
        : undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", (err) => {
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      reject(err);
    });
    child.on("exit", () => (exitedAt = performance.now()));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      let peakRssKb: number | undefined = sampled || undefined;
      if (wrap) {
        const at = stderr.lastIndexOf(marker);
        if (at >= 0) {
          peakRssKb = Number(
            stderr
              .slice(at + marker.length)
              .trim()
              .split(/\s/)[0],
          );
          stderr = stderr.slice(0, at);
        }
      }
      const heap = /\n?__bench_peak_heap_kb=(\d+)\n?/.exec(stderr);
      if (heap) stderr = stderr.replace(heap[0], "");
      resolve({
        code: code ?? 1,
        stdout,
        stderr,
        startedAt,
        exitedAt: exitedAt || performance.now(),
        ...(peakRssKb ? { peakRssKb } : {}),
        ...(heap ? { peakHeapKb: Number(heap[1]) } : {}),
      });
    });
  });
}

/** Throws with the program's output when it failed. */
export function check(run: ProcessRun, what: string): ProcessRun {
  if (run.code !== 0) throw new Error(`${what} exited with ${run.code}:\n${(run.stderr + run.stdout).slice(-3000)}`);
  return run;
}

/** The proxies every client talks to; a run is measured over the records of all of them. */
export class Traffic {
  constructor(private readonly proxies: readonly Proxy[]) {}

  clear(): void {
    for (const p of this.proxies) p.clearRecords();
  }

  records(): ProxyRecord[] {
    return this.proxies.flatMap((p) => p.records).sort((a, b) => a.startedAt - b.startedAt);
  }

  /**
   * Runs `body` with the records cleared before and read after. `body` may return a process run
   * (or several, run one after another) for peak memory; wall time is measured around `body`.
   */
  async measure(body: () => Promise<ProcessRun | ProcessRun[] | void>): Promise<Sample> {
    this.clear();
    const startedAt = performance.now();
    const result = await body();
    const ms = performance.now() - startedAt;
    const records = this.records();
    const opened = this.proxies.flatMap((p) => p.connectionsOpened);
    const runs = result === undefined ? [] : Array.isArray(result) ? result : [result];
    const peaks = runs.map((r) => r.peakRssKb ?? 0).filter((kb) => kb > 0);
    const heaps = runs.map((r) => r.peakHeapKb ?? 0).filter((kb) => kb > 0);
    return {
      ms,
      requests: records.length,
      connections: records.filter((r) => r.newConnection).length,
      waves: this.proxies[0]!.waves(records),
      ...(records.length > 0 ? { firstRequestMs: records[0]!.startedAt - startedAt } : {}),
      ...(opened.length > 0 ? { firstConnectionMs: Math.min(...opened) - startedAt } : {}),
      ...(peaks.length > 0 ? { peakRssKb: Math.max(...peaks) } : {}),
      ...(heaps.length > 0 ? { peakHeapKb: Math.max(...heaps) } : {}),
    };
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians of each field over the samples of one client. */
export interface Summary {
  runs: number;
  ms: number;
  requests: number;
  connections: number;
  waves: number;
  firstRequestMs?: number;
  firstConnectionMs?: number;
  peakRssKb?: number;
  peakHeapKb?: number;
  /** Fastest and slowest run, to show the spread. */
  minMs: number;
  maxMs: number;
}

export function summarise(samples: readonly Sample[]): Summary {
  const pick = (f: (s: Sample) => number | undefined) => {
    const values = samples.map(f).filter((v): v is number => v !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  const first = pick((s) => s.firstRequestMs);
  const firstConnection = pick((s) => s.firstConnectionMs);
  const rss = pick((s) => s.peakRssKb);
  const heap = pick((s) => s.peakHeapKb);
  return {
    runs: samples.length,
    ms: pick((s) => s.ms)!,
    requests: pick((s) => s.requests)!,
    connections: pick((s) => s.connections)!,
    waves: pick((s) => s.waves)!,
    ...(first !== undefined ? { firstRequestMs: first } : {}),
    ...(firstConnection !== undefined ? { firstConnectionMs: firstConnection } : {}),
    ...(rss !== undefined ? { peakRssKb: rss } : {}),
    ...(heap !== undefined ? { peakHeapKb: heap } : {}),
    minMs: Math.min(...samples.map((s) => s.ms)),
    maxMs: Math.max(...samples.map((s) => s.ms)),
  };
}
