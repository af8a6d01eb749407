import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  hashOf,
  canonicalSigned,
  parseEnvelope,
  serialiseEnvelope,
  signedJson,
  type FileMeta,
  type MetadataType,
  type TargetsSigned,
} from "../../src/tuf/metadata.js";
import { canonicalJson, type JsonValue } from "../../src/tuf/canonical.js";
import { MalformedMetadataError } from "../../src/errors.js";

const fixtures = fileURLToPath(new URL("../fixtures/notary-compat/", import.meta.url));
const repos = {
  "notary0.1": [
    "notary0.1/tuf/docker.com/notary0.1/samplerepo/metadata/",
    ["root", "targets", "snapshot", "timestamp"],
  ],
  "notary0.3": [
    "notary0.3/tuf/docker.com/notary0.3/tst/metadata/",
    ["root", "targets", "snapshot", "timestamp", "targets/releases"],
  ],
} as const;

function typeOf(role: string): MetadataType {
  if (role.startsWith("targets")) return "Targets";
  return (role[0]!.toUpperCase() + role.slice(1)) as MetadataType;
}

describe("Go-written metadata", () => {
  for (const [repo, [dir, roles]] of Object.entries(repos)) {
    for (const role of roles) {
      it(`${repo} ${role}: parse then serialise gives back the file bytes`, () => {
        const bytes = readFileSync(fixtures + dir + role + ".json");
        const env = parseEnvelope(bytes, typeOf(role), role);
        const out = serialiseEnvelope(env.signed, env.signatures);
        expect(Buffer.from(out).toString("utf8")).toBe(bytes.toString("utf8"));
      });
    }
  }

  it("keeps an expires with a UTC offset as written and reads its instant", () => {
    const bytes = readFileSync(fixtures + repos["notary0.3"][0] + "targets.json");
    const env = parseEnvelope(bytes, "Targets", "targets");
    expect(env.signed.expires).toMatch(/[+-]\d\d:\d\d$/);
    expect(env.expiresAt).toBeGreaterThan(Date.UTC(2116, 0, 1));
  });
});

