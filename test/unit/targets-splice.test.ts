import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { envelopeJson, type JsonValue } from "../../src/tuf/canonical.js";
import {
  canonicalSigned,
  parseEnvelope,
  type Envelope,
  type FileMeta,
  type TargetsSigned,
} from "../../src/tuf/metadata.js";
import { signEnvelope, signTargetsEdit } from "../../src/tuf/sign.js";
import { splicedTargets } from "../../src/tuf/targets-splice.js";
import { nextVersion, removeTarget } from "../../src/tuf/role-edits.js";
import type { Signer } from "../../src/tuf/signer.js";
import { MalformedMetadataError, TrustError } from "../../src/errors.js";
import { prng } from "../helpers/prng.js";

const H = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
const EXPIRES = "2030-01-01T00:00:00Z";
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A signer whose "signature" is the message's sha256: the same bytes on both paths. */
function digestSigner(maxMessageBytes?: number): Signer {
  return {
    keyId: "k".repeat(64),
    publicKey: { type: "ecdsa", public: "AAAA" },
    method: "ecdsa",
    description: "test signer",
    ...(maxMessageBytes !== undefined ? { maxMessageBytes } : {}),
    sign: async (m) => createHash("sha256").update(m).digest(),
  };
}

/** A role file as a writer would send it, `signed` given as JSON text, parsed as a reader parses it. */
function parsedRole(signedText: string): Envelope<TargetsSigned> {
  const file = envelopeJson(signedText, [{ keyid: "k", method: "ecdsa", sig: "AAAA" }]);
  return parseEnvelope(new TextEncoder().encode(file), "Targets", "role");
}

function roleText(entries: [string, JsonValue][], version = 3): string {
  const role: TargetsSigned = {
    type: "Targets",
    delegations: { keys: new Map(), roles: [{ name: "targets/releases", keyIds: null, threshold: 1, paths: [""] }] },
    expires: EXPIRES,
    targets: new Map(),
    version,
  };
  const shell = canonicalSigned(role);
  const members = [...entries]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([n, v]) => `${JSON.stringify(n)}:${JSON.stringify(v)}`)
    .join(",");
  return shell.replace('"targets":{}', `"targets":{${members}}`);
}

/** The edit a sign makes: a new version, and `set` entries added or replaced, `remove` taken out. */
function edited(base: TargetsSigned, set: [string, FileMeta][], remove: string[] = []): TargetsSigned {
  const next: TargetsSigned = {
    ...base,
    targets: new Map(base.targets),
    version: base.version + 1,
    expires: "2031-06-01T00:00:00Z",
  };
  for (const [n, m] of set) next.targets.set(n, m);
  for (const n of remove) next.targets.delete(n);
  return next;
}

const entry = (length: number): FileMeta => ({ length, hashes: { sha256: H } });

// Names whose UTF-16 order differs from Go's UTF-8 order, integer-like names (which objects list
// first), a prefix of another name, and the empty name.
const PIECES = ["v", "1", "10", "9", "é", "\uE000", "\u{1F600}", "/", "-", "a", "latest", ""];

