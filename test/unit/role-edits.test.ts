// Targets edits as the Go client makes them, checked on the wire form (canonical JSON of `signed`),
// and the fixed-point property of everything they produce.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { notaryPublicKeyOf } from "../../src/signers/public-key.js";
import { canonicalKeyIdOf, keyIdOf } from "../../src/tuf/keys.js";
import { canonicalJson } from "../../src/tuf/canonical.js";
import { parseEnvelope, signedJson, type TargetsSigned } from "../../src/tuf/metadata.js";
import {
  addDelegationKeys,
  emptyTargets,
  findDelegation,
  nextVersion,
  releasesIdsOnlyOf,
  removeDelegation,
  removeDelegationKeys,
  removeTarget,
  replaceDelegationKeys,
} from "../../src/tuf/role-edits.js";
import { signEnvelope, signToEnvelope } from "../../src/tuf/sign.js";
import { checkThreshold } from "../../src/tuf/signatures.js";
import { expiringRoles, describeDistance, expiryWarning } from "../../src/tuf/expiry.js";
import { TrustedSet } from "../../src/tuf/trusted-set.js";
import { NOW, dockerRepo, ecdsaKey, expires, writeRepo } from "../helpers/repo-builder.js";
import { render } from "../../src/wording.js";
import { MalformedMetadataError } from "../../src/errors.js";
import { CLI_WORDS } from "../../src/cli/words.js";

const wire = (t: TargetsSigned) =>
  JSON.parse(canonicalJson(signedJson(t))) as {
    delegations: {
      keys: Record<string, unknown>;
      roles: { name: string; keyids: string[] | null; paths?: string[]; threshold: number }[] | null;
    };
    targets: Record<string, unknown>;
    version: number;
    expires: string;
  };

describe("role edits", () => {
  const alice = ecdsaKey();
  const bob = ecdsaKey();
  const base = emptyTargets(expires(), 1);

  it('signer add: targets/NAME then targets/releases, threshold 1, paths [""], keys added once', () => {
    let t = addDelegationKeys(base, "targets/alice", [alice.publicKey]);
    t = addDelegationKeys(t, "targets/releases", [alice.publicKey]);
    t = addDelegationKeys(t, "targets/bob", [bob.publicKey]);
    t = addDelegationKeys(t, "targets/releases", [bob.publicKey, alice.publicKey]);
    expect(wire(t).delegations).toEqual({
      keys: {
        [alice.keyId]: { keytype: "ecdsa", keyval: { private: null, public: alice.publicKey.public } },
        [bob.keyId]: { keytype: "ecdsa", keyval: { private: null, public: bob.publicKey.public } },
      },
      roles: [
        { keyids: [alice.keyId], name: "targets/alice", paths: [""], threshold: 1 },
        { keyids: [alice.keyId, bob.keyId], name: "targets/releases", paths: [""], threshold: 1 },
        { keyids: [bob.keyId], name: "targets/bob", paths: [""], threshold: 1 },
      ],
    });
    expect(wire(base).delegations).toEqual({ keys: {}, roles: [] }); // the input is left alone
  });

  it("signer remove: keys out of releases (null when none are left), the role gone, unused keys purged", () => {
    let t = addDelegationKeys(base, "targets/alice", [alice.publicKey]);
    t = addDelegationKeys(t, "targets/releases", [alice.publicKey]);
    const removed = removeDelegation(removeDelegationKeys(t, "targets/releases", [alice.keyId]), "targets/alice");
    expect(wire(removed).delegations).toEqual({
      keys: {},
      roles: [{ keyids: null, name: "targets/releases", paths: [""], threshold: 1 }],
    });
    // Go leaves a nil slice when the last delegation goes.
    expect(wire(removeDelegation(removed, "targets/releases")).delegations.roles).toBeNull();
  });

  it("a key used by another delegation stays in the key map", () => {
    let t = addDelegationKeys(base, "targets/alice", [alice.publicKey]);
    t = addDelegationKeys(t, "targets/releases", [alice.publicKey]);
    t = removeDelegation(t, "targets/alice");
    expect(Object.keys(wire(t).delegations.keys)).toEqual([alice.keyId]);
  });

  it("rotation: the new key takes the old one's place; other keys keep their order", () => {
    let t = addDelegationKeys(base, "targets/releases", [bob.publicKey, alice.publicKey]);
    const alice2 = ecdsaKey();
    t = replaceDelegationKeys(t, "targets/releases", [bob.keyId], [alice2.publicKey]);
    expect(wire(t).delegations.roles![0]!.keyids).toEqual([alice2.keyId, alice.keyId]);
    expect(Object.keys(wire(t).delegations.keys).sort()).toEqual([alice.keyId, alice2.keyId].sort());
  });

  it("revoke and renew: a target removed, version + 1 and the expiry given; both survive Go's round trip", async () => {
    const t: TargetsSigned = {
      ...addDelegationKeys(base, "targets/alice", [alice.publicKey]),
      targets: new Map([["v1", { length: 3, hashes: { sha256: "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=" } }]]),
    };
    const next = nextVersion(removeTarget(t, "v1"), "2031-01-02T03:04:05.5Z");
    expect(wire(next)).toMatchObject({ targets: {}, version: 2, expires: "2031-01-02T03:04:05.5Z" });
    expect(t.targets.has("v1")).toBe(true);
    const env = parseEnvelope(await signEnvelope(next, [alice]), "Targets", "targets/alice");
    expect([env.signed.version, env.signed.targets.size, env.signed.expires]).toEqual([2, 0, "2031-01-02T03:04:05.5Z"]);
  });
});

