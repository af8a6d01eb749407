import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadCosignKeys } from "../../src/workflows/cosign-keys.js";
import { acceptModeFor, parseAccept } from "../../src/workflows/verify-accept.js";

describe("accept", () => {
  it("one mode for all, or per repository pattern: exact name, then first pattern, then the default line", () => {
    expect(acceptModeFor("docker.io/library/alpine", [])).toBe("notary");
    expect(acceptModeFor("docker.io/library/alpine", parseAccept("cosign", "accept"))).toBe("cosign");
    const rules = parseAccept(
      ["registry.example/app/*=any", "registry.example/app/api=all", "# comment", "notary"],
      "accept",
    );
    expect(acceptModeFor("registry.example/app/api", rules)).toBe("all");
    expect(acceptModeFor("registry.example/app/web", rules)).toBe("any");
    expect(acceptModeFor("registry.example/other", rules)).toBe("notary");
    expect(acceptModeFor("docker.io/library/alpine", parseAccept("alpine=COSIGN", "accept"))).toBe("cosign");
  });

  it("refuses an unknown mode or a pattern with a tag, naming the input", () => {
    expect(() => parseAccept("sigstore", "input accept")).toThrow(
      /^input accept "sigstore": "sigstore" is not one of notary, cosign, any, all/,
    );
    expect(() => parseAccept("app:v1=cosign", "--accept")).toThrow(/^--accept "app:v1" is not a repository pattern/);
  });
});

describe("cosign keys", () => {
  it("reads every public key of a PEM bundle, with a fingerprint", async () => {
    const pems = [
      generateKeyPairSync("ec", { namedCurve: "P-256" }),
      generateKeyPairSync("rsa", { modulusLength: 2048 }),
    ].map((k) => k.publicKey.export({ type: "spki", format: "pem" }).toString());
    const keys = await loadCosignKeys(pems.join(""), "cosign-key");
    expect(keys.map((k) => k.key.asymmetricKeyType)).toEqual(["ec", "rsa"]);
    expect(keys[0]!.fingerprint).toMatch(/^sha256:[0-9a-f]{12}$/);
  });

  it("refuses text that is no key, and a private key, naming the setting", async () => {
    await expect(loadCosignKeys("hello", "--cosign-key")).rejects.toThrow(
      /^--cosign-key is neither a PEM public key nor an AWS KMS key ARN/,
    );
    const priv = generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    await expect(loadCosignKeys(priv, "cosign-key")).rejects.toThrow(/private key/);
  });
});
