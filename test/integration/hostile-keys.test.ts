// TUF attacks on signatures, keys and roots, against the real notary-server (directly, when the
// server itself accepts the hostile metadata, or through the tampering proxy with hashes fixed up
// upstream). Sign and inspect must refuse, publish nothing, and name what failed.
import { afterEach, describe, expect, it } from "vitest";
import { keyIdOf } from "../../src/tuf/keys.js";
import { parseEnvelope, type RootSigned } from "../../src/tuf/metadata.js";
import { pushImage } from "../stack/registry.js";
import { useStack } from "../stack/use-stack.js";
import {
  expectMention,
  failureOf,
  inspectThroughProxy,
  publishWatch,
  scene,
  signThroughProxy,
  verifyThroughProxy,
  type Scene,
} from "../helpers/hostile.js";
import { createOwnedRepo, randomDigest, targetMeta } from "../helpers/owned-repo.js";
import { startProxy } from "../stack/proxy.js";
import { rootKey, write, type TestKey } from "../helpers/repo-builder.js";
import { asCertificateKey, flipSignature, forgeUpstream, serveFiles, withMethod } from "../helpers/tamper.js";
import { plain } from "../../src/wording.js";
import { rootRecovery } from "../../src/tuf/root-trust.js";

const stack = useStack();
const scenes: Scene[] = [];
afterEach(async () => {
  await Promise.all(scenes.splice(0).map((s) => s.close()));
});

async function fresh(prefix: string): Promise<Scene> {
  const s = await scene(stack, prefix);
  scenes.push(s);
  return s;
}

/** Sign (of v1) and inspect both fail with `message`; nothing is published. */
async function expectRefused(s: Scene, message: string | RegExp, opts: { trust?: boolean } = {}): Promise<void> {
  const watch = await publishWatch(s.repo);
  const trustDir = opts.trust ? { trustDir: s.trustDir } : {};
  const signing = await failureOf(signThroughProxy(s, trustDir));
  const inspecting = await failureOf(inspectThroughProxy(s, trustDir));
  for (const got of [signing, inspecting]) {
    if (typeof message === "string") expect(got).toBe(message);
    else expect(got).toMatch(message);
  }
  const verdict = await verifyThroughProxy(s, trustDir);
  expect(verdict.passed).toBe(false);
  expectMention(verdict.message, message);
  await watch.unchanged();
}

/** The current root with `edit` applied and version+1, signed by `signers`. */
async function nextRoot(s: Scene, signers: TestKey[], edit: (r: RootSigned) => void): Promise<Uint8Array> {
  const root = parseEnvelope(await s.repo.fetch("root"), "Root", "root").signed;
  edit(root);
  root.version++;
  return write(root, ...signers);
}

function withRootKey(r: RootSigned, key: TestKey): void {
  const old = r.roles.get("root")!.keyIds!;
  for (const id of old) r.keys.delete(id);
  r.keys.set(key.keyId, key.publicKey);
  r.roles.set("root", { keyIds: [key.keyId], threshold: 1 });
}

describe("signatures and thresholds", () => {
  it("refuses a timestamp with a tampered signature", async () => {
    const s = await fresh("sig-ts");
    s.proxy.on(
      { method: "GET", path: /\/timestamp\.json$/ },
      { rewrite: (body) => Buffer.from(flipSignature(body, "Timestamp")) },
    );
    await expectRefused(s, "timestamp: 0 of 1 required signatures valid (1 present)");
  });

  it("refuses targets with a tampered signature even when snapshot and timestamp name its hash", async () => {
    const s = await fresh("sig-targets");
    serveFiles(
      s.proxy,
      s.repo.gun,
      await forgeUpstream(s.repo, new Map([["targets", flipSignature(await s.repo.fetch("targets"), "Targets")]])),
    );
    await expectRefused(s, "targets: 0 of 1 required signatures valid (1 present)");
  });

  it("refuses a signature whose method does not fit its key type", async () => {
    for (const method of ["eddsa", "rsapss"]) {
      const s = await fresh(`method-${method}`);
      serveFiles(
        s.proxy,
        s.repo.gun,
        await forgeUpstream(
          s.repo,
          new Map([["targets", withMethod(await s.repo.fetch("targets"), "Targets", method)]]),
        ),
      );
      await expectRefused(s, "targets: 0 of 1 required signatures valid (1 present)");
    }
  });

  it("counts one key listed twice, under two key types, once (the real server counts it twice)", async () => {
    const s = await fresh("twice");
    const { targets } = s.repo.keys;
    const sameKey = asCertificateKey(targets, "targets");
    const root = await nextRoot(s, [s.repo.keys.root], (r) => {
      r.keys.set(sameKey.keyId, sameKey.publicKey);
      r.roles.set("targets", { keyIds: [targets.keyId, sameKey.keyId], threshold: 2 });
    });
    const current = parseEnvelope(await s.repo.fetch("targets"), "Targets", "targets").signed;
    current.version++;
    await s.repo.client.publish(
      new Map([
        ["root", root],
        ["targets", write(current, targets, sameKey)],
      ]),
    );
    await expectRefused(s, "targets: 1 of 2 required signatures valid (2 present)");
  });

  it("skips a delegation whose threshold one key meets only by being listed twice", async () => {
    const s = await fresh("twice-deleg");
    const { ci } = s.repo.keys;
    const sameKey = asCertificateKey(ci, "ci");
    await s.repo.publishTargets((t) => {
      t.delegations.keys.set(sameKey.keyId, sameKey.publicKey);
      const releases = t.delegations.roles!.find((r) => r.name === "targets/releases")!;
      releases.keyIds = [ci.keyId, sameKey.keyId];
      releases.threshold = 2;
    });
    await s.repo.publishDelegation(
      "targets/releases",
      (t) => void t.targets.set("v1", targetMeta(s.pushed.digest.slice(7), s.pushed.size)),
      [ci, sameKey],
    );
    const watch = await publishWatch(s.repo);
    const { result } = await inspectThroughProxy(s);
    expect(result.warnings).toEqual([
      "targets/releases skipped: targets/releases: 1 of 2 required signatures valid (2 present)",
    ]);
    expect(result.signedTags).toEqual([]);
    expect(await failureOf(signThroughProxy(s))).toBe(
      `targets/releases of ${s.repo.gun} needs 2 signatures; this tool signs with one key`,
    );
    const verdict = await verifyThroughProxy(s);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toContain("targets/releases: 1 of 2 required signatures valid (2 present)");
    await watch.unchanged();
  });
});

