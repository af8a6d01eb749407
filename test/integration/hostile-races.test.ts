// Races on the real notary-server: signers into one role at once, and a signer whose upload is
// held at the proxy while an admin changes the delegations under it. Each signer either lands
// with nothing of anyone else's lost, or fails with what the repository now says.
import { afterEach, describe, expect, it } from "vitest";
import { keyIdOf } from "../../src/tuf/keys.js";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { useStack } from "../stack/use-stack.js";
import {
  failureOf,
  inspectThroughProxy,
  publishWatch,
  scene,
  signThroughProxy,
  verifyThroughProxy,
  type Scene,
} from "../helpers/hostile.js";
import { ecdsaKey } from "../helpers/repo-builder.js";

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

async function dockerTags(s: Scene): Promise<{ SignedTag: string; Digest: string; Signers: string[] }[]> {
  const docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  try {
    return (await docker.inspect(s.repo.gun))[0]!.SignedTags;
  } finally {
    await docker.dispose();
  }
}

/** Holds the next upload at the proxy; `arrived` resolves when it is held, `release()` lets it go. */
function holdNextUpload(s: Scene): { arrived: Promise<void>; release(): void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const rule = s.proxy.on({ method: "POST", path: /\/_trust\/tuf\/$/, times: 1 }, { waitFor: gate });
  const arrived = (async () => {
    while (rule.hits === 0) await new Promise((r) => setTimeout(r, 5));
  })();
  return { arrived, release };
}

describe("signers racing each other", () => {
  it("lands every signer's own tags when 12 sign into one role at once through a slow server", async () => {
    const s = await fresh("race");
    s.proxy.setLatency(15);
    const tags = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const pushed = await Promise.all(tags.map((t) => pushImage(stack.registry.url, s.repo.repo, t)));
    const results = await Promise.all(tags.map((t) => signThroughProxy(s, { image: `${s.repo.gun}:${t}` })));
    expect(results.every((r) => r.published)).toBe(true);
    expect(s.proxy.find("POST", /\/_trust\/tuf\/$/).filter((r) => r.status === 400).length).toBeGreaterThan(0);
    expect((await dockerTags(s)).map((t) => [t.SignedTag, t.Digest])).toEqual(
      tags.map((t, i) => [t, pushed[i]!.digest.slice(7)]),
    );
  });
});

describe("a signer racing an admin's delegation change", () => {
  it("fails with the repository's current delegations when the admin removed its key meanwhile", async () => {
    const s = await fresh("revoked");
    const other = ecdsaKey();
    const held = holdNextUpload(s);
    const signing = failureOf(signThroughProxy(s));
    await held.arrived;
    await s.repo.publishTargets((t) => {
      t.delegations.keys.delete(s.repo.keys.ci.keyId);
      t.delegations.keys.set(other.keyId, other.publicKey);
      for (const role of t.delegations.roles!) role.keyIds = [other.keyId];
    });
    const watch = await publishWatch(s.repo);
    held.release();
    const short = (k: typeof other) => `${keyIdOf(k.publicKey).slice(0, 12)}…`;
    expect(await signing).toBe(
      `signer key ${short(s.repo.keys.ci)} is not a key of any delegation of ${s.repo.gun} (targets/ci: ${short(other)}; targets/releases: ${short(other)}); add it with: signer-add ${s.repo.gun}`,
    );
    await watch.unchanged();
  });

  it("succeeds when the admin's change leaves its key in place, and reports the repository as it now is", async () => {
    const s = await fresh("added");
    const bob = ecdsaKey();
    const held = holdNextUpload(s);
    const signing = signThroughProxy(s);
    await held.arrived;
    await s.repo.publishTargets((t) => {
      t.delegations.keys.set(bob.keyId, bob.publicKey);
      t.delegations.roles!.push({ name: "targets/bob", keyIds: [bob.keyId], threshold: 1, paths: [""] });
    });
    held.release();
    const result = await signing;
    expect(result.tags).toEqual([
      { tag: "v1", digest: s.pushed.digest, roles: ["targets/ci", "targets/releases"], signers: ["ci"] },
    ]);
    expect(await dockerTags(s)).toEqual([{ SignedTag: "v1", Digest: s.pushed.digest.slice(7), Signers: ["ci"] }]);
  });

  it("fails after publishing, saying the tag is not released, when the admin narrowed the paths meanwhile", async () => {
    const s = await fresh("narrowed");
    const held = holdNextUpload(s);
    const signing = failureOf(signThroughProxy(s));
    await held.arrived;
    await s.repo.publishTargets((t) => {
      for (const role of t.delegations.roles!) role.paths = ["release-"];
    });
    held.release();
    expect(await signing).toBe(
      `${s.repo.gun}:v1 is not released after publishing; another signer may have signed this tag at the same time; inspect the repository`,
    );
    // inspect lists the entry as `docker trust inspect` does, marked as outside the paths, which
    // `docker pull` and our verify apply.
    expect((await inspectThroughProxy(s)).result.signedTags).toEqual([
      expect.objectContaining({ tag: "v1", outsidePaths: true }),
    ]);
    expect((await verifyThroughProxy(s)).reason).toBe("TAG_NOT_SIGNED");
  });
});
