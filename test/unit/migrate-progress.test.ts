import { describe, expect, it } from "vitest";
import { progressPrinter } from "../../src/cli/commands/migrate.js";
import type { CliIo } from "../../src/cli/io.js";
import { migratePace } from "../../src/report/migrate.js";

const io = (terminal: boolean, out: string[]): CliIo => ({
  env: {},
  stdout: () => {},
  stderr: (t) => out.push(t),
  cwd: "/",
  stderrIsTerminal: terminal,
});
const digest = `sha256:${"ab".repeat(32)}`;

describe("migrate progress", () => {
  it("redraws one bar in place on a terminal, and ends it with a newline", () => {
    const out: string[] = [];
    const p = progressPrinter(io(true, out));
    p.update({ done: 1, total: 4, elapsedMs: 100, digest, tags: ["v1"], status: "signed" });
    p.update({ done: 4, total: 4, elapsedMs: 400, digest, tags: ["v2"], status: "already-signed" });
    p.end();
    expect(out[0]).toMatch(/^\r\[#{8}\.{22}\] 1\/4 signed now/);
    expect(out[1]).toMatch(/^\r\[#{30}\] 4\/4 already signed/);
    expect(out.slice(0, 2).every((l) => !l.includes("\n"))).toBe(true);
    expect(out[2]).toBe("\n");
  });

  it("prints one line per digest in CI, with its tags and why it was skipped", () => {
    const out: string[] = [];
    const p = progressPrinter(io(false, out));
    p.update({
      done: 2,
      total: 9,
      elapsedMs: 5_000,
      digest,
      tags: ["v1", "v1.0", "latest", "stable"],
      status: "skipped",
      reason: "MANIFEST_UNKNOWN: gone",
    });
    p.end();
    expect(out).toEqual([`[2/9] ${digest.slice(0, 19)}… (v1, v1.0, latest, …): skipped (MANIFEST_UNKNOWN: gone)\n`]);
  });

  it("says the pace and the time left once a run has been going a while: on the bar, and on every 50th line", () => {
    const bar: string[] = [];
    const onTerminal = progressPrinter(io(true, bar));
    onTerminal.update({ done: 120, total: 4_000, elapsedMs: 10_000, digest, tags: ["v1"], status: "signed" });
    expect(bar[0]).toContain("120/4000 signed now · 12 digests/s, about 5 min left");

    const lines: string[] = [];
    const inCi = progressPrinter(io(false, lines));
    inCi.update({ done: 49, total: 60, elapsedMs: 7_000, digest, tags: ["v1"], status: "signed" });
    inCi.update({ done: 50, total: 60, elapsedMs: 20_000, digest, tags: ["v2"], status: "signed" });
    expect(lines[0]).not.toContain("digests/s");
    expect(lines[1]).toMatch(/: signed now · 2\.5 digests\/s, about 4 s left\n$/);
  });

  it("says no pace a few digests or seconds in, nor at the end", () => {
    expect(migratePace({ done: 4, total: 100, elapsedMs: 60_000 })).toBe("");
    expect(migratePace({ done: 50, total: 100, elapsedMs: 1_000 })).toBe("");
    expect(migratePace({ done: 100, total: 100, elapsedMs: 60_000 })).toBe("");
    expect(migratePace({ done: 50, total: 100, elapsedMs: 100_000 })).toBe(" · 0.5 digests/s, about 2 min left");
  });
});
