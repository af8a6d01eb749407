// The bundled sign, migrate and verify actions with cosign signatures, run as the GitHub runner
// runs them (Node 24, INPUT_* variables, GITHUB_* files), against the real notary-server and registry.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSign } from "../../src/workflows/run-sign.js";
import { cosignVerify } from "../helpers/cosign-judge.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

describe("actions with cosign signatures", () => {
  it("sign with oci-signature cosign, migrate the older release, verify with accept cosign and the key migrate printed", async () => {
    const repo = uniqueRepo("action-cosign");
    const image = `${stack.registry.host}/${repo}`;
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    const key = await docker.keyGenerate("bot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("bot", image, key.pubPath);
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const connection = { "notary-server": server, "ca-cert": stack.caPem, "insecure-registries": stack.registry.host };
    const signing = { "signer-key": keyText, "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE };
    // v1 was released before the move: Notary only.
    await runSign({
      image: `${image}:v1`,
      tags: [],
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
      signerKey: keyText,
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    });

    const sign = await runAction(".", { image: `${image}:v2`, ...signing, ...connection, "oci-signature": "cosign" });
    expect(sign.code, sign.stdout + sign.stderr).toBe(0);
    expect(sign.outputs).toMatchObject({
      "cosign-signature": `${image}:${v2.digest.replace(":", "-")}.sig`,
      "cosign-signature-status": "written",
    });
    expect(sign.outputs["cosign-signature-manifest"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The summary shows the cosign signature as the outputs do, and the root and repository keys whole.
    expect(sign.summary).toContain(`Cosign signature: written now at ${image}:${v2.digest.replace(":", "-")}.sig`);
    expect(sign.summary).toContain(`Root key \`${sign.outputs["root-key-id"]}\``);
    // No cache service in this runner, and no pin: said as it is.
    expect(sign.summary).toContain(
      "Trusted root not saved: no cache service here; the next run trusts the root on first use (pin it with root-key-id).",
    );

    const migrate = await runAction("migrate", { repository: image, ...signing, ...connection });
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    expect(migrate.outputs).toMatchObject({ signed: "1", "already-signed": "1", skipped: "0", failed: "0" });
    expect(migrate.stdout).toMatch(/\[\d\/2\] sha256:[0-9a-f]{64} \(v1\): signed now/);
    expect(migrate.summary).toContain("| v1 | `" + v1.digest + "` | signed now |");
    expect(migrate.summary).toContain("kind: ClusterPolicy");
    const publicKey = migrate.outputs["public-key"]!;
    for (const d of [v1.digest, v2.digest])
      expect(await cosignVerify(stack.registry.url, repo, d, createPublicKey(publicKey))).toHaveLength(1);
    const visible = [
      sign.stdout,
      sign.stderr,
      migrate.stdout,
      migrate.stderr,
      JSON.stringify(migrate.outputs),
      migrate.summary,
    ].join("\n");
    expect(leakedSecrets(visible, [keyText, DEFAULT_REPOSITORY_PASSPHRASE])).toEqual([]);

    const verify = await runAction("verify", {
      images: `${image}:v1\n${image}:v2`,
      ...connection,
      accept: "cosign",
      "cosign-key": publicKey,
    });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(
      JSON.parse(verify.outputs.result!).map((r: { accepted: string; passed: boolean }) => [r.passed, r.accepted]),
    ).toEqual([
      [true, "cosign"],
      [true, "cosign"],
    ]);
    expect(verify.stdout).toContain("[cosign]");

    const wrong = await runAction("verify", {
      images: `${image}:v1`,
      ...connection,
      accept: "cosign",
      "cosign-key": generateKeyPairSync("ec", { namedCurve: "P-256" })
        .publicKey.export({ type: "spki", format: "pem" })
        .toString(),
    });
    expect(wrong.code).not.toBe(0);
    expect(JSON.parse(wrong.outputs.result!)[0]).toMatchObject({ passed: false, reason: "COSIGN_WRONG_KEY" });
  });
});