describe("releasesIdsOnlyOf", () => {
  it("takes out of targets/releases only the keys no other signer holds, one key in either of its forms", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const cert = createRootCertificate({ gun: "registry.example/app", privateKey, notBefore: NOW }).publicKey;
    const bare = notaryPublicKeyOf(privateKey);
    const own = ecdsaKey();
    let t = emptyTargets(expires());
    t = addDelegationKeys(t, "targets/alice", [cert]);
    t = addDelegationKeys(t, "targets/bot", [bare, own.publicKey]);
    t = addDelegationKeys(t, "targets/releases", [bare, own.publicKey]);
    const botIds = findDelegation(t, "targets/bot")!.keyIds!;
    const { remove, shared } = releasesIdsOnlyOf(t, botIds, "targets/releases", "targets/bot");
    expect(remove).toEqual([keyIdOf(own.publicKey)]);
    expect([...shared]).toEqual([[canonicalKeyIdOf(bare), ["targets/alice"]]]);
  });
});

describe("signToEnvelope", () => {
  it("returns the file as a reader parses it, signature verifying over the same canonical bytes", async () => {
    const alice = ecdsaKey();
    const t = nextVersion(emptyTargets(expires(), 1), "2031-01-02T03:04:05Z");
    for (const name of ["v1", "<b>&", "\u{1F600}", "\uE000", "__proto__"])
      t.targets.set(name, { length: 3, hashes: { sha256: "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=" } });
    const written = await signToEnvelope(t, [alice]);
    const read = parseEnvelope(written.bytes, "Targets", "targets/alice");
    expect(Buffer.from(written.signedBytes).toString("utf8")).toBe(Buffer.from(read.signedBytes).toString("utf8"));
    expect(written.signed).toEqual(read.signed);
    expect(written.signatures).toEqual(read.signatures);
    expect(
      checkThreshold(written, { name: "targets/alice", keys: new Map([[alice.keyId, alice.publicKey]]), threshold: 1 })
        .validKeyIds,
    ).toEqual([alice.keyId]);
  });

  it("refuses, before anything is uploaded, a role whose file would not come back the same from Go's round trip", async () => {
    const alice = ecdsaKey();
    const t = nextVersion(emptyTargets(expires(), 1), "2031-01-02T03:04:05Z");
    // Written as "custom":null; a reader (Go's, ours) drops a null custom, so the file changes.
    t.targets.set("v1", {
      length: 3,
      hashes: { sha256: "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=" },
      custom: null,
    });
    const refused = await signToEnvelope(t, [alice]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MalformedMetadataError);
    expect((refused as MalformedMetadataError).code).toBe("MALFORMED_METADATA");
    t.targets.get("v1")!.custom = { note: "kept" };
    expect((await signToEnvelope(t, [alice])).signed.targets.get("v1")!.custom).toEqual({ note: "kept" });
  });
});

describe("expiring roles", () => {
  it("lists root, targets and delegations expiring within the window, soonest first; not snapshot or timestamp", () => {
    const repo = dockerRepo();
    repo.delegations.get("targets/alice")!.signed.expires = expires(-2 * 24 * 3600_000 + 3 * 365 * 24 * 3600_000); // 3y - 2 days from NOW
    repo.delegations.get("targets/releases")!.signed.expires = expires(20 * 24 * 3600_000);
    const files = writeRepo(repo);
    const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW, allowExpiredDelegations: true });
    set.updateTimestamp(files.timestamp);
    set.updateSnapshot(files.snapshot);
    set.updateTargets(files.targets);
    for (const [name, bytes] of files.delegations) set.updateDelegation(name, bytes);
    expect(expiringRoles(set, NOW).map((e) => e.role)).toEqual(["targets/releases"]);
    expect(expiringRoles(set, NOW, 4 * 365 * 24 * 3600_000).map((e) => e.role)).toEqual([
      "targets/releases",
      "targets/alice",
      "targets",
    ]);
    expect(
      expiringRoles(set, NOW, 11 * 365 * 24 * 3600_000)
        .map((e) => e.role)
        .at(-1),
    ).toBe("root");
    const [releases] = expiringRoles(set, NOW);
    expect(render(expiryWarning(repo.gun, releases!, NOW), CLI_WORDS)).toBe(
      `targets/releases of ${repo.gun} expires at 2026-12-11T12:00:00Z (in 20 days); renew it with: content-trust renew ${repo.gun}`,
    );
    expect(expiryWarning(repo.gun, { ...releases!, expired: true, expiresAt: NOW - 3 * 3600_000 }, NOW)).toContain(
      "expired at 2026-11-21T09:00:00Z (3 hours ago)",
    );
    expect([describeDistance(90 * 24 * 3600_000), describeDistance(36 * 3600_000), describeDistance(60_000)]).toEqual([
      "3 months",
      "36 hours",
      "1 hour",
    ]);
  });

  it("an expired targets loads only when asked (to renew it), and is then reported as expired", () => {
    const repo = dockerRepo();
    repo.targets.expires = expires(-3600_000);
    const files = writeRepo(repo);
    const load = (allowExpiredTargets: boolean) => {
      const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW, allowExpiredTargets });
      set.updateTimestamp(files.timestamp);
      set.updateSnapshot(files.snapshot);
      set.updateTargets(files.targets);
      return set;
    };
    expect(() => load(false)).toThrow("targets expired at 2026-11-21T11:00:00Z");
    expect(expiringRoles(load(true), NOW)).toEqual([
      { role: "targets", expiresAt: NOW - 3600_000, version: 2, expired: true },
    ]);
  });
});
