/**
 * The closing note of RESULTS.md, from the numbers of this run: where the time went, and for every
 * line of ours that is not ahead of its Go client, what holds it back.
 */
import { speedup, type Line, type Row } from "./compare.js";
import type { StartupExtras } from "./rows-read.js";

const r0 = (v: number | undefined) => (v === undefined ? "?" : String(Math.round(v)));

function describe(line: Line): string {
  const s = line.summary;
  return `${line.label} ${r0(s.ms)} ms: ${r0(s.waves)} wave${s.waves === 1 ? "" : "s"}, ${r0(s.requests)} requests over ${r0(s.connections)} connections, first request at ${r0(s.firstRequestMs)} ms`;
}

export function closingNotes(
  rows: readonly Row[],
  behind: readonly { row: Row; line: Line }[],
  extras?: StartupExtras,
  sensitivity: readonly Row[] = [],
): string[] {
  const out: string[] = [
    "Why the rows come out as they do. The Go clients fetch timestamp, snapshot, targets and each delegation one after another, and open a new TCP and TLS connection for every request (`DisableKeepAlives: true` in notary's `cmd/notary/tuf.go` and docker's `cli/trust/trust.go`; the connections column shows it), so each request pays its own set-up. Ours sends every file it needs in one wave, together with the registry lookup, over keep-alive connections: a sign is one wave, one POST and one verifying wave.",
    "",
  ];
  for (const row of rows) {
    const line = row.lines.find((l) => l.side === "ours" && l.versus);
    const go = line && row.lines.find((l) => l.label === line.versus);
    if (!line || !go) continue;
    out.push(`- ${row.id}. ${row.title}: ${describe(line)}; ${describe(go)}.`);
  }
  const verify = rows.find((r) => r.id === "4");
  const many = verify?.lines.find((l) => l.side === "ours" && /×\d+$/.test(l.label) && !/×1$/.test(l.label));
  const one = verify?.lines.find((l) => l.side === "ours" && /×1$/.test(l.label));
  if (many && one) {
    const repositories = verify!.title.match(/\d+/)?.[0] ?? "the";
    const waves =
      many.summary.waves <= one.summary.waves
        ? `the run pays ${many.summary.waves} too: the first waves of all repositories go out file by file across them, every snapshot first, so the files that wait a round trip for one of the 64 connections per server are ones no later request depends on, and each repository's second wave (the delegations its snapshot names) goes out with them. Each file is checked as soon as it and the files checked before it are in.`
        : `the run pays ${many.summary.waves} in this run's median run: the first waves go out file by file across the repositories, every snapshot first, but their answers come in over tens of milliseconds (each of the 64 connections is ready only once its handshake is done, and the client does 64 of them at once), so the delegations named by the snapshots answered last are asked for after the first answers of the second wave.`;
    out.push(
      "",
      `Verify: ${many.label} takes ${(many.summary.ms / one.summary.ms).toFixed(1)}× as long as one image (${r0(many.summary.ms)} vs ${r0(one.summary.ms)} ms). Per repository the round trips are two (the ×1 line); ${waves} The rest is CPU on the same two cores: the client's 64 TLS handshakes and the checks of ${repositories} repositories, and the proxy's and the server's handshakes and answers.`,
    );
  }
  const small = rows.find((r) => r.id === "1");
  const big = rows.find((r) => r.id === "5");
  const pair = (row: Row | undefined) => {
    const ours = row?.lines.find((l) => l.side === "ours" && l.versus);
    return ours && row ? { ours, go: row.lines.find((l) => l.label === ours.versus) } : undefined;
  };
  const a = pair(small);
  const b = pair(big);
  if (a?.go && b?.go) {
    out.push(
      "",
      `Scale: signing into roles of ${big!.title.match(/[\d,]+ tags/)?.[0] ?? "many tags"} costs ours ${r0(b.ours.summary.ms - a.ours.summary.ms)} ms more than row 1 and notary ${r0(b.go.summary.ms - a.go.summary.ms)} ms more. Both download, parse, re-serialise and sign two ~1 MB roles and the server stores them (its POST answer takes a few hundred ms); ours also fetches both back by hash to prove the server stores them. The in-process floor in the notes of row 5 is the CPU part of that.`,
    );
  }
  const freeBehind = sensitivity.flatMap((row) =>
    row.lines.filter((l) => (speedup(row, l) ?? Infinity) < 1).map((line) => ({ row, line })),
  );
  if (sensitivity.length > 0) {
    out.push(
      "",
      freeBehind.length === 0
        ? "With free connection set-up (the second table), ours is still ahead on every line: the waves alone decide."
        : `With free connection set-up (the second table), ours is behind on: ${freeBehind
            .map(({ row, line }) => {
              const go = row.lines.find((l) => l.label === line.versus)!;
              return `${row.id}. ${line.label}, ${r0(line.summary.ms)} ms vs ${go.label} ${r0(go.summary.ms)} ms (${r0(line.summary.waves)} vs ${r0(go.summary.waves)} waves, first request at ${r0(line.summary.firstRequestMs)} vs ${r0(go.summary.firstRequestMs)} ms)`;
            })
            .join("; ")}. ${
            freeBehind.every(({ line }) => /cached/.test(line.versus ?? ""))
              ? "There notary's full metadata cache leaves only a ping and timestamp.json to fetch, two cheap round trips once connections are free, and our Node start-up is longer than those round trips; ours keeps only the root between runs and fetches the rest in its one wave."
              : "Once connections are free, Go's extra waves cost less than our longer start-up."
          }`,
    );
  }
  out.push("");
  if (behind.length === 0) {
    out.push("Every line of ours is ahead of the Go client it is compared with.");
    return out;
  }
  out.push("Not ahead in this run:", "");
  for (const { row, line } of behind) {
    const go = row.lines.find((l) => l.label === line.versus)!;
    const r = speedup(row, line)!;
    const metric = (l: Line) => (row.metric === "ms" ? l.summary.ms : l.summary.firstRequestMs);
    let why: string;
    if (row.metric === "firstRequestMs") {
      why =
        `start-up is the runtime: Node 24 alone takes ${extras ? `${r0(extras.nodeBareMs)} ms` : "tens of ms"} to start and exit on this machine${extras ? ` and ${r0(extras.nodeHttpsMs)} ms to send one https request and nothing else` : ""}, then the bundle is compiled and run (and, to sign, the key file read and decrypted) before the first request; a Go binary sends its first request within a few ms. ` +
        `Ours still finishes first (${r0(line.summary.ms)} ms for the whole run vs ${r0(go.summary.ms)} ms), because the waves after the first request are fewer`;
    } else if (
      line.summary.waves < go.summary.waves &&
      (line.summary.firstRequestMs ?? 0) > (go.summary.firstRequestMs ?? 0)
    ) {
      why = `fewer waves (${r0(line.summary.waves)} vs ${r0(go.summary.waves)}), but start-up before the first request (${r0(line.summary.firstRequestMs)} vs ${r0(go.summary.firstRequestMs)} ms) costs more than they save`;
    } else {
      why = `${r0(line.summary.waves)} vs ${r0(go.summary.waves)} waves, ${r0(line.summary.requests)} vs ${r0(go.summary.requests)} requests`;
    }
    out.push(
      `- ${row.id}. ${line.label}: ${r0(metric(line))} ms vs ${go.label} ${r0(metric(go))} ms (${(1 / r).toFixed(1)}× as long): ${why}.`,
    );
  }
  return out;
}
