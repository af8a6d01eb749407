import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TrustedSet, RootChangedError } from "../../src/tuf/trusted-set.js";
import { signedTags, releasedTarget, signerKeys } from "../../src/tuf/docker.js";
import { keyIdOf } from "../../src/tuf/keys.js";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { serialiseEnvelope } from "../../src/tuf/metadata.js";
import {
  dockerRepo,
  ecdsaKey,
  ed25519Key,
  expires,
  fileMeta,
  NOW,
  rootKey,
  rootSigned,
  sigOf,
  write,
  writeRepo,
  type TestRepo,
} from "../helpers/repo-builder.js";

function load(
  repo: TestRepo,
  opts: Partial<ConstructorParameters<typeof TrustedSet>[1]> = {},
  files = writeRepo(repo),
) {
  const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW, ...opts });
  set.updateTimestamp(files.timestamp);
  set.updateSnapshot(files.snapshot);
  set.updateTargets(files.targets);
  for (const [name, bytes] of files.delegations) set.updateDelegation(name, bytes);
  return set;
}

describe("TrustedSet over a Docker-style repository", () => {
  it("loads and reports the released tag with its signer", () => {
    const repo = dockerRepo();
    const set = load(repo);
    expect(signedTags(set).map((t) => [t.tag, t.signers])).toEqual([["v1", ["alice"]]]);
    expect(releasedTarget(set, "v1")?.role).toBe("targets/releases");
    expect(signerKeys(set)).toEqual([{ name: "alice", keyIds: [repo.alice.keyId] }]);
    expect(set.versions()).toMatchObject({ root: 1, timestamp: 1, snapshot: 1, targets: 2, "targets/releases": 1 });
  });

  it("refuses an expired timestamp (freeze) and names the time", () => {
    const repo = dockerRepo();
    repo.timestamp.expires = expires(-60_000);
    expect(() => load(repo)).toThrow(/timestamp expired at 2026-11-21T11:59:00Z/);
  });

  it("refuses an expired targets but lets a signer accept an expired delegation", () => {
    const repo = dockerRepo();
    repo.delegations.get("targets/releases")!.signed.expires = expires(-1000);
    expect(() => load(repo)).toThrow(/targets\/releases expired/);
    expect(() => load(repo, { allowExpiredDelegations: true })).not.toThrow();
    repo.targets.expires = expires(-1000);
    expect(() => load(repo, { allowExpiredDelegations: true })).toThrow(/^targets expired/);
  });

  it("refuses rollback of timestamp, snapshot, targets and delegation versions", () => {
    const repo = dockerRepo();
    for (const role of ["timestamp", "snapshot", "targets", "targets/releases"]) {
      expect(() => load(repo, { previousVersions: { [role]: 7 } }), role).toThrow(
        new RegExp(`${role} version \\d+ is lower than version 7`),
      );
    }
  });

  it("keeps a delegation only removed keys signed as outdated, but refuses it as a rollback below the version trusted before", () => {
    const repo = dockerRepo();
    // As after alice was removed and another signer added: the file is signed by a key the role no longer lists.
    repo.delegations.get("targets/releases")!.keys = [ecdsaKey()];
    const files = writeRepo(repo);
    const open = (previousVersions?: Record<string, number>) => {
      const set = new TrustedSet(files.root, {
        gun: repo.gun,
        now: NOW,
        ...(previousVersions ? { previousVersions } : {}),
      });
      set.updateTimestamp(files.timestamp);
      set.updateSnapshot(files.snapshot);
      set.updateTargets(files.targets);
      return set;
    };
    const set = open();
    expect(() => set.updateDelegation("targets/releases", files.delegations.get("targets/releases")!)).toThrow(
      /signed only by keys it no longer lists/,
    );
    expect(set.outdated("targets/releases")?.signed.targets.has("v1")).toBe(true);
    const rolledBack = open({ "targets/releases": 7 });
    expect(() => rolledBack.updateDelegation("targets/releases", files.delegations.get("targets/releases")!)).toThrow(
      /targets\/releases version \d+ is lower than version 7/,
    );
    expect(rolledBack.outdated("targets/releases")).toBeUndefined();
    // Not trusted this time, the role keeps the version trusted before for the next run's check.
    const kept = open({ "targets/releases": 1 });
    expect(() => kept.updateDelegation("targets/releases", files.delegations.get("targets/releases")!)).toThrow(
      /signed only by keys it no longer lists/,
    );
    expect(kept.versions()["targets/releases"]).toBe(1);
  });

  it("releases stored timestamp and snapshot versions only when root rotated their keys (fast-forward recovery)", () => {
    const repo = dockerRepo();
    const stored = write(repo.root, repo.keys.root);
    const previousVersions = { timestamp: 7, snapshot: 7, targets: 7 };
    // Same keys under a new root version: the stored versions still bind.
    repo.root.version = 2;
    expect(() => load(repo, { trustedRoot: stored, previousVersions })).toThrow(
      /timestamp version 1 is lower than version 7 trusted before/,
    );
    // New timestamp and snapshot keys: versions trusted under the old ones no longer bind; targets' still do.
    repo.keys.timestamp = ed25519Key();
    repo.keys.snapshot = ed25519Key();
    repo.root = rootSigned(repo.keys, 3);
    expect(() => load(repo, { trustedRoot: stored, previousVersions })).toThrow(
      /^targets version 2 is lower than version 7 trusted before$/,
    );
    expect(() => load(repo, { trustedRoot: stored, previousVersions: { timestamp: 7, snapshot: 7 } })).not.toThrow();
  });

  it("refuses a snapshot whose bytes do not match the timestamp (mix and match)", () => {
    const repo = dockerRepo();
    const files = writeRepo(repo);
    const other = dockerRepo(repo.gun);
    Object.assign(other, { keys: repo.keys, root: repo.root });
    other.snapshot.version = 2;
    const otherFiles = writeRepo(other);
    const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW });
    set.updateTimestamp(files.timestamp);
    expect(() => set.updateSnapshot(otherFiles.snapshot)).toThrow(
      /snapshot: \d+ bytes where the signed length is|sha256 does not match/,
    );
  });

  it("refuses a targets file with the right length but another hash", () => {
    const repo = dockerRepo();
    const files = writeRepo(repo);
    const tampered = Buffer.from(files.targets);
    const i = tampered.indexOf('"version":2');
    tampered[i + 10] = "3".charCodeAt(0);
    const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW });
    set.updateTimestamp(files.timestamp);
    set.updateSnapshot(files.snapshot);
    expect(() => set.updateTargets(tampered)).toThrow(/targets: sha256 does not match the signed hash/);
  });

  it("refuses a timestamp signed by a key root does not list (threshold)", () => {
    const repo = dockerRepo();
    repo.keys = { ...repo.keys };
    const files = writeRepo(repo);
    const intruder = ed25519Key();
    const forged = write(repo.timestamp, intruder);
    const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW });
    expect(() => set.updateTimestamp(forged)).toThrow(/timestamp: 0 of 1 required signatures valid \(1 present\)/);
  });

  it("counts one key once even when listed twice or under two key types", () => {
    const repo = dockerRepo();
    const alice = repo.alice;
    const rel = repo.targets.delegations.roles!.find((r) => r.name === "targets/releases")!;
    rel.threshold = 2;
    rel.keyIds = [alice.keyId, alice.keyId];
    repo.delegations.get("targets/releases")!.keys = [alice, alice];
    expect(() => load(repo)).toThrow(/targets\/releases: 1 of 2 required signatures valid \(2 present\)/);

    // The same private key as a certificate key: another key ID, the same public key.
    const asCert = createRootCertificate({ gun: repo.gun, privateKey: alice.privateKey }).publicKey;
    const certKey = { ...alice, publicKey: asCert, keyId: keyIdOf(asCert) };
    repo.targets.delegations.keys.set(certKey.keyId, asCert);
    rel.keyIds = [alice.keyId, certKey.keyId];
    repo.delegations.get("targets/releases")!.keys = [alice, certKey];
    expect(() => load(repo)).toThrow(/targets\/releases: 1 of 2 required signatures valid \(2 present\)/);
  });

  it("does not count a signature whose method does not fit the key type", () => {
    const repo = dockerRepo();
    const files = writeRepo(repo);
    const rel = repo.delegations.get("targets/releases")!.signed;
    const bad = serialiseEnvelope(rel, [sigOf(repo.alice, rel, "eddsa")]);
    repo.snapshot.meta.set("targets/releases", fileMeta(bad));
    // rebuild snapshot/timestamp around the tampered file, signed with the real server keys
    const snapshot = write(repo.snapshot, repo.keys.snapshot);
    repo.timestamp.meta.set("snapshot", fileMeta(snapshot));
    const set2 = new TrustedSet(files.root, { gun: repo.gun, now: NOW });
    set2.updateTimestamp(write(repo.timestamp, repo.keys.timestamp));
    set2.updateSnapshot(snapshot);
    set2.updateTargets(files.targets);
    expect(() => set2.updateDelegation("targets/releases", bad)).toThrow(/0 of 1 required signatures valid/);
  });

  it("refuses metadata of the wrong _type", () => {
    const repo = dockerRepo();
    const files = writeRepo(repo);
    const set = new TrustedSet(files.root, { gun: repo.gun, now: NOW });
    expect(() => set.updateTimestamp(files.snapshot)).toThrow(/expected type Timestamp, not Snapshot/);
  });

  it("ignores target entries outside a delegation's paths", () => {
    const repo = dockerRepo();
    repo.targets.delegations.roles!.find((r) => r.name === "targets/alice")!.paths = ["other-"];
    const set = load(repo);
    expect(signedTags(set)[0]!.signers).toEqual([]);
  });

  it("lists a tag once per digest, and counts a signer whose hash is the same bytes written otherwise", () => {
    const repo = dockerRepo();
    const released = repo.delegations.get("targets/releases")!.signed.targets.get("v1")!.hashes.sha256!;
    // The last base64 character before "=" carries two bits that decoding drops: the same 32 bytes.
    const last = released.at(-2)!;
    const sameBytes = `${released.slice(0, -2)}${last === "A" ? "B" : String.fromCharCode(last.charCodeAt(0) ^ 1)}=`;
    expect(Buffer.from(sameBytes, "base64").equals(Buffer.from(released, "base64"))).toBe(true);
    repo.delegations.get("targets/alice")!.signed.targets.set("v1", { length: 8, hashes: { sha256: sameBytes } });
    const other = createHash("sha256").update("another manifest").digest("base64");
    repo.targets.targets.set("v1", { length: 9, hashes: { sha256: other } });
    const set = load(repo);
    // In notary's walk order: targets' entry, then the released delegation's.
    expect(signedTags(set).map((t) => [t.tag, t.digest, t.signers])).toEqual([
      ["v1", Buffer.from(other, "base64").toString("hex"), []],
      ["v1", Buffer.from(released, "base64").toString("hex"), ["alice"]],
    ]);
  });

  it("refuses a malformed target entry (short hash, negative length)", () => {
    const repo = dockerRepo();
    repo.delegations.get("targets/releases")!.signed.targets.set("bad", { length: 1, hashes: { sha256: "AAAA" } });
    expect(() => load(repo)).toThrow(/targets\/releases target bad: sha256 hash has the wrong length/);
    const repo2 = dockerRepo();
    const h = repo2.delegations.get("targets/releases")!.signed.targets.get("v1")!.hashes;
    repo2.delegations.get("targets/releases")!.signed.targets.set("neg", { length: -1, hashes: h });
    expect(() => load(repo2)).toThrow(/negative length -1/);
  });
});

