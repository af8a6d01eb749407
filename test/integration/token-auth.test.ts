// Token auth as Docker Hub, Harbor and ACR run it: the real notary-server and docker-registry both
// in token mode behind one token service (test/stack/token-stack.ts), each validating the JWTs and
// their `repository:<name>:<actions>` scopes itself. The whole life of a repository (init, signer
// add, sign, inspect, verify, revoke, renew, signer remove) with credentials from a docker config
// as docker/login-action writes it and from flags; a pull-only user refused with PUSH_DENIED and
// nothing published; a token the server finds expired replaced once.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TrustError } from "../../src/errors.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { DockerTrust, type GeneratedKey } from "../stack/go-clients.js";
import { startTokenStack, type TokenStack } from "../stack/token-stack.js";
import { uniqueRepo } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, tempDir } from "../helpers/admin.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";

const USERS = {
  pusher: { password: "pusher-secret-1f2e", actions: ["pull", "push"] },
  reader: { password: "reader-secret-9a8b", actions: ["pull"] },
};
type User = keyof typeof USERS;

let ts: TokenStack;
let docker: DockerTrust;
beforeAll(async () => {
  ts = await startTokenStack({ users: USERS });
  docker = await DockerTrust.create({
    serverUrl: ts.notary.url,
    caPem: ts.pki.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
  // The Go clients read with the push user's credentials from their own docker config.
  await writeFile(path.join(docker.configDir, "config.json"), dockerConfig("pusher"));
});
afterAll(async () => {
  await docker?.dispose();
  await ts?.stop();
});

/** config.json as `docker login` (and so docker/login-action) leaves it. */
function dockerConfig(user: User): string {
  const auth = Buffer.from(`${user}:${USERS[user].password}`).toString("base64");
  return JSON.stringify({ auths: { [ts.registry.host]: { auth } } }, null, "\t");
}

interface Client {
  /** Flags of every command (server, CA, trust dir, registry, credentials when from flags). */
  connection: string[];
  /** The same with --key-dir (where init writes the root and targets keys). */
  flags: string[];
  env: Record<string, string>;
}

async function client(user: User, credentials: "docker config" | "flags"): Promise<Client> {
  const dir = await tempDir("token-client");
  const ca = path.join(dir, "ca.pem");
  const configDir = path.join(dir, "docker");
  await mkdir(configDir);
  await writeFile(ca, ts.pki.caPem);
  if (credentials === "docker config") await writeFile(path.join(configDir, "config.json"), dockerConfig(user));
  const connection = [
    "--notary-server",
    ts.notary.url,
    "--ca-cert",
    ca,
    "--trust-dir",
    path.join(dir, "trust"),
    "--insecure-registry",
    ts.registry.host,
  ];
  const env: Record<string, string> = { DOCKER_CONFIG: configDir };
  if (credentials === "flags") {
    connection.push("--registry-username", user);
    env.CONTENT_TRUST_REGISTRY_PASSWORD = USERS[user].password;
  }
  return { connection, flags: [...connection, "--key-dir", path.join(dir, "private")], env };
}

async function ok(c: Client, args: string[]): Promise<string> {
  const run = await runCli(args, c.env);
  expect(run.code, `${args.slice(0, 3).join(" ")}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

/** A repository made by the push user: init, signer add alice; an image pushed as v1. */
async function repository(
  prefix: string,
): Promise<{ repo: string; image: string; alice: GeneratedKey; digest: string; admin: Client }> {
  const repo = uniqueRepo(prefix);
  const image = `${ts.registry.host}/${repo}`;
  const admin = await client("pusher", "docker config");
  const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
  await ok(admin, ["init", image, ...admin.flags]);
  await ok(admin, ["signer", "add", "alice", image, "--key", alice.pubPath, ...admin.flags]);
  const pushed = await ts.push("pusher", repo, "v1");
  return { repo, image, alice, digest: pushed.digest, admin };
}

describe("notary-server and docker-registry in token mode", () => {
  it.each(["docker config", "flags"] as const)(
    "runs a repository's whole life with credentials from %s",
    async (credentials) => {
      const before = ts.issuer.issued.length;
      const repo = uniqueRepo("token-life");
      const image = `${ts.registry.host}/${repo}`;
      const c = await client("pusher", credentials);
      const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
      const v1 = await ts.push("pusher", repo, "v1");
      const v2 = await ts.push("pusher", repo, "v2");

      await ok(c, ["init", image, ...c.flags]);
      await ok(c, ["signer", "add", "alice", image, "--key", alice.pubPath, ...c.flags]);
      for (const tag of ["v1", "v2"])
        await ok(c, ["sign", `${image}:${tag}`, "--signer-key", alice.privateKeyPath, ...c.connection]);
      const inspected = JSON.parse(await ok(c, ["inspect", image, "--json", ...c.connection])) as {
        SignedTags: unknown[];
      }[];
      expect(inspected[0]!.SignedTags).toEqual([
        { SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] },
        { SignedTag: "v2", Digest: v2.digest.slice(7), Signers: ["alice"] },
      ]);
      await ok(c, ["verify", `${image}:v1`, `${image}:v2`, "--signers", "alice", ...c.connection]);
      await ok(c, ["revoke", `${image}:v2`, "--signer-key", alice.privateKeyPath, ...c.connection]);
      await ok(c, ["renew", image, "--signer-key", alice.privateKeyPath, ...c.connection]);
      // The Go client, through the same token service, sees what we published.
      expect((await docker.inspect(image))[0]!.SignedTags).toEqual([
        { SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] },
      ]);
      await ok(c, ["signer", "remove", "alice", image, "--force", ...c.flags]);
      expect((await docker.inspect(image))[0]!.Signers).toEqual([]);

      // Every token of these commands was asked for by the push user, for this repository, and the
      // servers were never asked to accept an anonymous one.
      const issued = ts.issuer.issued.slice(before);
      expect(
        issued.some((t) => t.service === "ct-test-notary" && t.scopes.includes(`repository:${image}:pull,push`)),
      ).toBe(true);
      expect(new Set(issued.map((t) => t.user))).toEqual(new Set(["pusher"]));
    },
  );

  it("asks the Notary token service once per sign or revoke, for pull and push, as docker trust sign does", async () => {
    const { image, alice, admin } = await repository("token-once");
    for (const command of ["sign", "revoke"]) {
      const before = ts.issuer.issued.length;
      await ok(admin, [command, `${image}:v1`, "--signer-key", alice.privateKeyPath, ...admin.connection]);
      const notaryTokens = ts.issuer.issued.slice(before).filter((t) => t.service === "ct-test-notary");
      expect(
        notaryTokens.map((t) => t.scopes),
        command,
      ).toEqual([[`repository:${image}:pull,push`]]);
    }
  });

  it("tells a user with no credentials to log in to the registry, whose credentials the Notary server takes", async () => {
    const { image, admin } = await repository("token-nologin");
    const empty = await tempDir("token-nologin");
    const run = await runCli(["verify", `${image}:v1`, ...admin.connection], { ...admin.env, DOCKER_CONFIG: empty });
    expect(run.code).toBe(1);
    const said = run.stdout + run.stderr;
    expect(said).toContain(`log in to ${ts.registry.host} first (docker login`);
    expect(said).not.toContain(`log in to ${ts.notary.host}`);
  });

  it("refuses a pull-only user with PUSH_DENIED, publishing nothing", async () => {
    const { image, alice, admin } = await repository("token-readonly");
    const served = async () => (await docker.inspect(image))[0];
    const before = await served();

    for (const credentials of ["docker config", "flags"] as const) {
      const reader = await client("reader", credentials);
      const signed = await runCli(
        ["sign", `${image}:v1`, "--signer-key", alice.privateKeyPath, ...reader.connection],
        reader.env,
      );
      expect(signed.code).toBe(1);
      const source =
        credentials === "flags"
          ? "credentials from --registry-username"
          : `credentials from docker config for ${ts.registry.host}`;
      expect(signed.stderr).toContain(
        `content-trust sign: ${ts.notary.host} refused push access to the trust data of ${image} for ${source} (401 insufficient_scope on POST ${ts.notary.url}/v2/${image}/_trust/tuf/)`,
      );
      expect(signed.stderr).toContain(`these credentials may not push to the trust data of ${image}`);
      expect(signed.stderr).not.toMatch(/are valid|reader-secret/);

      // The admin's keys, the reader's credentials.
      const added = await runCli(
        ["signer", "add", "bob", image, "--key", alice.pubPath, ...reader.connection, ...admin.flags.slice(-2)],
        reader.env,
      );
      expect(added.code).toBe(1);
      expect(added.stderr).toContain(`refused push access to the trust data of ${image}`);
    }

    // In-process the error is typed.
    const err = await runSign({
      image: `${image}:v1`,
      tags: [],
      signerKey: await readFile(alice.privateKeyPath, "utf8"),
      signerKeyPassphrase: PASSPHRASE,
      notaryServer: ts.notary.url,
      caPem: ts.pki.caPem,
      insecureRegistries: [ts.registry.host],
      credentials: { username: "reader", password: USERS.reader.password },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).code).toBe("PUSH_DENIED");

    // The servers hold what they held before: no tag, no new signer.
    expect(await served()).toEqual(before);
    expect(before!.SignedTags).toEqual([]);
    expect(before!.Signers.map((s) => s.Name)).toEqual(["alice"]);
    // The push user still can.
    await ok(admin, ["sign", `${image}:v1`, "--signer-key", alice.privateKeyPath, ...admin.connection]);
    expect((await served())!.SignedTags.map((t) => t.SignedTag)).toEqual(["v1"]);
  });

  it("runs the sign, verify, renew and revoke actions with registry inputs or a docker config; a pull-only user verifies but cannot sign", async () => {
    const { image, alice, digest } = await repository("token-action");
    const key = await readFile(alice.privateKeyPath, "utf8");
    const signInputs = (user: User) => ({
      image: `${image}:v1`,
      "signer-key": key,
      "signer-key-passphrase": PASSPHRASE,
      "notary-server": ts.notary.url,
      "ca-cert": ts.pki.caPem,
      "insecure-registries": ts.registry.host,
      "registry-username": user,
      "registry-password": USERS[user].password,
    });
    const refused = await runAction(".", signInputs("reader"));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`refused push access to the trust data of ${image} for credentials from inputs`);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([]);

    const signed = await runAction(".", signInputs("pusher"));
    expect(signed.code, signed.stdout + signed.stderr).toBe(0);
    expect(signed.outputs.published).toBe("true");
    const visible = [signed.stdout, signed.stderr, refused.stdout, refused.stderr].join("\n");
    expect(leakedSecrets(visible, [USERS.pusher.password, USERS.reader.password, PASSPHRASE])).toEqual([]);

    // docker/login-action leaves the credentials in $DOCKER_CONFIG/config.json; verify reads them.
    const before = ts.issuer.issued.length;
    const verified = await runAction(
      "verify",
      {
        images: `${image}:v1`,
        signers: "alice",
        "notary-server": ts.notary.url,
        "ca-cert": ts.pki.caPem,
        "insecure-registries": ts.registry.host,
      },
      { DOCKER_CONFIG: "docker-config" },
      async (workspace) => {
        await mkdir(path.join(workspace, "docker-config"));
        await writeFile(path.join(workspace, "docker-config", "config.json"), dockerConfig("reader"));
      },
    );
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.outputs.pinned).toBe(`${image}:v1@${digest}`);
    expect(new Set(ts.issuer.issued.slice(before).map((t) => t.user))).toEqual(new Set(["reader"]));

    // The admin actions: renew with registry inputs, revoke with a docker config.
    const admin = {
      "signer-key": key,
      "signer-key-passphrase": PASSPHRASE,
      "notary-server": ts.notary.url,
      "ca-cert": ts.pki.caPem,
    };
    const renewed = await runAction("renew", {
      repository: image,
      within: "4y",
      expires: "5y",
      ...admin,
      "registry-username": "pusher",
      "registry-password": USERS.pusher.password,
    });
    expect(
      renewed.code,
      renewed.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).toBe(0);
    expect(renewed.outputs.published).toBe("true");
    const revoked = await runAction(
      "revoke",
      { image: `${image}:v1`, ...admin },
      { DOCKER_CONFIG: "docker-config" },
      async (workspace) => {
        await mkdir(path.join(workspace, "docker-config"));
        await writeFile(path.join(workspace, "docker-config", "config.json"), dockerConfig("pusher"));
      },
    );
    expect(
      revoked.code,
      revoked.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).toBe(0);
    expect(JSON.parse(revoked.outputs["removed-from"]!)).toEqual(["targets/alice", "targets/releases"]);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([]);
  });

  it("replaces a token the server finds expired once, and signs", async () => {
    const { image, alice, admin, digest } = await repository("token-expired");
    const before = ts.issuer.issued.length;
    ts.issuer.expireNext("pusher");
    await ok(admin, ["sign", `${image}:v1`, "--signer-key", alice.privateKeyPath, ...admin.connection]);

    const run = ts.issuer.issued.slice(before);
    const expired = run.filter((t) => t.expired);
    expect(expired).toHaveLength(1);
    const same = run.filter(
      (t) => t.service === expired[0]!.service && t.scopes.join(" ") === expired[0]!.scopes.join(" "),
    );
    expect(same.map((t) => t.expired)).toEqual([true, false]);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([
      { SignedTag: "v1", Digest: digest.slice(7), Signers: ["alice"] },
    ]);
  });
});
