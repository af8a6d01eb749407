import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPrivateKey, loadPrivateKeyAsync } from "../../src/signers/key-file.js";
import { keyFileRole } from "../../src/signers/key-file-block.js";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const cliDir = join(fixtures, "notary-cli");
const cliKeys = readdirSync(cliDir, { recursive: true, encoding: "utf8" })
  .filter((p) => p.endsWith(".key"))
  .map((p) => join(cliDir, p))
  .sort();

/** What loading gave: the key's ID and role, or the error's class and message. */
async function outcome(load: () => Promise<{ keyId: string; role?: string }>): Promise<unknown> {
  try {
    const key = await load();
    return { keyId: key.keyId, role: key.role };
  } catch (err) {
    return { error: (err as Error).constructor.name, message: (err as Error).message };
  }
}

describe("a key file decrypted on the thread pool", () => {
  it("has key files to check", () => expect(cliKeys.length).toBeGreaterThan(3));

  it.each(cliKeys.map((p) => [p.slice(cliDir.length), p]))(
    "%s: the same key, and the same error for a wrong, missing or empty passphrase",
    async (_, path) => {
      const text = readFileSync(path, "utf8");
      for (const passphrase of ["fixturepass", "fixturepas", undefined, ""]) {
        const sync = await outcome(async () => loadPrivateKey(text, passphrase));
        expect(await outcome(() => loadPrivateKeyAsync(text, passphrase))).toEqual(sync);
      }
      expect(await outcome(() => loadPrivateKeyAsync(text, "fixturepass"))).toHaveProperty("keyId");
      expect(keyFileRole(text)).toBe(loadPrivateKey(text, "fixturepass").role);
    },
  );

  it("reports a file that is no key as loadPrivateKey does, without decrypting", async () => {
    for (const text of ["", "not a pem", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"]) {
      const sync = await outcome(async () => loadPrivateKey(text, "x"));
      expect(sync).toHaveProperty("error", "UsageError");
      expect(await outcome(() => loadPrivateKeyAsync(text, "x"))).toEqual(sync);
      expect(() => keyFileRole(text)).toThrow((sync as { message: string }).message);
    }
  });
});
