// revoke reports the cosign signatures of a digest that no tag released in Notary points to any
// more (a sign with oci-signature cosign, or a migration, made them), by the revoking key and by
// others: they still vouch for the image with cosign. It writes nothing to the registry: the
// digest may be released under another tag by cosign signatures alone, which Notary cannot tell.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { cosignVerify } from "../helpers/cosign-judge.js";
import { PASSPHRASE, runCli, tempDir } from "../helpers/admin.js";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const server = stack.notary.local.url;
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

describe("revoke and cosign signatures", () => {
  it("reports the key's cosign signatures of a digest no released tag names any more, and writes nothing", async () => {
    const repo = uniqueRepo("revoke-cosign");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("ci", image, key.pubPath);
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const publicKey = createPublicKey(loadPrivateKey(keyText, PASSPHRASE).keyObject);
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    // latest is v2's manifest under another tag.
    const tagged = await fetch(`${stack.registry.url}/v2/${repo}/manifests/latest`, {
      method: "PUT",
      headers: { "content-type": v2.mediaType },
      body: v2.bytes,
    });
    expect(tagged.status).toBe(201);
    const sign = (tag: string) =>
      runSign({
        image: `${image}:${tag}`,
        tags: [],
        notaryServer: server,
        caPem: stack.caPem,
        insecureRegistries: [stack.registry.host],
        ociSignature: "cosign",
        signerKey: keyText,
        signerKeyPassphrase: PASSPHRASE,
      });
    for (const tag of ["v1", "v2", "latest"]) await sign(tag);
    // Another signer's cosign signature on v1's digest stays.
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const transport = createTransport({ timeoutMs: 10_000 });
    const registry = new RegistryClient({ transport, insecureHosts: [stack.registry.host] });
    await attachCosignSignature(
      {
        registry,
        signer: new KeyFileSigner(loadPrivateKey(other.privateKey.export({ type: "pkcs8", format: "pem" }).toString())),
        runtime: createRuntime(),
      },
      { image: parseReference(image), digest: v1.digest },
    );
    transport.close();
    const dir = await tempDir("revoke-cosign");
    const caFile = path.join(dir, "ca.pem");
    await writeFile(caFile, stack.caPem);
    const flags = ["--notary-server", server, "--ca-cert", caFile, "--trust-dir", path.join(dir, "trust")];
    const revoke = (tag: string) =>
      runCli([
        "revoke",
        `${image}:${tag}`,
        "--signer-key",
        key.privateKeyPath,
        "--insecure-registry",
        stack.registry.host,
        ...flags,
        "--json",
      ]);

    const sigOf = (digest: string) => `${image}:sha256-${digest.slice(7)}.sig`;
    const first = await revoke("v1");
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).cosign).toEqual([
      { digest: v1.digest, reference: sigOf(v1.digest), ours: 1, others: 1 },
    ]);
    expect(first.stderr).toContain(
      `warning: ${image}:v1 is revoked in Notary, but cosign signatures of its digest ${v1.digest} remain in ${sigOf(v1.digest)} (2 in all, 1 by this key): verify with accept cosign or any, trusting a key that made one, still passes`,
    );
    // Nothing was written: both signatures are still there.
    expect(await cosignVerify(stack.registry.url, repo, v1.digest, publicKey)).toHaveLength(1);
    expect(await cosignVerify(stack.registry.url, repo, v1.digest, other.publicKey)).toHaveLength(1);

    // v2's digest is still released as latest: nothing to say.
    const second = await revoke("v2");
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).cosign).toEqual([]);
    expect(second.stderr).not.toContain("cosign signature");
    // Once latest goes too, its signature is reported.
    const third = await revoke("latest");
    expect(JSON.parse(third.stdout).cosign).toEqual([
      { digest: v2.digest, reference: sigOf(v2.digest), ours: 1, others: 0 },
    ]);
    expect(third.stderr).toContain(`remain in ${sigOf(v2.digest)} (1 in all, 1 by this key):`);

    // A digest with another key's cosign signature alone (a migration with another signer's key
    // makes those): it still passes with that key, and revoke says so.
    const v3 = await pushImage(stack.registry.url, repo, "v3");
    await runSign({
      image: `${image}:v3`,
      tags: [],
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
      signerKey: keyText,
      signerKeyPassphrase: PASSPHRASE,
    });
    const transport3 = createTransport({ timeoutMs: 10_000 });
    await attachCosignSignature(
      {
        registry: new RegistryClient({ transport: transport3, insecureHosts: [stack.registry.host] }),
        signer: new KeyFileSigner(loadPrivateKey(other.privateKey.export({ type: "pkcs8", format: "pem" }).toString())),
        runtime: createRuntime(),
      },
      { image: parseReference(image), digest: v3.digest },
    );
    transport3.close();
    const fourth = await revoke("v3");
    expect(fourth.code, fourth.stderr).toBe(0);
    expect(JSON.parse(fourth.stdout).cosign).toEqual([
      { digest: v3.digest, reference: sigOf(v3.digest), ours: 0, others: 1 },
    ]);
    expect(fourth.stderr).toContain(
      `warning: ${image}:v3 is revoked in Notary, but cosign signatures of its digest ${v3.digest} remain in ${sigOf(v3.digest)} (1 in all, none by this key)`,
    );
  });
});
