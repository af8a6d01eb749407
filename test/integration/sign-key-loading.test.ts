// The key file is decrypted while the first requests are in flight: a wrong passphrase must still
// fail the run with the key's own error, say nothing else, and publish nothing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import { createRuntime } from "../../src/workflows/runtime.js";
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

async function prepared(prefix: string): Promise<{ image: string; keyText: string; digest: string }> {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("ci", image, key.pubPath);
  return { image, keyText: await readFile(key.privateKeyPath, "utf8"), digest: pushed.digest };
}

function config(image: string, keyText: string, extra: Partial<SignConfig> = {}): SignConfig {
  return {
    image,
    tags: [],
    signerKey: keyText,
    signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    notaryServer: server,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    ...extra,
  };
}

describe("sign with a key file decrypted during the first wave", () => {
  it("fails on a wrong passphrase with the key's error alone, and publishes nothing", async () => {
    const { image, keyText } = await prepared("keywrong");
    const lines: string[] = [];
    const hooks = {
      runtime: createRuntime({
        log: (m: string) => void lines.push(`log: ${m}`),
        warn: (m: string) => void lines.push(`warn: ${m}`),
      }),
    };
    const err = await runSign(config(`${image}:v1`, keyText, { signerKeyPassphrase: "nope" }), hooks).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toBe("wrong passphrase for key file (role ci)");
    expect(lines).toEqual([]);
    expect((await docker.inspect(image))[0]?.SignedTags).toEqual([]);
  });

  it("reports the wrong passphrase before a server that cannot be reached", async () => {
    const { image, keyText } = await prepared("keyfirst");
    const err = await runSign(
      config(`${image}:v1`, keyText, {
        signerKeyPassphrase: "nope",
        notaryServer: "https://127.0.0.1:1",
        retry: { attempts: 1 },
      }),
    ).catch((e: unknown) => e);
    expect((err as UsageError).message).toBe("wrong passphrase for key file (role ci)");
  });

  it("signs with the right passphrase, the progress lines in their order", async () => {
    const { image, keyText, digest } = await prepared("keyright");
    const lines: string[] = [];
    const result = await runSign(config(`${image}:v1`, keyText, { digest }), {
      runtime: createRuntime({
        log: (m: string) => void lines.push(m),
        warn: (m: string) => void lines.push(`warn: ${m}`),
      }),
    });
    expect(result.tags.map((t) => [t.tag, t.digest])).toEqual([["v1", digest]]);
    expect(lines[0]).toMatch(/^Resolving /);
    expect(lines.some((l) => l.startsWith("warn: ") && l.includes("on first use"))).toBe(true);
    const signed = (await docker.inspect(image))[0]?.SignedTags.map((t) => [t.SignedTag, `sha256:${t.Digest}`]);
    expect(signed).toEqual([["v1", digest]]);
  });
});
