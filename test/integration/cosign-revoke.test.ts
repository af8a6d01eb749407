// revoke takes back the cosign signatures by the revoking key of a digest that no released tag
// points to any more (a sign with oci-signature cosign made them), and keeps them while another
// released tag still names the digest; other signers' signatures stay. Judged by an independent
// reading of cosign's rules (test/helpers/cosign-judge.ts) and by verify with accept cosign.
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
import { runVerify } from "../../src/workflows/run-verify.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
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
  it("takes back the key's cosign signature once no released tag names the digest, and keeps other signers'", async () => {
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

    const first = await revoke("v1");
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).cosign).toEqual([{ digest: v1.digest, removed: 1, remaining: 1 }]);
    expect(await cosignVerify(stack.registry.url, repo, v1.digest, publicKey)).toEqual([]);
    expect(await cosignVerify(stack.registry.url, repo, v1.digest, other.publicKey)).toHaveLength(1);
    const verified = await runVerify({
      images: `${image}:v1`,
      cwd: dir,
      insecureRegistries: [stack.registry.host],
      accept: parseAccept("any", "accept"),
      cosignKey: await readFile(key.pubPath, "utf8"),
      notaryServer: server,
      caPem: stack.caPem,
      trustDir: path.join(dir, "verify"),
    });
    expect(verified.passed).toBe(false);

    // v2's digest is still released as latest: its cosign signature stays.
    const second = await revoke("v2");
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).cosign).toEqual([]);
    expect(await cosignVerify(stack.registry.url, repo, v2.digest, publicKey)).toHaveLength(1);
    // Once latest goes too, it is taken back.
    const third = await revoke("latest");
    expect(JSON.parse(third.stdout).cosign).toEqual([{ digest: v2.digest, removed: 1, remaining: 0 }]);
    expect(await cosignVerify(stack.registry.url, repo, v2.digest, publicKey)).toEqual([]);
  });
});
