// revoke, renew and key rotate-signer on a repository made by init + signer add, with every
// released tag that should verify still verifying after each step (docker trust inspect), and
// renew moving each expiry as asked (the `expires` the server serves).
import { generateKeyPairSync } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, type GeneratedKey } from "../stack/go-clients.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, cliFlags, runCli, served, tempDir } from "../helpers/admin.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { parseGoTime } from "../../src/tuf/time.js";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";

const stack = useStack();
const server = stack.notary.local.url;
const DAY = 86400_000;
const YEAR = 365 * DAY;
const GO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;

let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
});
afterAll(() => docker?.dispose());

interface Fixture {
  repo: string;
  image: string;
  /** Server, CA and trust dir, plus --key-dir (where init wrote the root and targets keys). */
  flags: string[];
  /** The same without --key-dir: only the key given signs. */
  connection: string[];
  alice: GeneratedKey;
  carol: GeneratedKey;
  pushed: Record<string, PushedManifest>;
}

async function sign(f: Fixture, tag: string, key: GeneratedKey, expiresInMs?: number) {
  return runSign({
    image: `${f.image}:${tag}`,
    tags: [],
    signerKey: await readFile(key.privateKeyPath, "utf8"),
    signerKeyPassphrase: PASSPHRASE,
    notaryServer: server,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    ...(expiresInMs ? { expiresInMs } : {}),
  });
}

/** init + signer add alice and carol by us; alice signs v1, v2 and carol v2, v3. */
async function fixture(prefix: string, aliceExpiresInMs?: number): Promise<Fixture> {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const dir = await tempDir(prefix);
  const flags = await cliFlags(stack, server, dir);
  const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo, "alice"));
  const carol = await docker.keyGenerate("carol", path.join(docker.configDir, "keys", repo, "carol"));
  for (const args of [
    ["init", image],
    ["signer", "add", "alice", image, "--key", alice.pubPath],
    ["signer", "add", "carol", image, "--key", carol.pubPath],
  ]) {
    const r = await runCli([...args, ...flags]);
    expect(r.code, r.stderr).toBe(0);
  }
  const pushed: Record<string, PushedManifest> = {};
  for (const tag of ["v1", "v2", "v3"]) pushed[tag] = await pushImage(stack.registry.url, repo, tag);
  const f = { repo, image, flags, connection: flags.slice(0, 6), alice, carol, pushed };
  await sign(f, "v1", alice, aliceExpiresInMs);
  await sign(f, "v2", alice, aliceExpiresInMs);
  await sign(f, "v2", carol);
  await sign(f, "v3", carol);
  return f;
}

const released = async (image: string) =>
  (await docker.inspect(image))[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers]);