describe("root trust", () => {
  it("refuses a root whose certificate CN is another repository", () => {
    const repo = dockerRepo("registry.test/app");
    repo.keys.root = rootKey("registry.test/other");
    repo.root = rootSigned(repo.keys);
    expect(() => load(repo)).toThrow(
      /no valid root certificate for registry.test\/app \(.*CN "registry.test\/other" is not registry.test\/app/,
    );
  });

  it("accepts a pinned root key and refuses another", () => {
    const repo = dockerRepo();
    expect(() => load(repo, { pinnedRootKeyIds: [repo.keys.root.keyId] })).not.toThrow();
    const other = ecdsaKey().keyId;
    expect(() => load(repo, { pinnedRootKeyIds: [other] })).toThrow(/is signed by root key .*, not the pinned/);
  });

  it("refuses a root with an expired certificate on first use", () => {
    const repo = dockerRepo();
    repo.keys.root = rootKey(repo.gun, { notBefore: NOW - 20 * 365 * 86400_000, notAfter: NOW - 86400_000 });
    repo.root = rootSigned(repo.keys);
    expect(() => load(repo)).toThrow(/certificate expired at \S+Z \(valid \S+Z to \S+Z\)/);
  });

  it("names notBefore, not notAfter, for a root certificate that is not valid yet", () => {
    const repo = dockerRepo();
    repo.keys.root = rootKey(repo.gun, { notBefore: NOW + 10 * 86400_000, notAfter: NOW + 365 * 86400_000 });
    repo.root = rootSigned(repo.keys);
    expect(() => load(repo)).toThrow(/certificate is not valid until \S+Z \(valid \S+Z to \S+Z\); check the clock/);
  });

  it("rotates to a root signed by the old and new root keys, and refuses one signed only by the new", () => {
    const repo = dockerRepo();
    const v1 = writeRepo(repo).root;
    const oldRoot = repo.keys.root;
    repo.keys.root = rootKey(repo.gun);
    repo.root = rootSigned(repo.keys, 2);
    const both = serialiseEnvelope(repo.root, [sigOf(oldRoot, repo.root), sigOf(repo.keys.root, repo.root)]);
    const set = new TrustedSet(both, { gun: repo.gun, now: NOW, trustedRoot: v1 });
    expect(set.root.signed.version).toBe(2);
    const onlyNew = write(repo.root, repo.keys.root);
    expect(() => new TrustedSet(onlyNew, { gun: repo.gun, now: NOW, trustedRoot: v1 })).toThrow(
      /root v2 of \S+ is not signed by the root keys of trusted root v1: a rotation was served, but not a valid one/,
    );
    // a root swapped for another repository's (same version, other content)
    const swapped = dockerRepo(repo.gun);
    expect(() => new TrustedSet(writeRepo(swapped).root, { gun: repo.gun, now: NOW, trustedRoot: v1 })).toThrow(
      /root version 1 of \S+ served with content other than the trusted root v1: a different root, and no rotation to it/,
    );
    expect(() => new TrustedSet(v1, { gun: repo.gun, now: NOW, trustedRoot: both })).toThrow(
      /root version 1 is lower than trusted version 2/,
    );
  });

  it("signals a snapshot that names another root", () => {
    const repo = dockerRepo();
    const files = writeRepo(repo);
    const oldRootBytes = files.root;
    repo.root = { ...repo.root, expires: expires(9 * 365 * 86400_000) };
    const files2 = writeRepo(repo);
    const set = new TrustedSet(oldRootBytes, { gun: repo.gun, now: NOW });
    set.updateTimestamp(files2.timestamp);
    expect(() => set.updateSnapshot(files2.snapshot)).toThrow(RootChangedError);
  });
});