describe("splicedTargets", () => {
  it("writes what canonicalSigned writes, for any add, replace and remove in any role", () => {
    const rnd = prng(18);
    let spliced = 0;
    for (let round = 0; round < 300; round++) {
      const pick = () => PIECES[Math.floor(rnd() * PIECES.length)]!;
      const name = () => pick() + pick() + (rnd() < 0.5 ? pick() : "");
      const entries = new Map<string, JsonValue>();
      for (let n = Math.floor(rnd() * 12); n > 0; n--) {
        const v: { [k: string]: JsonValue } = { hashes: { sha256: H }, length: Math.floor(rnd() * 1000) };
        if (rnd() < 0.2) v.custom = { note: name(), n: [1, 2] };
        entries.set(name(), v);
      }
      const base = parsedRole(roleText([...entries]));
      const existing = [...entries.keys()];
      const set: [string, FileMeta][] = [];
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
        const target = rnd() < 0.4 && existing.length > 0 ? existing[Math.floor(rnd() * existing.length)]! : name();
        set.push([target, entry(round)]);
      }
      const remove = rnd() < 0.3 && existing.length > 0 ? [existing[0]!, "never-there"] : [];
      const next = edited(base.signed, set, remove);
      const out = splicedTargets(base, next);
      expect(out, `round ${round}`).toBeDefined();
      expect(text(out!.text), `round ${round}`).toBe(canonicalSigned(next));
      spliced++;
    }
    expect(spliced).toBe(300);
  });

  it("writes from the bytes of every Go-written targets role in the fixtures", () => {
    const root = fileURLToPath(new URL("../fixtures/notary-compat/", import.meta.url));
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) =>
      /\/metadata\/targets(\/[^/]+)?\.json$/.test(f),
    );
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const base = parseEnvelope(readFileSync(root + f), "Targets", f);
      const first = [...base.signed.targets.keys()][0];
      const next = edited(base.signed, [
        ["zz-new", entry(5)],
        ...(first !== undefined ? [[first, entry(6)] as [string, FileMeta]] : []),
      ]);
      const out = splicedTargets(base, next);
      expect(out, f).toBeDefined();
      expect(text(out!.text), f).toBe(canonicalSigned(next));
    }
  });

  it("takes the canonical form of a role whose file was not written in it", () => {
    const signedText = roleText([["v1", { hashes: { sha256: H }, length: 1 }]]);
    const spaced = JSON.stringify(JSON.parse(signedText), null, 2);
    const base = parsedRole(spaced);
    const next = edited(base.signed, [["v2", entry(2)]]);
    expect(text(splicedTargets(base, next)!.text)).toBe(canonicalSigned(next));
  });

  describe("leaves the role to be written whole when its bytes are not what it writes", () => {
    const cases: [string, JsonValue][] = [
      ["a field Go drops", { hashes: { sha256: H }, length: 1, size: 2 }],
      ["a null custom", { custom: null, hashes: { sha256: H }, length: 1 }],
      ["null hashes", { hashes: null, length: 1 }],
    ];
    for (const [what, value] of cases) {
      it(what, async () => {
        const base = parsedRole(
          roleText([
            ["old", value],
            ["v1", { hashes: { sha256: H }, length: 1 }],
          ]),
        );
        const next = edited(base.signed, [["v2", entry(2)]]);
        expect(splicedTargets(base, next)).toBeUndefined();
        // The file is still the one Go writes: the dropped field is gone.
        const env = await signTargetsEdit(base, next, [digestSigner()]);
        expect(text(env.signedBytes)).toBe(canonicalSigned(next));
      });
    }
  });

  it("leaves to be written whole a role built rather than parsed", () => {
    const base = parsedRole(roleText([["v1", { hashes: { sha256: H }, length: 1 }]]));
    const built = { ...base, signed: { ...base.signed } };
    const next = edited(built.signed, [["v2", entry(2)]]);
    expect(splicedTargets(built, next)).toBeUndefined();
  });

  it("leaves to be written whole a parsed role changed in place, or paired with other bytes", async () => {
    const text3 = roleText([
      ["a", { hashes: { sha256: H }, length: 1 }],
      ["c", { hashes: { sha256: H }, length: 3 }],
    ]);
    const shrunk = parsedRole(text3);
    shrunk.signed.targets.delete("a");
    const next = edited(shrunk.signed, [["b", entry(2)]]);
    expect(splicedTargets(shrunk, next)).toBeUndefined();
    expect(text((await signTargetsEdit(shrunk, next, [digestSigner()])).signedBytes)).toBe(canonicalSigned(next));

    const base = parsedRole(text3);
    const other = parsedRole(roleText([["a", { hashes: { sha256: H }, length: 1 }]]));
    const paired = { ...base, signedBytes: other.signedBytes };
    expect(splicedTargets(paired, edited(base.signed, [["b", entry(2)]]))).toBeUndefined();
  });

  it("takes the bytes of entries an edit copied, and writes again those it gave other values", () => {
    const base = parsedRole(
      roleText([
        ["a", { hashes: { sha256: H }, length: 1 }],
        ["b", { custom: { x: 1 }, hashes: { sha256: H }, length: 2 }],
        ["c", { hashes: { sha256: H }, length: 3 }],
        ["d", { hashes: { sha256: H }, length: 4 }],
      ]),
    );
    const copied = removeTarget(nextVersion(base.signed, "2031-06-01T00:00:00Z"), "d");
    const a = copied.targets.get("a")!;
    copied.targets.set("a", { ...a, length: 9 });
    copied.targets.set("c", { ...copied.targets.get("c")!, hashes: { sha256: H } });
    copied.targets.set("e", entry(5));
    const spliced = splicedTargets(base, copied)!;
    expect(spliced.changed.sort()).toEqual(["a", "c", "d", "e"]);
    expect(text(spliced.text)).toBe(canonicalSigned(copied));
    const renewed = nextVersion(base.signed, "2031-06-01T00:00:00Z");
    const renewal = splicedTargets(base, renewed)!;
    expect(renewal.changed).toEqual([]);
    expect(text(renewal.text)).toBe(canonicalSigned(renewed));
  });

  it("leaves to be written whole names written with an escape or escaped by Go's envelope", async () => {
    const base = parsedRole(roleText([["v1", { hashes: { sha256: H }, length: 1 }]]));
    for (const name of ['a"b', "a\\b", "a&b", "<b>", "x\u2028"]) {
      const next = edited(base.signed, [[name, entry(2)]]);
      expect(splicedTargets(base, next), name).toBeUndefined();
      const env = await signTargetsEdit(base, next, [digestSigner()]);
      expect(env.bytes, name).toEqual(await signEnvelope(next, [digestSigner()]));
    }
  });
});

