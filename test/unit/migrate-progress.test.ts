import { describe, expect, it } from "vitest";
import { progressPrinter } from "../../src/cli/commands/migrate.js";
import type { CliIo } from "../../src/cli/io.js";

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
    p.update({ done: 1, total: 4, digest, tags: ["v1"], status: "signed" });
    p.update({ done: 4, total: 4, digest, tags: ["v2"], status: "already-signed" });
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
      digest,
      tags: ["v1", "v1.0", "latest", "stable"],
      status: "skipped",
      reason: "MANIFEST_UNKNOWN: gone",
    });
    p.end();
    expect(out).toEqual([`[2/9] ${digest.slice(0, 19)}… (v1, v1.0, latest, …): skipped (MANIFEST_UNKNOWN: gone)\n`]);
  });
});
