// A Notary server address that is a registry with no Notary behind it (Harbor 2.9 and later, an
// Azure registry without content trust, or the default https://<registry> of such a registry): its
// 404s are not a Notary server's. A sign says so instead of advising init, a verify gives the same
// verdict as for an unsigned repository, and init refuses before it makes any key.
import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliFlags, runCli, tempDir } from "../helpers/admin.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();

/** The sign command's flags for `server`, with a key file of its own in `dir`. */
async function signFlags(dir: string, server: string): Promise<string[]> {
  const key = path.join(dir, "signer.key");
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  await writeFile(key, privateKey.export({ format: "pem", type: "pkcs8" }));
  const flags = await cliFlags(stack, server, dir);
  return ["--signer-key", key, ...flags.slice(0, flags.indexOf("--key-dir"))];
}

describe("a Notary server address that serves no Notary (the registry itself)", () => {
  it("sign and verify say the host may serve no Notary; init fails before writing a key", async () => {
    const repo = uniqueRepo("no-notary");
    await pushImage(stack.registry.url, repo, "v1");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("no-notary");
    const flags = await cliFlags(stack, stack.registry.url, dir);

    const signed = await runCli(["sign", `${image}:v1`, ...(await signFlags(dir, stack.registry.url))]);
    expect(signed.code).not.toBe(0);
    expect(signed.stderr).toMatch(
      /root\.json answered 404, not as a Notary server answers it \(the server may serve no Notary at all\)/,
    );
    expect(signed.stderr).toMatch(/give its Notary server in --notary-server/);

    const verifyFlags = flags.slice(0, flags.indexOf("--key-dir"));
    const verified = await runCli(["verify", `${image}:v1`, "--json", ...verifyFlags]);
    expect(verified.code).toBe(1);
    const [result] = JSON.parse(verified.stdout) as { reason: string; message: string }[];
    expect(result?.reason).toBe("NO_TRUST_DATA");
    expect(result?.message).toMatch(/may serve no Notary at all/);
    expect(result?.message).toMatch(/give its Notary server in --notary-server/);

    const init = await runCli(["init", image, ...flags]);
    expect(init.code).not.toBe(0);
    expect(init.stderr).toMatch(
      /has no timestamp key to give .*; \S+ answered 404 not as a Notary server answers, and may serve no Notary at all/,
    );
    const keyDir = path.join(dir, "private");
    expect(existsSync(keyDir) ? await readdir(keyDir) : []).toEqual([]);
  });

  it("a real notary-server's 404 still advises creating the repository", async () => {
    const repo = uniqueRepo("no-repo");
    await pushImage(stack.registry.url, repo, "v1");
    const dir = await tempDir("no-repo");
    const verified = await runCli([
      "sign",
      `${stack.registry.host}/${repo}:v1`,
      ...(await signFlags(dir, stack.notary.local.url)),
    ]);
    expect(verified.code).not.toBe(0);
    expect(verified.stderr).toMatch(
      /is not initialised on \S+: no root\.json \(404\); create it with content-trust init/,
    );
  });
});