describe("a root swapped for another", () => {
  it("refuses a root that is not signed by the pinned root key", async () => {
    const s = await fresh("pin");
    const pin = "ab".repeat(32);
    const watch = await publishWatch(s.repo);
    expect(await failureOf(signThroughProxy(s, { rootKeyIds: [pin] }))).toBe(
      `root v1 of ${s.repo.gun} is signed by root key ${s.repo.keys.root.keyId.slice(0, 12)}…, not the pinned ${pin.slice(0, 12)}…; check root-key-id against the Root Key that inspect ${s.repo.gun} shows`,
    );
    await watch.unchanged();
  });

  it("refuses a root other than the one stored by an earlier run", async () => {
    const s = await fresh("swap");
    await signThroughProxy(s, { trustDir: s.trustDir });
    const attacker = rootKey(s.repo.gun);
    const sameVersion = parseEnvelope(await s.repo.fetch("root"), "Root", "root").signed;
    withRootKey(sameVersion, attacker);
    const rule = s.proxy.on(
      { method: "GET", path: /\/root\.json$/ },
      { serve: { status: 200, headers: {}, body: Buffer.from(write(sameVersion, attacker)) } },
    );
    await expectRefused(
      s,
      `root version 1 of ${s.repo.gun} served with content other than the trusted root v1: a different root, and no rotation to it; ${plain(rootRecovery(s.repo.gun))}`,
      { trust: true },
    );
    rule.remove();
    const newer = await nextRoot(s, [attacker], (r) => withRootKey(r, attacker));
    s.proxy.on(
      { method: "GET", path: /\/root\.json$/ },
      { serve: { status: 200, headers: {}, body: Buffer.from(newer) } },
    );
    await expectRefused(
      s,
      `root v2 of ${s.repo.gun} is not signed by the root keys of trusted root v1: a rotation was served, but not a valid one; ${plain(rootRecovery(s.repo.gun))}`,
      { trust: true },
    );
  });

  it("refuses a root whose certificate names another repository", async () => {
    const s = await fresh("cn");
    const otherGun = `${s.repo.gun}-other`;
    const attacker = rootKey(otherGun);
    const root = parseEnvelope(await s.repo.fetch("root"), "Root", "root").signed;
    withRootKey(root, attacker);
    serveFiles(s.proxy, s.repo.gun, new Map([["root", write(root, attacker)]]));
    await expectRefused(
      s,
      `root v1: no valid root certificate for ${s.repo.gun} (${attacker.keyId.slice(0, 12)}…: certificate CN "${otherGun}" is not ${s.repo.gun})`,
    );
  });

  it("refuses a broken link in a root rotation chain, and follows the real chain", async () => {
    const s = await fresh("chain");
    await signThroughProxy(s, { trustDir: s.trustDir });
    const [k1, k2, k3] = [s.repo.keys.root, rootKey(s.repo.gun), rootKey(s.repo.gun)];
    await s.repo.client.publish(new Map([["root", await nextRoot(s, [k1, k2], (r) => withRootKey(r, k2))]]));
    await s.repo.client.publish(new Map([["root", await nextRoot(s, [k2, k3], (r) => withRootKey(r, k3))]]));
    const forged = parseEnvelope(await s.repo.fetch("root"), "Root", "root").signed;
    const intruder = rootKey(s.repo.gun);
    withRootKey(forged, intruder);
    forged.version = 2;
    const rule = s.proxy.on(
      { method: "GET", path: /\/2\.root\.json$/ },
      { serve: { status: 200, headers: {}, body: Buffer.from(write(forged, intruder)) } },
    );
    await expectRefused(
      s,
      `root v2 of ${s.repo.gun} is not signed by the root keys of trusted root v1: a rotation was served, but not a valid one; ${plain(rootRecovery(s.repo.gun))}`,
      { trust: true },
    );
    rule.remove();
    const walked = s.proxy.find("GET", /\/2\.root\.json$/).length;
    const signed = await signThroughProxy(s, { trustDir: s.trustDir });
    expect(parseEnvelope(signed.trustedRoot, "Root", "root").signed.version).toBe(3);
    expect(s.proxy.find("GET", /\/2\.root\.json$/).length).toBe(walked + 1);
  });
});

