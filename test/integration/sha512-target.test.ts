// A sha512-only target (Go-legal: `notary addhash --sha512`) in targets/releases: docker lists it
// with an empty digest and every other tag as usual. Ours must read the repository as docker does,
// sign and verify the other tags, keep that entry byte for byte, and fail only that entry's verify,
// with its own reason.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, tempDir } from "../helpers/admin.js";
import { ourConnection } from "../helpers/our-client.js";
import { runVerify } from "../../src/workflows/run-verify.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let dir: string;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
  dir = await tempDir("sha512");
  caFile = path.join(dir, "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

/** The raw bytes of one target entry in the role the server serves now. */
async function rawEntry(gun: string, role: string, target: string): Promise<string> {
  const conn = ourConnection(stack, gun, server);
  try {
    const text = Buffer.from((await conn.notary.getMetadata(role))!).toString("utf8");
    const m = new RegExp(`"${target}":\\{"hashes":\\{[^}]*\\},"length":\\d+\\}`).exec(text);
    if (!m) throw new Error(`${role} holds no entry ${target}: ${text.slice(0, 300)}`);
    return m[0];
  } finally {
    conn.close();
  }
}

describe("a sha512-only target in targets/releases", () => {
  it("leaves every other tag readable, signable and verifiable; its own verify fails with NO_SHA256", async () => {
    const repo = uniqueRepo("sha512");
    const image = `${stack.registry.host}/${repo}`;
    const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("alice", image, alice.pubPath);
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    const common = ["--notary-server", server, "--ca-cert", caFile, "--insecure-registry", stack.registry.host];
    const signWith = (tag: string) =>
      runCli(["sign", `${image}:${tag}`, "--signer-key", alice.privateKeyPath, ...common], {
        CONTENT_TRUST_PASSPHRASE: PASSPHRASE,
      });
    expect((await signWith("v1")).code).toBe(0);

    // Any signer of targets/releases can add this; Go accepts it.
    const sha512 = createHash("sha512").update("a blob of ten").digest("hex");
    await docker.notary().run(["addhash", image, "blob", "10", "--sha512", sha512, "-r", "targets/releases", "-p"]);
    const entry = await rawEntry(image, "targets/releases", "blob");
    expect(entry).toBe(`"blob":{"hashes":{"sha512":"${Buffer.from(sha512, "hex").toString("base64")}"},"length":10}`);

    // Inspect: ours prints what docker prints, the entry with an empty digest included.
    const docked = await docker.inspect(image);
    expect(docked[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual([
      ["blob", ""],
      ["v1", v1.digest.slice(7)],
    ]);
    const ours = await runCli(["inspect", "--json", image, ...common, "--trust-dir", path.join(dir, "t1")]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(docked);
    expect(ours.stdout).toBe((await docker.run(["trust", "inspect", image])).stdout);

    // Sign another tag: the role is re-signed and the sha512-only entry kept byte for byte.
    const signed = await signWith("v2");
    expect(signed.code, signed.stderr).toBe(0);
    expect(await rawEntry(image, "targets/releases", "blob")).toBe(entry);
    const after = await docker.inspect(image);
    expect(after[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers])).toEqual([
      ["blob", "", ["Repo Admin"]],
      ["v1", v1.digest.slice(7), ["alice"]],
      ["v2", v2.digest.slice(7), ["alice"]],
    ]);

    // Verify: the other tags pass; the entry itself fails with its own reason, not tampering.
    const run = await runVerify({
      images: [`${image}:v1`, `${image}:v2`, `${image}:blob`].join("\n"),
      cwd: dir,
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
    });
    expect(run.results.map((r) => [r.reference, r.reason])).toEqual([
      [`${image}:v1`, "OK"],
      [`${image}:v2`, "OK"],
      [`${image}:blob`, "NO_SHA256"],
    ]);
    expect(run.results[2]!.message).toContain("no sha256 digest");
  });
});
