// What the CLI prints for init and renew, and that the version it reports is the package's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatInit, formatRenew } from "../../src/cli/admin-format.js";
import { VERSION } from "../../src/version.js";
import type { NewRepositoryResult } from "../../src/workflows/admin/new-repository.js";
import type { RenewResult } from "../../src/workflows/admin/renew.js";

const id = (c: string) => c.repeat(64);

describe("CLI output", () => {
  it("init says where the key files to back up are", () => {
    const result = {
      rootKeyId: id("a"),
      targetsKeyId: id("b"),
      snapshotKeyId: id("c"),
      timestampKeyId: id("d"),
      written: [
        { role: "root", keyId: id("a"), fileName: `${id("a")}.key` },
        { role: "targets", keyId: id("b"), fileName: `${id("b")}.key` },
      ],
    } as unknown as NewRepositoryResult;
    const out = formatInit(result, "registry.example/app", "/home/me/.docker/trust/private");
    expect(out).toContain(
      "Back up the key files in /home/me/.docker/trust/private: without the root key the repository cannot be repaired.",
    );
    const given = formatInit({ ...result, written: [] }, "registry.example/app", "/keys");
    expect(given).not.toContain("Back up");
  });

  it("renew's table names the previous expiry as such", () => {
    const result = {
      gun: "registry.example/app",
      renewed: [
        {
          role: "targets/releases",
          version: 4,
          previousExpires: "2027-01-01T00:00:00Z",
          expires: "2030-01-01T00:00:00Z",
        },
      ],
      witnessed: [],
      unconfirmed: [],
      notRenewed: [],
      published: true,
      warnings: [],
    } as unknown as RenewResult;
    const lines = formatRenew(result).split("\n");
    expect(lines[2]).toMatch(/^ROLE +NEW VERSION +PREVIOUS EXPIRY +EXPIRES AT$/);
    expect(lines[3]).toMatch(/^targets\/releases +4 +2027-01-01T00:00:00Z +2030-01-01T00:00:00Z$/);
  });

  it("reports the version package.json declares", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe("the demo's terminal output", () => {
  it("shows workflow commands as the GitHub log does, never as raw ::warning:: text", async () => {
    const { asLogShows } = await import("../helpers/runner.js");
    const shown = asLogShows(
      [
        "content-trust-action 0.1.0 (sign)",
        "::add-mask::secret",
        "::warning::r.example/app:latest is not in the registry",
        "::error file=Dockerfile,line=3::bad %25 thing",
        "::debug::x",
        "Signed v1",
      ].join("\n"),
    );
    expect(shown).toBe(
      [
        "content-trust-action 0.1.0 (sign)",
        "Warning: r.example/app:latest is not in the registry",
        "Error: bad % thing",
        "Signed v1",
      ].join("\n"),
    );
    expect(shown).not.toMatch(/^::/m);
  });
});

describe("CLI progress", () => {
  const io = (stderrIsTerminal: boolean) => {
    const written: string[] = [];
    return {
      written,
      io: {
        env: {},
        stdout: () => {},
        stderr: (t: string) => written.push(t),
        cwd: "/",
        stderrIsTerminal,
        columns: 40,
      },
    };
  };

  it("rewrites one live line on a terminal and clears it at the end", async () => {
    const { progressOn } = await import("../../src/cli/progress.js");
    const t = io(true);
    const p = progressOn(t.io);
    p.line("[1] ok registry.example/app:v1");
    p.line(`[2] FAIL registry.example/${"x".repeat(60)}:v1: NO_TRUST_DATA`);
    p.done();
    expect(t.written[0]).toBe("\r\x1b[K[1] ok registry.example/app:v1");
    expect(t.written[1]!.length).toBeLessThanOrEqual("\r\x1b[K".length + 39);
    expect(t.written[1]).toMatch(/…$/);
    expect(t.written[2]).toBe("\r\x1b[K");
    expect(t.written.join("")).not.toContain("\n");
  });

  it("prints plain lines in CI or when stderr is not a terminal", async () => {
    const { progressOn } = await import("../../src/cli/progress.js");
    const t = io(false);
    const p = progressOn(t.io);
    p.line("[1] ok registry.example/app:v1");
    p.done();
    expect(t.written).toEqual(["[1] ok registry.example/app:v1\n"]);
  });
});

describe("a changed root", () => {
  it("says how to recover in each front end's words, and whether a rotation was served", async () => {
    const { rootRecovery } = await import("../../src/tuf/root-trust.js");
    const { render } = await import("../../src/wording.js");
    const { ACTION_WORDS } = await import("../../src/action/words.js");
    const { CLI_WORDS } = await import("../../src/cli/words.js");
    const hint = rootRecovery("registry.example/app");
    expect(render(hint, ACTION_WORDS)).toBe(
      "confirm with the repository's owner that registry.example/app was re-created; if so, remove its stored root from the Actions cache (delete the cache entries whose key starts with content-trust-v1-, e.g. with gh cache delete) or pin the new root with root-key-id; otherwise do not trust it",
    );
    expect(render(hint, CLI_WORDS)).toContain(
      "remove its stored root from the trust directory (--trust-dir, default $DOCKER_CONFIG/trust) or pin the new root with --root-key-id",
    );
  });
});