describe("target entries", () => {
  it("refuses a delegation with a malformed entry (negative length, short hash) that the server accepted", async () => {
    for (const [name, meta, why] of [
      ["negative", { length: -1, hashes: { sha256: Buffer.alloc(32, 1).toString("base64") } }, "negative length -1"],
      [
        "short",
        { length: 10, hashes: { sha256: Buffer.alloc(16, 1).toString("base64") } },
        "sha256 hash has the wrong length",
      ],
    ] as const) {
      const s = await fresh(`entry-${name}`);
      await s.repo.publishDelegation(
        "targets/releases",
        (t) => void t.targets.set("v0", { length: meta.length, hashes: { ...meta.hashes } }),
      );
      await expectRefused(s, `targets/releases target v0: ${why}`);
    }
  });

  it("ignores entries outside a delegation's paths, and will not sign outside them", async () => {
    const s = await fresh("paths");
    await s.repo.publishTargets((t) => {
      for (const role of t.delegations.roles!) role.paths = ["release-"];
    });
    for (const role of ["targets/releases", "targets/ci"]) {
      await s.repo.publishDelegation(role, (t) => void t.targets.set("v1", targetMeta(randomDigest(), 100)));
    }
    const watch = await publishWatch(s.repo);
    // inspect lists the out-of-path entry as docker trust inspect does, marked; verify refuses it.
    expect((await inspectThroughProxy(s)).result.signedTags).toEqual([
      expect.objectContaining({ tag: "v1", outsidePaths: true }),
    ]);
    expect((await verifyThroughProxy(s)).reason).toBe("TAG_NOT_SIGNED");
    expect(await failureOf(signThroughProxy(s))).toBe(
      `signer key ${keyIdOf(s.repo.keys.ci.publicKey).slice(0, 12)}… is in targets/ci, targets/releases of ${s.repo.gun}, whose paths ("release-", "release-") do not cover v1`,
    );
    await watch.unchanged();
  });
});

describe("a registry that serves another manifest than the digest", () => {
  it("refuses to sign bytes that do not hash to the digest asked for or claimed", async () => {
    const registry = await startProxy({ upstream: stack.registry.url });
    const notary = await startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem });
    const repo = await createOwnedRepo(stack, "manifest", stack.notary.local.url, new URL(registry.url).host);
    try {
      const pushed = await pushImage(stack.registry.url, repo.repo, "v1");
      // Altered bytes with the header removed: only the digest asked for can tell.
      const altered = { rewrite: (body: Buffer) => Buffer.concat([body, Buffer.from("\n")]) };
      const rule = registry.on(
        { method: "GET", path: /\/manifests\// },
        { ...altered, headers: { "docker-content-digest": null } },
      );
      const s = { stack, proxy: notary, repo, pushed, trustDir: "", close: async () => {} };
      const watch = await publishWatch(repo);
      const config = { insecureRegistries: [new URL(registry.url).host] };
      expect(await failureOf(signThroughProxy(s, { ...config, digest: pushed.digest }))).toMatch(
        new RegExp(
          `^manifest of ${repo.gun}@${pushed.digest} does not match: asked for ${pushed.digest}, but the bytes served hash to sha256:[0-9a-f]{64}; the registry or a proxy altered the manifest; do not sign it$`,
        ),
      );
      // Altered bytes under the registry's own Docker-Content-Digest.
      rule.remove();
      registry.on({ method: "GET", path: /\/manifests\// }, altered);
      expect(await failureOf(signThroughProxy(s, config))).toMatch(
        new RegExp(
          `^manifest of ${repo.gun}:v1 does not match: Docker-Content-Digest ${pushed.digest}, but the bytes served hash to sha256:[0-9a-f]{64}; the registry or a proxy altered the manifest; do not sign it$`,
        ),
      );
      await watch.unchanged();
    } finally {
      repo.close();
      await Promise.all([registry.close(), notary.close()]);
    }
  });
});