describe("signTargetsEdit", () => {
  it("gives the file signToEnvelope gives, carrying the edited role as its parsed form", async () => {
    const base = parsedRole(
      roleText([
        ["v1", { hashes: { sha256: H }, length: 1 }],
        ["v3", { custom: { a: [1, null] }, hashes: { sha256: H, sha512: H }, length: 3 }],
      ]),
    );
    const next = edited(base.signed, [["v2", entry(2)]]);
    expect(splicedTargets(base, next)).toBeDefined();
    const env = await signTargetsEdit(base, next, [digestSigner()]);
    expect(env.bytes).toEqual(await signEnvelope(next, [digestSigner()]));
    const reparsed = parseEnvelope(env.bytes, "Targets", "written");
    expect(env.signed).toBe(next);
    expect(text(env.signedBytes)).toBe(text(reparsed.signedBytes));
    expect(env.signatures).toEqual(reparsed.signatures);
    expect(env.expiresAt).toBe(reparsed.expiresAt);
  });

  it("refuses a message larger than the signer signs, as a whole role's sign does", async () => {
    const base = parsedRole(roleText([["v1", { hashes: { sha256: H }, length: 1 }]]));
    const next = edited(base.signed, [["v2", entry(2)]]);
    const err = await signTargetsEdit(base, next, [digestSigner(100)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).code).toBe("MESSAGE_TOO_LARGE");
  });

  it("refuses an edit whose expiry Go would not write", async () => {
    const base = parsedRole(roleText([["v1", { hashes: { sha256: H }, length: 1 }]]));
    const next = edited(base.signed, [["v2", entry(2)]]);
    await expect(
      signTargetsEdit(base, { ...next, expires: "2031-06-01T00:00:00+00:00" }, [digestSigner()]),
    ).rejects.toBeInstanceOf(MalformedMetadataError);
  });
});
