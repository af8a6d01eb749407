/**
 * Runs the clients of one benchmark row the same number of times, interleaved (run 1 of each, then
 * run 2 of each, …) so that drift on the machine spreads evenly, after one uncounted warm-up run of
 * each (which also fills the caches of the "cached" variants).
 */
import type { BenchEnv } from "./env.js";
import { summarise, type ProcessRun, type Sample, type Summary } from "./measure.js";
import type { ProxyRecord } from "../test/stack/proxy.js";

export type Measured = () => Promise<ProcessRun | ProcessRun[] | unknown>;

export interface Client {
  label: string;
  side: "ours" | "go";
  /** For `ours`: the label of the Go client it is compared with. */
  versus?: string;
  /** Prepares run `i` (-1 for the warm-up) outside the timing and returns what is timed. */
  prepare(i: number): Promise<Measured>;
}

export interface Line {
  label: string;
  side: "ours" | "go";
  versus?: string;
  summary: Summary;
}

export type Metric = "ms" | "firstRequestMs";

export interface Row {
  id: string;
  title: string;
  /** What "vs Go" compares: wall time, or time to the first request (start-up). */
  metric: Metric;
  lines: Line[];
  notes: string[];
}

export async function compareClients(
  env: BenchEnv,
  runs: number,
  clients: readonly Client[],
  log: (m: string) => void,
): Promise<Line[]> {
  for (const client of clients) {
    const body = await client.prepare(-1);
    await body();
  }
  const samples = new Map<Client, Sample[]>(clients.map((c) => [c, []]));
  for (let i = 0; i < runs; i++) {
    for (const client of clients) {
      const body = await client.prepare(i);
      const sample = await env.traffic.measure(async () => {
        const result = await body();
        return isRuns(result) ? result : undefined;
      });
      samples.get(client)!.push(sample);
      if (i === 0 && process.env.BENCH_TRACE) log(timeline(client.label, sample, env.traffic.records()));
    }
    log(
      `  run ${i + 1}/${runs}: ${clients.map((c) => `${c.label} ${Math.round(samples.get(c)!.at(-1)!.ms)} ms`).join(", ")}`,
    );
  }
  return clients.map((c) => ({
    label: c.label,
    side: c.side,
    ...(c.versus ? { versus: c.versus } : {}),
    summary: summarise(samples.get(c)!),
  }));
}

function isRuns(value: unknown): value is ProcessRun | ProcessRun[] {
  const one = (v: unknown) => typeof v === "object" && v !== null && "exitedAt" in v && "startedAt" in v;
  return Array.isArray(value) ? value.every(one) : one(value);
}

/** Go median ÷ ours median on the row's metric (>1: ours is faster), or undefined without a Go line. */
export function speedup(row: Row, line: Line): number | undefined {
  if (line.side !== "ours" || !line.versus) return undefined;
  const go = row.lines.find((l) => l.label === line.versus);
  const value = (l: Line) => (row.metric === "ms" ? l.summary.ms : l.summary.firstRequestMs);
  const a = go && value(go);
  const b = value(line);
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}

/** Each request of a run relative to its first (BENCH_TRACE=1): arrival, end, new connection, what. */
function timeline(label: string, sample: Sample, records: readonly ProxyRecord[]): string {
  const t0 = records[0]?.startedAt ?? 0;
  const lines = records.map(
    (r) =>
      `    ${String(Math.round(r.startedAt - t0)).padStart(5)} ${String(Math.round((r.endedAt ?? t0) - t0)).padStart(5)} ${r.newConnection ? "new " : "    "}${r.method} ${r.path.replace(/^\/v2\/[^_]*\/_trust\/tuf\//, "tuf/")} ${r.status ?? ""}`,
  );
  return [
    `  ${label}: ${Math.round(sample.ms)} ms, first request at ${Math.round(sample.firstRequestMs ?? 0)} ms`,
    ...lines,
  ].join("\n");
}
