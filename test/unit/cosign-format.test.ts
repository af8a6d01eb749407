import { createPublicKey, generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkLayer, summarise, type CosignExpectation } from "../../src/cosign/check.js";
import {
  appendSignature,
  emptyImageConfig,
  parseSignatureManifest,
  signatureLayer,
} from "../../src/cosign/manifest.js";
import { sha256Digest } from "../../src/sha256.js";
import { parseSimpleSigningPayload, signatureTag, simpleSigningPayload } from "../../src/cosign/payload.js";
import { decodeSignature, ecdsaRawToDer, verifyCosignSignature } from "../../src/cosign/signature.js";
import { parseReference } from "../../src/registry/reference.js";
import { cosignDockerReference, sameRepository } from "../../src/workflows/cosign-read.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/cosign/${name}`, import.meta.url)));
const VECTOR = {
  manifest: fixture("v3-ecdsa.sig-manifest.json"),
  payload: fixture("v3-ecdsa.payload.json"),
  key: createPublicKey(Buffer.from(fixture("v3-ecdsa.pub"))),
  repository: "localhost:15381/tobby/fixture",
  digest: "sha256:f20c43161d73848408ef247f0ec7111b19fe58ffebc0cbcaa0d2c8bda4967268",
};
const expectVector: CosignExpectation = { digest: VECTOR.digest, sameRepository: (r) => r === VECTOR.repository };

describe("cosign's own signature (test vector)", () => {
  it("our payload writer produces cosign's bytes for the same image", () => {
    expect(Buffer.from(simpleSigningPayload(VECTOR.repository, VECTOR.digest)).toString()).toBe(
      Buffer.from(VECTOR.payload).toString(),
    );
  });

  it("the tag is sha256-<hex>.sig", () => {
    expect(signatureTag(VECTOR.digest)).toBe(
      "sha256-f20c43161d73848408ef247f0ec7111b19fe58ffebc0cbcaa0d2c8bda4967268.sig",
    );
  });

  it("reads the manifest and verifies the signature with the public key", () => {
    const m = parseSignatureManifest(VECTOR.manifest);
    expect(m.layers).toHaveLength(1);
    const verdict = checkLayer(0, m.layers[0]!, VECTOR.payload, VECTOR.key, expectVector);
    expect(verdict).toMatchObject({
      ok: true,
      claims: { dockerReference: VECTOR.repository, manifestDigest: VECTOR.digest },
    });
  });

  it("our config writer reproduces cosign's config digest, and our manifest builder its manifest bytes", () => {
    const m = parseSignatureManifest(VECTOR.manifest);
    expect(sha256Digest(emptyImageConfig([m.layers[0]!.descriptor.digest]))).toBe(m.config!.digest);
    const built = appendSignature(undefined, undefined, signatureLayer(VECTOR.payload, m.layers[0]!.signature!));
    expect(Buffer.from(built.manifest).toString()).toBe(Buffer.from(VECTOR.manifest).toString());
  });

  it("fails with a distinct reason for a wrong key, a tampered payload and another digest or repository", () => {
    const m = parseSignatureManifest(VECTOR.manifest);
    const layer = m.layers[0]!;
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
    expect(checkLayer(0, layer, VECTOR.payload, other, expectVector).reason).toBe("WRONG_KEY");
    const tampered = Buffer.from(VECTOR.payload);
    tampered[tampered.indexOf("tobby")] = "T".charCodeAt(0);
    expect(checkLayer(0, layer, tampered, VECTOR.key, expectVector).reason).toBe("PAYLOAD_TAMPERED");
    expect(
      checkLayer(0, layer, VECTOR.payload, VECTOR.key, { ...expectVector, digest: `sha256:${"0".repeat(64)}` }).reason,
    ).toBe("OTHER_DIGEST");
    expect(
      checkLayer(0, layer, VECTOR.payload, VECTOR.key, { ...expectVector, sameRepository: () => false }).reason,
    ).toBe("OTHER_REPOSITORY");
  });
});

