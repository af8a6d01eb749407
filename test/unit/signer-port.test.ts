// The signer port: a signer listed under another ID keeps every way it signs.
import { describe, expect, it } from "vitest";
import { listedAs, type Signer } from "../../src/tuf/signer.js";

const base = (extra: Partial<Signer> = {}): Signer => ({
  keyId: "a".repeat(64),
  publicKey: { type: "rsa", public: "AAAA" },
  method: "rsapss",
  description: "test key",
  sign: async (m) => new Uint8Array([1, ...m]),
  ...extra,
});

describe("listedAs", () => {
  it("is the signer itself under its own ID", () => {
    const s = base();
    expect(listedAs(s, s.keyId, s.publicKey)).toBe(s);
  });

  it("signs under the listed ID and public key form, with both of an RSA key's schemes", async () => {
    const s = base({ signRsaPkcs1v15: async (m) => new Uint8Array([2, ...m]) });
    const listed = listedAs(s, "b".repeat(64), { type: "rsa-x509", public: "BBBB" });
    expect([listed.keyId, listed.publicKey.type, listed.method]).toEqual(["b".repeat(64), "rsa-x509", "rsapss"]);
    expect([...(await listed.sign(new Uint8Array([9])))]).toEqual([1, 9]);
    expect([...(await listed.signRsaPkcs1v15!(new Uint8Array([9])))]).toEqual([2, 9]);
    expect(listedAs(base(), "b".repeat(64), s.publicKey).signRsaPkcs1v15).toBeUndefined();
  });
});