describe("revoke, renew and rotate-signer", () => {
  it("revoke removes a tag from every role the key can sign; other tags keep verifying", async () => {
    const f = await fixture("admin-revoke");
    const d = (tag: string) => f.pushed[tag]!.digest.slice(7);
    expect(await released(f.image)).toEqual([
      ["v1", d("v1"), ["alice"]],
      ["v2", d("v2"), ["alice", "carol"]],
      ["v3", d("v3"), ["carol"]],
    ]);

    const revoked = await runCli([
      "revoke",
      `${f.image}:v1`,
      "--signer-key",
      f.alice.privateKeyPath,
      ...f.connection,
      "--json",
    ]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(JSON.parse(revoked.stdout)).toMatchObject({
      tag: "v1",
      removedFrom: ["targets/alice", "targets/releases"],
      heldBy: [],
      stillReleasedBy: null,
      published: true,
    });
    expect(await released(f.image)).toEqual([
      ["v2", d("v2"), ["alice", "carol"]],
      ["v3", d("v3"), ["carol"]],
    ]);

    // v2 is held by alice's and carol's roles; with carol's key only her roles change, and
    // targets/releases (shared) loses it, so v2 is no longer released though alice still lists it.
    const v2 = await runCli([
      "revoke",
      `${f.image}:v2`,
      "--signer-key",
      f.carol.privateKeyPath,
      ...f.connection,
      "--json",
    ]);
    expect(v2.code, v2.stderr).toBe(0);
    expect(JSON.parse(v2.stdout)).toMatchObject({
      removedFrom: ["targets/releases", "targets/carol"],
      heldBy: ["targets/alice"],
    });
    expect(await released(f.image)).toEqual([["v3", d("v3"), ["carol"]]]);
    expect((await docker.notary().list(f.image, "targets/alice")).map((t) => t.name)).toEqual(["v2"]);

    // A tag that is not signed is not an error; nothing is published.
    const before = await served(stack, server, f.image, "targets/releases");
    const none = await runCli(["revoke", `${f.image}:v9`, "--signer-key", f.carol.privateKeyPath, ...f.connection]);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toBe(`${f.image}:v9 is not signed: nothing to revoke\n`);
    expect((await served(stack, server, f.image, "targets/releases")).version).toBe(before.version);

    // The key directory holds only the targets key: alice's copy of v2 is out of its reach, but
    // it is not released (docker pull ignores it), so revoking v2 again succeeds and names it.
    const admin = await runCli(["revoke", `${f.image}:v2`, ...f.flags]);
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toBe(
      `${f.image}:v2 is not released: nothing to revoke (still listed by targets/alice, which docker pull does not trust)\n`,
    );

    // A tag in targets itself (signed by the repository admin) goes with the targets key.
    const targetsKey = (
      JSON.parse((await runCli(["inspect", f.image, ...f.connection, "--json"])).stdout) as {
        AdministrativeKeys: { Keys: { ID: string }[] }[];
      }[]
    )[0]!.AdministrativeKeys[1]!.Keys[0]!.ID;
    await runSign({
      image: `${f.image}:v3`,
      tags: [],
      roles: ["targets"],
      signerKey: await readFile(path.join(f.flags.at(-1)!, `${targetsKey}.key`), "utf8"),
      signerKeyPassphrase: PASSPHRASE,
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
    });
    // docker pull still trusts v3 (targets/releases keeps it): what was removed is published and
    // reported, and the run fails, as a second run does.
    const viaTargets = await runCli(["revoke", `${f.image}:v3`, ...f.flags, "--json"]);
    expect(viaTargets.code, viaTargets.stderr).toBe(1);
    expect(JSON.parse(viaTargets.stdout)).toMatchObject({
      removedFrom: ["targets"],
      heldBy: ["targets/releases", "targets/carol"],
      stillReleasedBy: "targets/releases",
    });
    expect(viaTargets.stderr).toMatch(
      /\ncontent-trust revoke: \S+:v3 is still released by targets\/releases \(sha256:[0-9a-f]{12}…\), which none of .* can sign; its removal from targets is published; revoke it with a key of targets\/releases \(/,
    );
    expect(await released(f.image)).toEqual([["v3", d("v3"), ["carol"]]]);
    const again = await runCli(["revoke", `${f.image}:v3`, ...f.flags, "--json"]);
    expect(again.code, again.stderr).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ removedFrom: [], stillReleasedBy: "targets/releases" });
    expect(again.stderr).toMatch(
      /\ncontent-trust revoke: \S+:v3 is still released by targets\/releases \(sha256:[0-9a-f]{12}…\), which none of .* can sign; revoke it with a key of targets\/releases \(/,
    );
    // In text, no line says the tag is not signed: the error says what still releases it.
    const againText = await runCli(["revoke", `${f.image}:v3`, ...f.flags]);
    expect(againText.code, againText.stderr).toBe(1);
    expect(againText.stdout).toBe("");
    expect(againText.stderr).toContain("is still released by targets/releases");
  });

  it("witness: after the last signers are removed and another added, that signer re-signs the releases they left", async () => {
    const f = await fixture("admin-witness");
    const d = (tag: string) => f.pushed[tag]!.digest.slice(7);
    const tags = async () => (await released(f.image)).map(([tag, digest]) => [tag, digest]);
    for (const name of ["alice", "carol"]) {
      const removed = await runCli(["signer", "remove", name, f.image, ...f.flags, "--force"]);
      expect(removed.code, removed.stderr).toBe(0);
    }
    const dave = await docker.keyGenerate("dave", path.join(docker.configDir, "keys", f.repo, "dave"));
    const added = await runCli(["signer", "add", "dave", f.image, "--key", dave.pubPath, ...f.flags]);
    expect(added.code, added.stderr).toBe(0);
    const v4 = await pushImage(stack.registry.url, f.repo, "v4");
    const signV4 = () =>
      runCli([
        "sign",
        `${f.image}:v4`,
        "--signer-key",
        dave.privateKeyPath,
        "--insecure-registry",
        stack.registry.host,
        ...f.connection,
      ]);
    // targets/releases is signed only by the removed keys: nothing verifies, and the new signer may
    // not overwrite it; the error names the way out.
    const refused = await signV4();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`content-trust renew ${f.image} with --witness targets/releases`);
    const witness = (role: string, extra: string[] = []) =>
      runCli(["renew", f.image, "--witness", role, "--signer-key", dave.privateKeyPath, ...f.connection, ...extra]);
    // A removed signer's key cannot witness it: it is a key of no role any more.
    const stranger = await runCli([
      "renew",
      f.image,
      "--witness",
      "targets/releases",
      "--signer-key",
      f.alice.privateKeyPath,
      ...f.connection,
    ]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain("can sign no role");
    // Nor can the targets key (in the key directory): it is no key of targets/releases.
    const admin = await runCli(["renew", f.image, "--witness", "targets/releases", ...f.flags]);
    expect(admin.code).toBe(1);
    expect(admin.stderr).toContain("is not a key of targets/releases");
    // A role that is no delegation is refused before anything is published.
    const unknown = await witness("targets/nobody");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("cannot witness targets/nobody");
    // Named alone, the role is not re-signed: every target it holds is listed in full, with the
    // digest that confirms the content, and nothing is published.
    const unconfirmed = await witness("targets/releases");
    expect(unconfirmed.code).toBe(1);
    for (const tag of ["v1", "v2", "v3"])
      expect(unconfirmed.stdout).toMatch(new RegExp(`^${tag} +sha256:${d(tag)}$`, "m"));
    expect(unconfirmed.stderr).toContain("a witness re-signs its 3 target(s) as they are");
    expect(unconfirmed.stderr).toContain("nothing was published");
    const confirm = /To witness this content: --witness targets\/releases@(sha256:[0-9a-f]{64})/.exec(
      unconfirmed.stdout,
    )![1]!;
    expect(unconfirmed.stderr).toContain(`--witness targets/releases@${confirm}`);
    expect(await tags()).toEqual([]);
    // Content other than the one confirmed is refused.
    const other = await witness(`targets/releases@sha256:${"0".repeat(64)}`);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`is not the one served (${confirm})`);
    const witnessed = await witness(`targets/releases@${confirm}`, ["--json"]);
    expect(witnessed.code, witnessed.stderr).toBe(0);
    const result = JSON.parse(witnessed.stdout) as {
      witnessed: { role: string; targets: number }[];
      published: boolean;
    };
    expect(result.published).toBe(true);
    expect(result.witnessed).toMatchObject([
      { role: "targets/releases", targets: 3, firstTargets: ["v1", "v2", "v3"] },
    ]);
    // Docker reads the releases again, and dave signs the next one.
    expect(await tags()).toEqual([
      ["v1", d("v1")],
      ["v2", d("v2")],
      ["v3", d("v3")],
    ]);
    const signed = await signV4();
    expect(signed.code, signed.stderr).toBe(0);
    expect(await tags()).toEqual([
      ["v1", d("v1")],
      ["v2", d("v2")],
      ["v3", d("v3")],
      ["v4", v4.digest.slice(7)],
    ]);
    // Once it verifies there is nothing to witness: a second run publishes nothing.
    const again = await witness(`targets/releases@${confirm}`, ["--json"]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ witnessed: [], published: false });
  });

  it("renew re-signs the roles expiring within the window with the expiry asked, and inspect warns before", async () => {
    const f = await fixture("admin-renew", 30 * DAY);
    const t0 = Date.now();
    const expiresOf = async (role: string) => (await served(stack, server, f.image, role)).expires;
    const releasesBefore = await served(stack, server, f.image, "targets/releases");
    expect(parseGoTime(await expiresOf("targets/alice"))).toBeLessThan(t0 + 31 * DAY);
    // carol signed last with the default lifetime, so releases expires in 3 years, alice's role in 30 days.
    expect(parseGoTime(releasesBefore.expires)).toBeGreaterThan(t0 + 2 * YEAR);

    const inspected = await runCli(["inspect", f.image, ...f.connection]);
    expect(inspected.stderr).toMatch(
      new RegExp(
        `warning: targets/alice of ${f.image.replace(/[.]/g, "\\.")} expires at \\S+Z \\(in (29|30) days\\); renew it with: content-trust renew ${f.image.replace(/[.]/g, "\\.")}\\n`,
      ),
    );
    expect(inspected.stderr).not.toContain("targets/carol of");

    // Default window (six months): only alice's role; with alice's key it is renewed for 3 years.
    const renewed = await runCli(["renew", f.image, "--signer-key", f.alice.privateKeyPath, ...f.connection, "--json"]);
    expect(renewed.code, renewed.stderr).toBe(0);
    const result = JSON.parse(renewed.stdout) as {
      renewed: { role: string; version: number; expires: string }[];
      notRenewed: unknown[];
    };
    expect(result.renewed.map((r) => r.role)).toEqual(["targets/alice"]);
    expect(result.notRenewed).toEqual([]);
    const alice = await served(stack, server, f.image, "targets/alice");
    expect(alice.expires).toMatch(GO_TIME);
    expect(Math.abs(parseGoTime(alice.expires) - (t0 + 3 * YEAR))).toBeLessThan(5 * 60_000);
    expect(await expiresOf("targets/releases")).toBe(releasesBefore.expires);
    expect((await runCli(["inspect", f.image, ...f.connection])).stderr).not.toContain("expires at");

    // A wider window and a lifetime asked for: every role alice's key can sign moves to 5 years;
    // carol's role and targets are reported, not renewed.
    const wide = await runCli([
      "renew",
      f.image,
      "--signer-key",
      f.alice.privateKeyPath,
      "--within",
      "4y",
      "--expires",
      "5y",
      ...f.connection,
      "--json",
    ]);
    expect(wide.code, wide.stderr).toBe(0);
    const second = JSON.parse(wide.stdout) as { renewed: { role: string }[]; notRenewed: { role: string }[] };
    expect(second.renewed.map((r) => r.role).sort()).toEqual(["targets/alice", "targets/releases"]);
    expect(second.notRenewed.map((r) => r.role).sort()).toEqual(["targets", "targets/carol"]);
    // What is left names the keys that can renew it, not the command that just ran.
    expect(wide.stderr).toMatch(
      /warning: targets\/carol of \S+ expires at \S+ \(in [^)]+\); the given key \S+ cannot sign it; renew it with a key of targets\/carol: [0-9a-f]{12}…/,
    );
    for (const role of ["targets/alice", "targets/releases"]) {
      const e = await expiresOf(role);
      expect(e).toMatch(GO_TIME);
      expect(Math.abs(parseGoTime(e) - (t0 + 5 * YEAR))).toBeLessThan(5 * 60_000);
    }

    // The targets key from the key directory renews targets; nothing of carol's is touched.
    const targetsBefore = await served(stack, server, f.image, "targets");
    const carolBefore = await expiresOf("targets/carol");
    const admin = await runCli(["renew", f.image, "--within", "4y", "--expires", "1500d", ...f.flags]);
    expect(admin.code, admin.stderr).toBe(0);
    const targets = await served(stack, server, f.image, "targets");
    expect(targets.version).toBe(targetsBefore.version + 1);
    expect(Math.abs(parseGoTime(targets.expires) - (t0 + 1500 * DAY))).toBeLessThan(5 * 60_000);
    expect(await expiresOf("targets/carol")).toBe(carolBefore);

    const d = (tag: string) => f.pushed[tag]!.digest.slice(7);
    expect(await released(f.image)).toEqual([
      ["v1", d("v1"), ["alice"]],
      ["v2", d("v2"), ["alice", "carol"]],
      ["v3", d("v3"), ["carol"]],
    ]);
    expect((await runCli(["renew", f.image, "--signer-key", f.alice.privateKeyPath, ...f.connection])).stdout).toBe(
      `${f.image}: nothing that the signing keys can sign needs renewing\n`,
    );

    // A key of no role (an old key after a rotation, the wrong secret) fails instead of passing.
    const stranger = path.join(await tempDir("stranger"), "stranger.key");
    await writeFile(
      stranger,
      encodePrivateKeyFile(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey, {
        role: "stranger",
        passphrase: PASSPHRASE,
      }),
    );
    const wrong = await runCli(["renew", f.image, "--signer-key", stranger, ...f.connection]);
    expect(wrong.code, wrong.stderr).toBe(1);
    expect(wrong.stderr).toMatch(
      /content-trust renew: the given key \S+ can sign no role of \S+ \(targets: [0-9a-f]{12}…/,
    );
    expect(wrong.stderr).toContain("targets/alice: ");
  });

  it("rotate-signer decrypts the targets key and the new key with the passphrase variable that fits each", async () => {
    const f = await fixture("admin-rotate-pass");
    // The new key's passphrase differs from the targets key's: one in each of the two variables.
    const other = "a-different-passphrase-for-the-new-key";
    const newKey = path.join(await tempDir("alice3"), "alice3.key");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await writeFile(newKey, encodePrivateKeyFile(privateKey, { role: "alice", passphrase: other }));
    const args = ["key", "rotate-signer", "alice", f.image, "--new-key", newKey, ...f.flags, "--json"];
    const rotated = await runCli(args, {
      CONTENT_TRUST_PASSPHRASE: PASSPHRASE,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: other,
    });
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(JSON.parse(rotated.stdout)).toMatchObject({ signer: "alice", replaced: [f.alice.keyId], published: true });
    const [inspected] = await docker.inspect(f.image);
    expect(inspected!.Signers.find((s) => s.Name === "alice")!.Keys).toHaveLength(1);
    expect(inspected!.Signers.find((s) => s.Name === "alice")!.Keys[0]!.ID).not.toBe(f.alice.keyId);
  });

  it("rotate-signer replaces a signer's key in one publish; released tags keep verifying and the old key can no longer sign", async () => {
    const f = await fixture("admin-rotate");
    const d = (tag: string) => f.pushed[tag]!.digest.slice(7);
    const alice2 = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", f.repo, "alice2"));

    const rotated = await runCli([
      "key",
      "rotate-signer",
      "alice",
      f.image,
      "--new-key",
      alice2.privateKeyPath,
      ...f.flags,
      "--json",
    ]);
    expect(rotated.code, rotated.stderr).toBe(0);
    // Cosign signatures by the old key stay the old key's: the run says how to add the new key's,
    // with this command's connection flags.
    const advice = /too: (content-trust migrate .*) \(digests it signed already are left alone\)/.exec(
      rotated.stderr,
    )?.[1];
    expect(advice, rotated.stderr).toBeDefined();
    expect(advice).toContain(`--signer-key ${alice2.privateKeyPath}`);
    expect(advice).toContain(`--notary-server ${f.flags[1]}`);
    expect(JSON.parse(rotated.stdout)).toMatchObject({
      signer: "alice",
      replaced: [f.alice.keyId],
      newKeyId: alice2.keyId,
      roles: [{ name: "targets" }, { name: "targets/alice" }, { name: "targets/releases" }],
      published: true,
    });
    const [inspected] = await docker.inspect(f.image);
    expect(inspected!.Signers).toEqual([
      { Name: "carol", Keys: [{ ID: f.carol.keyId }] },
      { Name: "alice", Keys: [{ ID: alice2.keyId }] },
    ]);
    expect(inspected!.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers])).toEqual([
      ["v1", d("v1"), ["alice"]],
      ["v2", d("v2"), ["alice", "carol"]],
      ["v3", d("v3"), ["carol"]],
    ]);
    expect(
      (await docker.notary().delegationList(f.image)).find((r) => r.role === "targets/releases")!.keyIds.sort(),
    ).toEqual([alice2.keyId, f.carol.keyId].sort());

    // The new key signs; the old one is refused.
    await sign(f, "v3", alice2);
    expect((await docker.inspect(f.image))[0]!.SignedTags.find((t) => t.SignedTag === "v3")!.Signers).toEqual([
      "alice",
      "carol",
    ]);
    await expect(sign(f, "v1", f.alice)).rejects.toThrow(/is not a key of any delegation/);

    // Running it again changes nothing.
    const again = await runCli([
      "key",
      "rotate-signer",
      "alice",
      f.image,
      "--new-key",
      alice2.privateKeyPath,
      ...f.flags,
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(
      `Signer alice of ${f.image} already signs with key ${alice2.keyId} alone: nothing published\n`,
    );
    expect(again.stderr).not.toContain("content-trust migrate");

    // The advice, followed as printed, signs the digests alice released with the new key (v3 too,
    // which the new key signed above).
    const migrated = await runCli([...advice!.split(" ").slice(1), "--json"]);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(JSON.parse(migrated.stdout).counts).toMatchObject({ signed: 3, failed: 0 });
  });

  it("a key two signers share stays in targets/releases when one of them is rotated or removed", async () => {
    const f = await fixture("admin-shared-key");
    const releasesKeys = async () =>
      (await docker.notary().delegationList(f.image)).find((r) => r.role === "targets/releases")!.keyIds.sort();
    // bot is added with alice's key: both release with it.
    const added = await runCli(["signer", "add", "bot", f.image, "--key", f.alice.pubPath, ...f.flags]);
    expect(added.code, added.stderr).toBe(0);
    const bot2 = await docker.keyGenerate("bot2", path.join(docker.configDir, "keys", f.repo, "bot2"));

    const rotated = await runCli([
      "key",
      "rotate-signer",
      "bot",
      f.image,
      "--new-key",
      bot2.privateKeyPath,
      ...f.flags,
    ]);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.stderr).toContain(
      `is also a key of targets/alice in ${f.image} and stays there and in targets/releases`,
    );
    expect(await releasesKeys()).toEqual([f.alice.keyId, bot2.keyId, f.carol.keyId].sort());
    // alice still releases with the shared key (the rotation left targets/releases signed by bot2).
    for (const tag of ["v4", "v5"]) f.pushed[tag] = await pushImage(stack.registry.url, f.repo, tag);
    await sign(f, "v4", f.alice);

    const removed = await runCli(["signer", "remove", "bot", f.image, ...f.flags]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await releasesKeys()).toEqual([f.alice.keyId, f.carol.keyId].sort());
    // Removing a signer that shares alice's key leaves it in targets/releases, and says so.
    expect((await runCli(["signer", "add", "bot3", f.image, "--key", f.alice.pubPath, ...f.flags])).code).toBe(0);
    const removed3 = await runCli(["signer", "remove", "bot3", f.image, ...f.flags]);
    expect(removed3.code, removed3.stderr).toBe(0);
    expect(removed3.stderr).toContain(
      `of bot3 is also a key of targets/alice in ${f.image} and stays in targets/releases`,
    );
    expect(await releasesKeys()).toEqual([f.alice.keyId, f.carol.keyId].sort());
    // alice still releases after bot is gone.
    await sign(f, "v5", f.alice);
    expect((await docker.inspect(f.image))[0]!.SignedTags.filter((t) => ["v4", "v5"].includes(t.SignedTag))).toEqual([
      { SignedTag: "v4", Digest: f.pushed.v4!.digest.slice(7), Signers: ["alice"] },
      { SignedTag: "v5", Digest: f.pushed.v5!.digest.slice(7), Signers: ["alice"] },
    ]);
  });
});
