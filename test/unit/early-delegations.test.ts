// The delegations asked for before the snapshot is checked (src/workflows/early-delegations.ts):
// what an unchecked snapshot can make us ask for, and when an answer is handed to the load.
import { createHash } from "node:crypto";
import { getMaxListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { GetOptions, NotaryClient } from "../../src/notary/client.js";
import type { FileMeta } from "../../src/tuf/metadata.js";
import { askEarly } from "../../src/workflows/early-delegations.js";
import type { TrustWave } from "../../src/workflows/trust-wave.js";

const MiB = 1024 * 1024;

interface Call {
  role: string;
  opts: GetOptions;
}

/** A client whose getMetadata records each call and answers from `answer` (undefined: 404). */
function client(answer: (role: string, opts: GetOptions) => Promise<Uint8Array | undefined>) {
  const calls: Call[] = [];
  const c = {
    getMetadata: (role: string, opts: GetOptions = {}) => {
      calls.push({ role, opts });
      return answer(role, opts);
    },
  };
  return { calls, client: c as unknown as NotaryClient };
}

const b64 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("base64");
const hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const meta = (bytes: Uint8Array): FileMeta => ({ length: bytes.length, hashes: { sha256: b64(bytes) } });

function snapshot(entries: Record<string, unknown>): Uint8Array {
  return Buffer.from(JSON.stringify({ signed: { _type: "Snapshot", meta: entries }, signatures: [] }));
}

function wave(snap: Uint8Array | undefined, opts: { hints?: string[]; wanted?: string[] } = {}): TrustWave {
  return {
    hints: opts.hints ?? [],
    wanted: opts.wanted ? new Set(opts.wanted) : undefined,
    snapshot: Promise.resolve({ ok: true, v: snap }),
  } as unknown as TrustWave;
}

const ci = Buffer.from('{"signed":{"_type":"Targets"},"signatures":[]}');
const ops = Buffer.from('{"signed":{"_type":"Targets","version":2},"signatures":[]}');

describe("asking early", () => {
  it("asks for each top-level delegation the wave left out, by the hash and length the snapshot gives", async () => {
    const { calls, client: c } = client(async () => undefined);
    const early = askEarly(
      c,
      wave(
        snapshot({
          targets: meta(ci),
          "targets/releases": meta(ci),
          "targets/ci": meta(ci),
          "targets/ops": meta(ops),
          "targets/ci/nested": meta(ci),
          root: meta(ci),
        }),
        { hints: ["targets/releases"] },
      ),
    );
    expect(await early.asked).toBe(2);
    expect(calls.map((x) => [x.role, x.opts.sha256Hex, x.opts.length])).toEqual([
      ["targets/ci", hex(ci), ci.length],
      ["targets/ops", hex(ops), ops.length],
    ]);
    // Up to 32 requests listen to one signal: no leak for Node to warn of (10 by default).
    expect(getMaxListeners(calls[0]!.opts.signal!)).toBeGreaterThanOrEqual(32);
  });

  it("keeps to the roles a load wants", async () => {
    const { calls, client: c } = client(async () => undefined);
    const early = askEarly(
      c,
      wave(snapshot({ "targets/ci": meta(ci), "targets/ops": meta(ops) }), { wanted: ["targets/ops"] }),
    );
    expect(await early.asked).toBe(1);
    expect(calls.map((x) => x.role)).toEqual(["targets/ops"]);
  });

  it("asks for nothing from a snapshot it cannot read, a missing one, or one over 1 MiB", async () => {
    const big = Buffer.concat([snapshot({ "targets/ci": meta(ci) }), Buffer.alloc(MiB, 0x20)]);
    for (const snap of [
      Buffer.from("{not json"),
      Buffer.from("null"),
      Buffer.from('{"signed":{"meta":[1]}}'),
      big,
      undefined,
    ]) {
      const { calls, client: c } = client(async () => undefined);
      expect(await askEarly(c, wave(snap)).asked).toBe(0);
      expect(calls).toEqual([]);
    }
  });

  it("skips entries whose length or hash could not name a role's file", async () => {
    const { calls, client: c } = client(async () => undefined);
    const short = Buffer.alloc(31).toString("base64"); // 44 characters, 31 bytes
    const early = askEarly(
      c,
      wave(
        snapshot({
          "targets/a": { length: 0, hashes: { sha256: b64(ci) } },
          "targets/b": { length: 64 * MiB + 1, hashes: { sha256: b64(ci) } },
          "targets/c": { length: 1.5, hashes: { sha256: b64(ci) } },
          "targets/d": { length: 10, hashes: { sha256: short } },
          "targets/e": { length: 10, hashes: { sha512: b64(ci) } },
          "targets/f": { length: 10, hashes: null },
          "targets/../x": meta(ci),
          "targets/g": meta(ci),
        }),
      ),
    );
    expect(await early.asked).toBe(1);
    expect(calls.map((x) => x.role)).toEqual(["targets/g"]);
  });

  it("asks for at most 32 roles and 64 MiB in all", async () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`targets/s${i}`, meta(ci)]));
    const counted = client(async () => undefined);
    expect(await askEarly(counted.client, wave(snapshot(many))).asked).toBe(32);
    const large = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`targets/l${i}`, { length: 20 * MiB, hashes: { sha256: b64(ci) } }]),
    );
    const sized = client(async () => undefined);
    expect(await askEarly(sized.client, wave(snapshot(large))).asked).toBe(3);
  });
});

describe("handing an answer to the load", () => {
  const snap = snapshot({ "targets/ci": meta(ci) });

  it("hands over the bytes when the checked snapshot names the file asked for and they are it", async () => {
    const { client: c } = client(async () => ci);
    const early = askEarly(c, wave(snap));
    expect(await early.take("targets/ci", meta(ci))).toBe(ci);
  });

  it("hands over nothing when the checked snapshot names another file, or the bytes are not it", async () => {
    const { client: c } = client(async () => ops);
    const early = askEarly(c, wave(snapshot({ "targets/ci": meta(ci) })));
    expect(await early.take("targets/ci", meta(ops))).toBeUndefined();
    expect(await early.take("targets/ci", meta(ci))).toBeUndefined();
    expect(await early.take("targets/ci", undefined)).toBeUndefined();
    expect(await early.take("targets/other", meta(ci))).toBeUndefined();
  });

  it("throws the failure of a request for exactly the file the checked snapshot names, and only then", async () => {
    const failure = new ServerError("TIMEOUT", "GET targets/ci did not complete");
    const { client: c } = client(async () => {
      throw failure;
    });
    const early = askEarly(c, wave(snap));
    await expect(early.take("targets/ci", meta(ci))).rejects.toBe(failure);
    expect(await early.take("targets/ci", meta(ops))).toBeUndefined();
  });

  it("stops what is still under way", async () => {
    let signal: AbortSignal | undefined;
    const { client: c } = client(
      (_role, opts) =>
        new Promise((_resolve, reject) => {
          signal = opts.signal;
          opts.signal?.addEventListener("abort", () => reject(opts.signal!.reason));
        }),
    );
    const early = askEarly(c, wave(snap));
    await early.asked;
    expect(signal?.aborted).toBe(false);
    early.stop();
    expect(signal?.aborted).toBe(true);
  });
});
