// The sets that classify error codes: each is checked through the code that decides on it, and
// each member must be a code that some error in src/ is built with (no dead entries).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACCESS_CODES, LOST_ANSWER_CODES, RETRYABLE_CODES, UNREACHABLE_CODES } from "../../src/error-codes.js";
import { ServerError, TrustError, type ErrorCode } from "../../src/errors.js";
import type { HttpRequest, Transport } from "../../src/net/http.js";
import type { NotaryClient } from "../../src/notary/client.js";
import { withRetries } from "../../src/net/retry.js";
import { publishWithRetry } from "../../src/workflows/publication.js";
import { classifyError } from "../../src/workflows/verify-check.js";
import { render } from "../../src/wording.js";
import { expectWording } from "../helpers/wording.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { testRuntime } from "../helpers/runtime.js";

/** Codes that belong to none of the sets, to show each set is a choice and not everything. */
const OUTSIDE: ErrorCode[] = ["NOT_FOUND", "BAD_STATUS", "RESPONSE_TOO_LARGE", "INVALID_UPDATE", "EXPIRED", "USAGE"];
const anchor = { stored: false, pinned: false };
const fail = (code: ErrorCode) => new ServerError(code, "a message that names no kind of failure");

describe("RETRYABLE_CODES", () => {
  const attempts = async (code: ErrorCode) => {
    let calls = 0;
    const transport: Transport = async () => {
      calls++;
      throw fail(code);
    };
    const req: HttpRequest = { method: "GET", url: "https://notary.test/v2/", maxBytes: 10 };
    await expect(
      withRetries(transport, { attempts: 3, sleep: async () => undefined, random: () => 0 })(req),
    ).rejects.toMatchObject({ code });
    return calls;
  };

  it("are retried by the transport, other codes are not", async () => {
    for (const code of RETRYABLE_CODES) expect(await attempts(code), code).toBe(3);
    for (const code of [...OUTSIDE, "TLS_UNKNOWN_CA", "UPLOAD_UNCONFIRMED"] as ErrorCode[])
      expect(await attempts(code), code).toBe(1);
  });

  it("are all lost answers and all unreachable", () => {
    for (const code of RETRYABLE_CODES) {
      expect(LOST_ANSWER_CODES.has(code), code).toBe(true);
      expect(UNREACHABLE_CODES.has(code), code).toBe(true);
    }
  });
});

describe("LOST_ANSWER_CODES", () => {
  const publishOnceFailing = (code: ErrorCode) => {
    let uploads = 0;
    let landed = false;
    const notary = {
      gun: "registry.test/app",
      baseUrl: "https://notary.test",
      async publish() {
        uploads++;
        if (uploads === 1) throw fail(code);
        landed = true;
      },
    } as unknown as NotaryClient;
    const result = publishWithRetry(
      { notary, runtime: testRuntime({ random: () => 0 }) },
      {
        state: 0,
        plan: async () =>
          landed
            ? { files: new Map(), versions: new Map() }
            : { files: new Map([["targets", new Uint8Array([1])]]), versions: new Map([["targets", 2]]) },
        reload: async () => 0,
        change: "a tag",
      },
    );
    return { result, uploads: () => uploads };
  };

  it("make publication re-read the server and try again; other codes end it", async () => {
    for (const code of LOST_ANSWER_CODES) {
      const run = publishOnceFailing(code);
      await expect(run.result, code).resolves.toMatchObject({ published: true });
      expect(run.uploads(), code).toBe(2);
    }
    for (const code of [...OUTSIDE, "TLS_UNKNOWN_CA", "PUSH_DENIED"] as ErrorCode[]) {
      const run = publishOnceFailing(code);
      await expect(run.result, code).rejects.toMatchObject({ code });
      expect(run.uploads(), code).toBe(1);
    }
  });
});

describe("UNREACHABLE_CODES and ACCESS_CODES", () => {
  it("make verify report UNREACHABLE and ACCESS_DENIED, other codes neither", () => {
    for (const code of UNREACHABLE_CODES) expect(classifyError(fail(code), anchor).reason, code).toBe("UNREACHABLE");
    for (const code of ACCESS_CODES) {
      expect(classifyError(fail(code), anchor).reason, code).toBe("ACCESS_DENIED");
      expect(classifyError(new TrustError(code, "no kind named"), anchor).reason, code).toBe("ACCESS_DENIED");
    }
    for (const code of OUTSIDE)
      expect(classifyError(fail(code), anchor).reason, code).not.toMatch(/^(UNREACHABLE|ACCESS_DENIED)$/);
  });

  it("a Notary server answering plain HTTP is named as possibly the registry taken for it by default", () => {
    const err = new ServerError("PLAIN_HTTP", "127.0.0.1:5000 answered plain HTTP to an HTTPS request", {
      url: "https://127.0.0.1:5000/v2/x/_trust/tuf/root.json",
      hint: "the server does not speak TLS: reach it over http",
    });
    const { reason, message } = classifyError(err, anchor);
    expect(reason).toBe("UNREACHABLE");
    expectWording(render(message, CLI_WORDS)).toBe(
      "127.0.0.1:5000 answered plain HTTP to an HTTPS request; if 127.0.0.1:5000 is the registry, give its Notary server in --notary-server or --notary-servers (without them it is https://<registry host>); if it is the Notary server, give it there as http://127.0.0.1:5000",
    );
  });

  it("do not overlap", () => {
    for (const code of ACCESS_CODES) expect(UNREACHABLE_CODES.has(code), code).toBe(false);
  });
});

describe("every code in a set", () => {
  const src = fileURLToPath(new URL("../../src", import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !/^error(s|-codes)\.ts$/.test(f),
  );
  const text = files.map((f) => readFileSync(join(src, f), "utf8")).join("\n");

  it("is built by one class: a code has one meaning (a subclass of UsageError may carry a usage code)", () => {
    const classes = new Map<string, Set<string>>();
    const add = (code: string, cls: string) =>
      classes.set(code, (classes.get(code) ?? new Set()).add(cls === "CommandLineError" ? "UsageError" : cls));
    for (const m of text.matchAll(/new (\w+)\(\s*"([A-Z][A-Z0-9_]+)"/g)) add(m[2]!, m[1]!);
    for (const m of text.matchAll(/new (\w+Error)\([^;]*?\bcode: "([A-Z][A-Z0-9_]+)"/gs)) add(m[2]!, m[1]!);
    expect(classes.size).toBeGreaterThan(50);
    const shared = [...classes]
      .filter(([, set]) => set.size > 1)
      .map(([code, set]) => `${code}: ${[...set].join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("is a code that some error in src/ is built with", () => {
    for (const set of [RETRYABLE_CODES, LOST_ANSWER_CODES, UNREACHABLE_CODES, ACCESS_CODES]) {
      for (const code of set) expect(text.includes(`"${code}"`), code).toBe(true);
    }
  });
});
