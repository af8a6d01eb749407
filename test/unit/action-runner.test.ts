import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { appendSummary, getInput, setFailed, setOutput, setSecret, warning } from "../../src/action/runner.js";
import { withinSummaryLimit, writeSignSummary, writeSummary } from "../../src/action/summary.js";

describe("the runner's side of a step", () => {
  let dir: string;
  let written: string[];
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "runner-"));
    written = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads an input by its upper-cased name with spaces as underscores, trimmed", () => {
    vi.stubEnv("INPUT_SIGNER-KEY", "  key\n");
    vi.stubEnv("INPUT_A_B", "x");
    expect(getInput("signer-key")).toBe("key");
    expect(getInput("a b")).toBe("x");
    expect(getInput("absent")).toBe("");
  });

  it("writes a multi-line output between delimiters that neither name nor value contains", () => {
    const file = path.join(dir, "output");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_OUTPUT", file);
    setOutput("tags", "v1\nv2");
    const m = readFileSync(file, "utf8").match(/^tags<<(ghadelimiter_[0-9a-f-]{36})\nv1\nv2\n\1\n$/);
    expect(m).not.toBeNull();
    expect(written).toEqual([]);
  });

  it("escapes data and properties so that neither can end a command early", () => {
    warning("50% done\r\nnext", { title: "a: b, c", file: "Dockerfile", startLine: 3, startColumn: 0 });
    setSecret("line1\nline2");
    expect(written).toEqual([
      "::warning title=a%3A b%2C c,file=Dockerfile,line=3::50%25 done%0D%0Anext\n",
      "::add-mask::line1%0Aline2\n",
    ]);
  });

  it("fails the step with an error annotation and exit code 1", () => {
    setFailed("it failed");
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(["::error::it failed\n"]);
  });

  it("appends to the job summary, and refuses when the runner gives no summary file", async () => {
    const file = path.join(dir, "summary");
    writeFileSync(file, "before\n");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    await appendSummary("| a | b |");
    expect(readFileSync(file, "utf8")).toBe("before\n| a | b |\n");
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    await expect(appendSummary("x")).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
  });

  it("warns, and does not fail the step, when the job summary cannot be written", async () => {
    // A directory where the summary file should be: the runner's file cannot be appended to.
    vi.stubEnv("GITHUB_STEP_SUMMARY", dir);
    await writeSummary(["### done"]);
    expect(process.exitCode).toBeUndefined();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^::warning::/);
  });

  it("quotes key IDs a server's root.json gave as code, so that none can start Markdown of its own", async () => {
    const file = path.join(dir, "summary");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    const crafted = "abc`\n\n## Verified by the security team\n[details](https://evil.example/)\n`x";
    await writeSignSummary(
      {
        gun: "registry.example/app",
        tags: [],
        published: true,
        signer: "ci",
        roles: [],
        rootKeyIds: [crafted],
        repositoryKeyIds: ["ab".repeat(32)],
        warnings: [],
      } as unknown as Parameters<typeof writeSignSummary>[0],
      { kept: true, pinned: false },
    );
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/^## /m);
    expect(text).not.toMatch(/^\[details\]/m);
    expect(text).toContain(`Repository key \`${"ab".repeat(32)}\``);
  });

  it("cuts a summary over GitHub's limit at a line's end and says so", () => {
    const line = "| é | " + "x".repeat(90) + " |";
    const long = Array(20).fill(line).join("\n");
    const cut = withinSummaryLimit(long, 1000);
    expect(Buffer.byteLength(cut, "utf8")).toBeLessThanOrEqual(1000);
    const lines = cut.split("\n");
    const kept = lines.filter((l) => l === line);
    expect(kept.length).toBeGreaterThan(5);
    // Only whole lines of the table, then the note.
    expect(lines.slice(0, kept.length)).toEqual(kept);
    expect(lines.at(-1)).toMatch(/left out/);
    expect(withinSummaryLimit(long, 1_000_000)).toBe(long);
  });
});
