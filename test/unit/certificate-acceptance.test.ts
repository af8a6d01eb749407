// One rule for whether notary takes a certificate as a key: the same verdict for a root leaf (the
// trust core) and for a delegation key given as a certificate (public key files).
import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { parsePublicKey } from "../../src/signers/public-key.js";
import { DAY_MS } from "../../src/tuf/lifetimes.js";
import { keyIdOf } from "../../src/tuf/keys.js";
import type { RootSigned } from "../../src/tuf/metadata.js";
import { certificateKeyProblem, rootCertificateKeys } from "../../src/tuf/root-keys.js";

const pem = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const der = (text: string) => Buffer.from(text.replace(/-----[A-Z ]+-----|\s+/g, ""), "base64");

describe("certificate acceptance", () => {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const now = Math.floor(Date.now() / 1000) * 1000;
  const made = createRootCertificate({
    gun: "registry.example/app",
    privateKey,
    notBefore: now,
    notAfter: now + 30 * DAY_MS,
  });
  const cert = new X509Certificate(made.der);

  it("takes a certificate inside its window, with a day of leeway before it starts", () => {
    expect(certificateKeyProblem(cert, made.der, now)).toBeUndefined();
    expect(certificateKeyProblem(cert, made.der, now - DAY_MS + 1000)).toBeUndefined();
    expect(certificateKeyProblem(cert, made.der, now - DAY_MS - 1000)).toMatch(/^is not valid until \S+Z/);
    expect(certificateKeyProblem(cert, made.der, now + 31 * DAY_MS)).toMatch(/^expired at \S+Z/);
    expect(certificateKeyProblem(cert, made.der)).toBeUndefined();
  });

  it("refuses SHA-1 whatever the time", () => {
    const sha1 = pem("certs/sha1-ecdsa.crt");
    expect(certificateKeyProblem(new X509Certificate(sha1), der(sha1))).toBe(
      "is signed with SHA-1, which notary rejects",
    );
  });

  /** Why the trust core leaves the certificate out as a root key of `gun` at `at`, if it does. */
  const rootVerdict = (gun: string, at: number) => {
    const id = keyIdOf(made.publicKey);
    const root = {
      keys: new Map([[id, made.publicKey]]),
      roles: new Map([["root", { keyIds: [id], threshold: 1 }]]),
    } as unknown as RootSigned;
    return rootCertificateKeys(root, { gun, now: at, checkExpiry: true }).rejected[0]?.replace(/^[0-9a-f]{12}…: /, "");
  };

  it("gives a root leaf and a delegation certificate the same verdict", () => {
    const late = now + 31 * DAY_MS;
    const reason = certificateKeyProblem(cert, made.der, late)!;
    expect(rootVerdict("registry.example/app", late)).toBe(`certificate ${reason}`);
    expect(rootVerdict("registry.example/app", now)).toBeUndefined();
    expect(() => parsePublicKey(made.pem, { now: new Date(late) })).toThrow(
      `certificate registry.example/app ${reason}`,
    );
    expect(parsePublicKey(made.pem, { now: new Date(now) }).publicKey.type).toBe("ecdsa-x509");
    expect(rootVerdict("registry.example/other", now)).toBe(
      'certificate CN "registry.example/app" is not registry.example/other',
    );
  });
});