describe("cosign v1.13 signature of a Docker Hub image (test vector, no public key)", () => {
  const manifest = fixture("v1-hub.sig-manifest.json");
  const payload = fixture("v1-hub.payload.json");
  const digest = "sha256:4c1c50d0ffc614f90b93b07d778028dc765548e823f676fb027f61d281ac380d";

  it("names a Docker Hub repository as cosign does, and our payload writer produces its bytes", () => {
    const image = parseReference("chihjenhuang/cosign1");
    expect(cosignDockerReference(image)).toBe("index.docker.io/chihjenhuang/cosign1");
    expect(Buffer.from(simpleSigningPayload(cosignDockerReference(image), digest)).toString()).toBe(
      Buffer.from(payload).toString(),
    );
    expect(sameRepository(image, "index.docker.io/chihjenhuang/cosign1")).toBe(true);
    expect(sameRepository(image, "docker.io/chihjenhuang/cosign1")).toBe(true);
    expect(sameRepository(image, "index.docker.io/chihjenhuang/other")).toBe(false);
  });

  it("the manifest's layer names the payload's digest and size, and carries a DER ECDSA signature", () => {
    const layer = parseSignatureManifest(manifest).layers[0]!;
    expect(layer.descriptor).toMatchObject({ digest: sha256Digest(payload), size: payload.byteLength });
    expect(decodeSignature(layer.signature!)![0]).toBe(0x30);
    expect(parseSimpleSigningPayload(payload)).toEqual({
      dockerReference: "index.docker.io/chihjenhuang/cosign1",
      manifestDigest: digest,
      type: "cosign container image signature",
    });
  });
});

describe("signing and appending", () => {
  const keys = {
    ecdsa: generateKeyPairSync("ec", { namedCurve: "P-256" }),
    rsa: generateKeyPairSync("rsa", { modulusLength: 2048 }),
    ed25519: generateKeyPairSync("ed25519"),
  };
  const payload = simpleSigningPayload("registry.example/app", `sha256:${"a".repeat(64)}`);

  it("a raw r‖s ECDSA signature becomes the DER cosign verifies (high bits and leading zeros included)", () => {
    for (let i = 0; i < 64; i++) {
      const raw = sign("sha256", payload, { key: keys.ecdsa.privateKey, dsaEncoding: "ieee-p1363" });
      const b64 = Buffer.from(ecdsaRawToDer(raw)).toString("base64");
      expect(verifyCosignSignature(keys.ecdsa.publicKey, payload, b64)).toBe(true);
    }
  });

  it("RSA verifies with PKCS#1 v1.5 only, Ed25519 as pure Ed25519", () => {
    const pkcs1 = sign("sha256", payload, keys.rsa.privateKey).toString("base64");
    expect(verifyCosignSignature(keys.rsa.publicKey, payload, pkcs1)).toBe(true);
    const pss = sign("sha256", payload, { key: keys.rsa.privateKey, padding: 6, saltLength: 32 }).toString("base64");
    expect(verifyCosignSignature(keys.rsa.publicKey, payload, pss)).toBe(false);
    expect(
      verifyCosignSignature(
        keys.ed25519.publicKey,
        payload,
        sign(null, payload, keys.ed25519.privateKey).toString("base64"),
      ),
    ).toBe(true);
  });

  it("base64 is read as Go reads it: line breaks skipped, anything else refused", () => {
    expect(decodeSignature("TUVV\nQ0k=")).toEqual(new Uint8Array(Buffer.from("MEUCI")));
    expect(decodeSignature("TUVV Q0k=")).toBeUndefined();
    expect(decodeSignature("TUVVQ0k")).toBeUndefined();
  });

  it("appending keeps every layer and annotation already there, and extends the config", () => {
    const first = appendSignature(undefined, undefined, signatureLayer(payload, "c2lnMQ=="));
    const base = parseSignatureManifest(first.manifest);
    const other = simpleSigningPayload("registry.example/app", `sha256:${"b".repeat(64)}`);
    const second = appendSignature(base, first.config, signatureLayer(other, "c2lnMg=="));
    const read = parseSignatureManifest(second.manifest);
    expect(read.layers.map((l) => l.signature)).toEqual(["c2lnMQ==", "c2lnMg=="]);
    const config = JSON.parse(Buffer.from(second.config).toString());
    expect(config.rootfs.diff_ids).toEqual([sha256Digest(payload), sha256Digest(other)]);
    expect(config.history).toHaveLength(2);
    expect(read.config!.digest).toBe(sha256Digest(second.config));
  });

  it("reads claims as Go does (case-insensitive names) and refuses what is not a payload", () => {
    const upper = new TextEncoder().encode(
      '{"critical":{"identity":{"docker-reference":"r"},"image":{"Docker-manifest-digest":"sha256:x"},"type":"t"}}',
    );
    expect(parseSimpleSigningPayload(upper).manifestDigest).toBe("sha256:x");
    expect(() => parseSimpleSigningPayload(new TextEncoder().encode("[]"))).toThrow();
  });

  it("summarise: any passing layer passes; otherwise the most telling reason", () => {
    expect(
      summarise([
        { index: 0, ok: false, reason: "WRONG_KEY" },
        { index: 1, ok: true },
      ]).ok,
    ).toBe(true);
    expect(
      summarise([
        { index: 0, ok: false, reason: "WRONG_KEY" },
        { index: 1, ok: false, reason: "OTHER_DIGEST" },
      ]).reason,
    ).toBe("OTHER_DIGEST");
    expect(summarise([]).reason).toBe("NO_SIGNATURES");
  });
});