describe("parseEnvelope", () => {
  const minimal = (signed: object) => new TextEncoder().encode(JSON.stringify({ signed, signatures: [] }));
  const ts = { _type: "Timestamp", expires: "2030-01-01T00:00:00Z", meta: {}, version: 1 };

  it("refuses the wrong _type", () => {
    expect(() => parseEnvelope(minimal(ts), "Snapshot", "snapshot")).toThrow(/expected type Snapshot, not Timestamp/);
  });
  it("refuses version 0", () => {
    expect(() => parseEnvelope(minimal({ ...ts, version: 0 }), "Timestamp", "timestamp")).toThrow(
      /version 0 is less than 1/,
    );
  });
  it("refuses a non-integer length", () => {
    const bad = { ...ts, meta: { snapshot: { hashes: {}, length: 1.5 } } };
    expect(() => parseEnvelope(minimal(bad), "Timestamp", "timestamp")).toThrow(MalformedMetadataError);
  });
  it("refuses each malformed field of an entry, naming the entry and the field", () => {
    const good = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
    const cases: [object, RegExp][] = [
      [[], /^timestamp: meta\.snapshot is not an object$/],
      [{ hashes: { sha256: good }, length: "1" }, /^timestamp: meta\.snapshot\.length is not an integer$/],
      [{ hashes: [], length: 1 }, /^timestamp: meta\.snapshot\.hashes is not an object$/],
      [{ length: 1 }, /^timestamp: meta\.snapshot\.hashes is not an object$/],
      [{ hashes: { sha256: 7 }, length: 1 }, /^timestamp: meta\.snapshot\.hashes\.sha256 is not a string$/],
      [{ hashes: { sha256: "a-b_" }, length: 1 }, /^timestamp: meta\.snapshot\.hashes\.sha256 is not standard base64$/],
    ];
    for (const [entry, message] of cases) {
      const parse = () => parseEnvelope(minimal({ ...ts, meta: { snapshot: entry } }), "Timestamp", "timestamp");
      expect(parse, JSON.stringify(entry)).toThrow(MalformedMetadataError);
      expect(parse, JSON.stringify(entry)).toThrow(message);
    }
    const nil = parseEnvelope(
      minimal({ ...ts, meta: { snapshot: { hashes: null, length: 1, custom: { a: 1 } } } }),
      "Timestamp",
      "timestamp",
    );
    expect(nil.signed.meta.get("snapshot")).toEqual({ length: 1, hashes: {}, custom: { a: 1 } });
  });
  it("refuses an expires that is not RFC 3339", () => {
    expect(() => parseEnvelope(minimal({ ...ts, expires: "tomorrow" }), "Timestamp", "timestamp")).toThrow(/RFC 3339/);
  });
  it("refuses non-UTF-8 and non-JSON bodies", () => {
    expect(() => parseEnvelope(new Uint8Array([0xff, 0xfe]), "Timestamp", "timestamp")).toThrow(/UTF-8/);
    expect(() => parseEnvelope(new TextEncoder().encode("<html>"), "Timestamp", "timestamp")).toThrow(/not valid JSON/);
  });
  it("keeps a target named __proto__ as data", () => {
    const t = {
      _type: "Targets",
      delegations: { keys: {}, roles: [] },
      expires: "2030-01-01T00:00:00Z",
      targets: { __proto__: { hashes: { sha256: "AAAA" }, length: 1 } },
      version: 1,
    };
    const text = JSON.stringify({ signed: t, signatures: [] }).replace(
      '"targets":{}',
      '"targets":{"__proto__":{"hashes":{"sha256":"AAAA"},"length":1}}',
    );
    const env = parseEnvelope(new TextEncoder().encode(text), "Targets", "targets");
    expect([...env.signed.targets.keys()]).toEqual(["__proto__"]);
    expect(Buffer.from(serialiseEnvelope(env.signed, [])).toString()).toContain('"targets":{"__proto__":');
  });
  it("keeps a hash algorithm named __proto__ as data, next to the sha256 read from its own property", () => {
    const good = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
    const text = JSON.stringify({
      signed: { ...ts, meta: { snapshot: { hashes: { sha256: good }, length: 1 } } },
      signatures: [],
    }).replace('"hashes":{', '"hashes":{"__proto__":"AAAA",');
    const env = parseEnvelope(new TextEncoder().encode(text), "Timestamp", "timestamp");
    const meta = env.signed.meta.get("snapshot")!;
    expect(Object.keys(meta.hashes).sort()).toEqual(["__proto__", "sha256"]);
    expect([hashOf(meta, "sha256"), hashOf(meta, "__proto__"), hashOf(meta, "sha512")]).toEqual([
      good,
      "AAAA",
      undefined,
    ]);
    expect(hashOf({ length: 1, hashes: {} }, "toString")).toBeUndefined();
    expect(Buffer.from(serialiseEnvelope(env.signed, [])).toString()).toContain(
      `"hashes":{"__proto__":"AAAA","sha256":"${good}"}`,
    );
  });
});

describe("canonicalSigned", () => {
  const meta = (length: number, hashes: [string, string][], custom?: JsonValue): FileMeta => ({
    length,
    hashes: Object.fromEntries(hashes),
    ...(custom !== undefined ? { custom } : {}),
  });
  const h = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
  it("writes targets roles exactly as canonicalJson of signedJson does, whatever the names and entries", () => {
    const names = ["v1", "__proto__", "10", "2", "\u{1F600}", "\uE000", "é", 'a"b\\c', "<&>", "", "latest"];
    const targets = new Map(
      names.map((n, i): [string, FileMeta] => [
        n,
        meta(
          i,
          i % 2
            ? [
                ["sha512", h],
                ["sha256", h],
              ]
            : [["sha256", h]],
          i === 3 ? { z: [1, "x"], a: null } : i === 4 ? null : undefined,
        ),
      ]),
    );
    const roles: TargetsSigned[] = [
      {
        type: "Targets",
        expires: "2030-01-01T00:00:00Z",
        version: 7,
        targets,
        delegations: {
          keys: new Map(),
          roles: [{ name: "targets/releases", keyIds: null, threshold: 1, paths: [""] }],
        },
      },
      {
        type: "Targets",
        expires: "2030-01-01T00:00:00.5Z",
        version: 1,
        targets: new Map(),
        delegations: { keys: new Map(), roles: null },
      },
    ];
    for (const role of roles) expect(canonicalSigned(role)).toBe(canonicalJson(signedJson(role)));
  });
  it("writes every Go-written fixture's signed part as the fixture holds it", () => {
    for (const [, [dir, roles]] of Object.entries(repos)) {
      for (const role of roles) {
        const env = parseEnvelope(readFileSync(fixtures + dir + role + ".json"), typeOf(role), role);
        expect(canonicalSigned(env.signed), role).toBe(new TextDecoder().decode(env.signedBytes));
      }
    }
  });
});
