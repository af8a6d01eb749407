// A signer whose key a delegation lists as an X.509 certificate (ecdsa-x509, rsa-x509), added by
// `notary delegation add` and by our `signer add --key cert.pem`, signs with the CLI and the action;
// docker trust inspect is the judge.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, makeCertificateKey, runCommand } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, tempDir } from "../helpers/admin.js";
import { runAction } from "../helpers/runner.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
  caFile = path.join(await tempDir("cert-signers"), "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

/** An RSA 2048 key (PKCS#8 PEM) with a self-signed certificate: notary's rsa-x509 delegation key. */
async function makeRsaCertificateKey(
  dir: string,
  name: string,
): Promise<{ privateKeyPath: string; publicPath: string }> {
  const privateKeyPath = path.join(dir, `${name}-key.pem`);
  const publicPath = path.join(dir, `${name}.crt`);
  await runCommand(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      privateKeyPath,
      "-sha256",
      "-days",
      "1095",
      "-subj",
      `/CN=${name}`,
      "-out",
      publicPath,
    ],
    { timeoutMs: 30_000 },
  );
  return { privateKeyPath, publicPath };
}

/** A docker-made repository (its targets key in docker's key directory) with `name` delegated as a certificate. */
async function certificateRepo(kind: "ecdsa" | "rsa", by: "notary" | "ours") {
  const repo = uniqueRepo(`cert-${kind}-${by}`);
  const image = `${stack.registry.host}/${repo}`;
  const dir = await tempDir(`cert-${kind}`);
  const admin = await docker.keyGenerate("admin", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("admin", image, admin.pubPath);
  const name = `ci${kind}`;
  const cert = kind === "ecdsa" ? await makeCertificateKey(dir, name) : await makeRsaCertificateKey(dir, name);
  if (by === "notary") {
    const notary = docker.notary();
    await notary.delegationAdd(image, `targets/${name}`, cert.publicPath, { publish: false });
    await notary.delegationAdd(image, "targets/releases", cert.publicPath);
  } else {
    const added = await runCli(
      ["signer", "add", name, image, "--key", cert.publicPath, "--notary-server", server, "--ca-cert", caFile],
      { DOCKER_CONFIG: docker.configDir },
    );
    expect(added.code, added.stderr).toBe(0);
  }
  expect((await docker.notary().delegationList(image)).map((d) => d.role)).toContain(`targets/${name}`);
  return { repo, image, name, cert, keyText: await readFile(cert.privateKeyPath, "utf8") };
}

describe("signing through a certificate-delegated key", () => {
  for (const kind of ["ecdsa", "rsa"] as const) {
    for (const by of ["notary", "ours"] as const) {
      it(`${kind}-x509 added by ${by}: the CLI signs and docker trust inspect shows the tag`, async () => {
        const r = await certificateRepo(kind, by);
        const pushed = await pushImage(stack.registry.url, r.repo, "v1");
        const signed = await runCli([
          "sign",
          `${r.image}:v1`,
          "--signer-key",
          r.cert.privateKeyPath,
          "--signer-name",
          r.name,
          "--notary-server",
          server,
          "--ca-cert",
          caFile,
          "--insecure-registry",
          stack.registry.host,
        ]);
        expect(signed.code, signed.stderr).toBe(0);
        const [inspected] = await docker.inspect(r.image);
        expect(inspected!.SignedTags).toEqual([{ SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: [r.name] }]);
      });
    }
  }

  it("ecdsa-x509 added by notary: the sign action signs and docker trust inspect shows the tag", async () => {
    const r = await certificateRepo("ecdsa", "notary");
    const pushed = await pushImage(stack.registry.url, r.repo, "v2");
    const run = await runAction(".", {
      image: `${r.image}:v2`,
      "signer-key": r.keyText,
      "signer-name": r.name,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
    });
    expect(run.code, run.stdout).toBe(0);
    // A fresh runner without a pin trusts the root on first use, and says so in an annotation.
    expect(run.stdout).toMatch(
      /^::warning::.*trusting root key [0-9a-f]{64} on first use.*pin it with root-key-id: [0-9a-f]{64}$/m,
    );
    const [inspected] = await docker.inspect(r.image);
    expect(inspected!.SignedTags).toEqual([{ SignedTag: "v2", Digest: pushed.digest.slice(7), Signers: [r.name] }]);
  });
});
