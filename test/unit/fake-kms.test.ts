// The test KMS keeps KMS's documented rules, checked through the real @aws-sdk/client-kms, and its
// digest-signing primitives make signatures that independent verifiers accept.
import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  verify,
} from "node:crypto";
import { GetPublicKeyCommand, KMSClient, SignCommand, type SignCommandInput } from "@aws-sdk/client-kms";
import { describe, expect, it } from "vitest";
import { FakeKms } from "../stack/fake-kms.js";
import { ecdsaSignDigest, ed25519phSign, rsaPkcs1SignDigest, rsaPssSignDigest } from "../stack/fake-kms-crypto.js";

const credentials = { accessKeyId: "AKIDFAKEKMSTEST", secretAccessKey: "fake-secret-for-tests" };

function client(kms: FakeKms, region = kms.region): KMSClient {
  return new KMSClient({ region, credentials, requestHandler: kms.requestHandler, maxAttempts: 1 });
}

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return {
      name: e.name,
      message: e.message,
      ...(e.$metadata?.httpStatusCode ? { status: e.$metadata.httpStatusCode } : {}),
    };
  }
  throw new Error("expected a rejection");
}

describe("fake KMS signing primitives", () => {
  it("ECDSA over a digest verifies with OpenSSL, for P-256, P-384 and secp256k1", () => {
    for (const [curve, hash] of [
      ["P-256", "sha256"],
      ["P-384", "sha384"],
      ["secp256k1", "sha256"],
    ] as const) {
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
      for (let i = 0; i < 20; i++) {
        const message = randomBytes(50);
        const der = ecdsaSignDigest(privateKey, createHash(hash).update(message).digest());
        expect(verify(hash, message, publicKey, der), curve).toBe(true);
      }
    }
  });

  it("RSA-PSS (salt = hash length) and PKCS#1 v1.5 over a digest verify with OpenSSL", () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const message = randomBytes(100);
    for (const hash of ["sha256", "sha384", "sha512"] as const) {
      const digest = createHash(hash).update(message).digest();
      const pss = rsaPssSignDigest(privateKey, digest, hash);
      const saltLength = { sha256: 32, sha384: 48, sha512: 64 }[hash];
      expect(verify(hash, message, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, pss)).toBe(
        true,
      );
      expect(verify(hash, message, publicKey, rsaPkcs1SignDigest(privateKey, digest, hash))).toBe(true);
    }
  });

  it("Ed25519ph matches RFC 8032 §7.3 (TEST abc)", () => {
    const seed = Buffer.from("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42", "hex");
    const pub = Buffer.from("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf", "hex");
    const key = createPrivateKey({
      key: { kty: "OKP", crv: "Ed25519", d: seed.toString("base64url"), x: pub.toString("base64url") },
      format: "jwk",
    });
    expect(Buffer.from(createPublicKey(key).export({ format: "jwk" }).x!, "base64url")).toEqual(pub);
    expect(ed25519phSign(key, Buffer.from("abc")).toString("hex")).toBe(
      "98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406",
    );
  });
});

describe("fake KMS protocol", () => {
  const kms = new FakeKms();
  const p256 = kms.createKey({ keySpec: "ECC_NIST_P256", alias: "alias/p256" });
  const ed = kms.createKey({ keySpec: "ECC_NIST_EDWARDS25519" });
  const rsa = kms.createKey({ keySpec: "RSA_2048" });
  const sign = (input: Partial<SignCommandInput>) =>
    client(kms).send(
      new SignCommand({
        KeyId: p256.keyId,
        Message: new Uint8Array(32),
        MessageType: "DIGEST",
        SigningAlgorithm: "ECDSA_SHA_256",
        ...input,
      }),
    );

  it("answers GetPublicKey by key ID, key ARN, alias and alias ARN, with the SPKI and the key's algorithms", async () => {
    for (const id of [p256.keyId, p256.arn, "alias/p256", p256.aliasArn!]) {
      const out = await client(kms).send(new GetPublicKeyCommand({ KeyId: id }));
      expect(out).toMatchObject({
        KeyId: p256.arn,
        KeySpec: "ECC_NIST_P256",
        KeyUsage: "SIGN_VERIFY",
        SigningAlgorithms: ["ECDSA_SHA_256"],
      });
      expect(
        createPublicKey({ key: Buffer.from(out.PublicKey!), format: "der", type: "spki" }).asymmetricKeyDetails
          ?.namedCurve,
      ).toBe("prime256v1");
    }
    expect(kms.calls.at(-1)).toMatchObject({ operation: "GetPublicKey", region: "us-east-1" });
  });

  it("signs a DIGEST with ECDSA in DER form that verifies over the message", async () => {
    const message = randomBytes(5000);
    const out = await sign({ Message: createHash("sha256").update(message).digest() });
    const pub = createPublicKey(p256.privateKey!);
    expect(out.Signature![0]).toBe(0x30);
    expect(verify("sha256", message, pub, out.Signature!)).toBe(true);
  });

  it("enforces the message limits: 4096 bytes RAW, the digest length of the algorithm", async () => {
    expect(await rejection(sign({ Message: new Uint8Array(4097), MessageType: "RAW" }))).toMatchObject({
      name: "ValidationException",
      message: expect.stringMatching(/less than or equal to 4096/),
    });
    await expect(sign({ Message: new Uint8Array(4096), MessageType: "RAW" })).resolves.toBeDefined();
    expect(await rejection(sign({ Message: new Uint8Array(31) }))).toMatchObject({
      name: "ValidationException",
      message: "Digest is invalid length for algorithm ECDSA_SHA_256.",
    });
    expect(await rejection(sign({ KeyId: rsa.keyId, SigningAlgorithm: "RSASSA_PSS_SHA_512" }))).toMatchObject({
      name: "ValidationException",
    });
  });

  it("allows only the algorithms of the key spec, and Ed25519 only RAW (pure) or DIGEST (ph)", async () => {
    expect(await rejection(sign({ SigningAlgorithm: "RSASSA_PSS_SHA_256" }))).toMatchObject({
      name: "InvalidKeyUsageException",
    });
    const edSign = (input: Partial<SignCommandInput>) => sign({ KeyId: ed.keyId, ...input });
    expect(
      await rejection(
        edSign({ SigningAlgorithm: "ED25519_SHA_512", MessageType: "DIGEST", Message: new Uint8Array(64) }),
      ),
    ).toMatchObject({ name: "ValidationException" });
    expect(
      await rejection(
        edSign({ SigningAlgorithm: "ED25519_PH_SHA_512", MessageType: "RAW", Message: new Uint8Array(10) }),
      ),
    ).toMatchObject({ name: "ValidationException" });
    const message = Buffer.from("hello");
    const pure = await edSign({ SigningAlgorithm: "ED25519_SHA_512", MessageType: "RAW", Message: message });
    expect(verify(null, message, createPublicKey(ed.privateKey!), pure.Signature!)).toBe(true);
    const ph = await edSign({
      SigningAlgorithm: "ED25519_PH_SHA_512",
      MessageType: "DIGEST",
      Message: createHash("sha512").update(message).digest(),
    });
    expect(ph.Signature).toHaveLength(64);
    expect(verify(null, message, createPublicKey(ed.privateKey!), ph.Signature!)).toBe(false);
  });

  it("answers the documented error types", async () => {
    const other = new FakeKms();
    const key = other.createKey();
    const call = (id = key.keyId, region?: string) =>
      rejection(client(other, region).send(new GetPublicKeyCommand({ KeyId: id })));
    expect(await call(key.keyId, "eu-west-1")).toMatchObject({ name: "NotFoundException" });
    expect(await call("alias/none")).toMatchObject({
      name: "NotFoundException",
      message: expect.stringMatching(/^Alias arn:aws:kms:us-east-1:\d{12}:alias\/none is not found/),
    });
    other.denyAccess(key, ["GetPublicKey"]);
    expect(await call()).toMatchObject({ name: "AccessDeniedException", status: 400 });
    other.denyAccess(key, []);
    other.disableKey(key);
    expect(await call()).toMatchObject({ name: "DisabledException" });
    other.scheduleKeyDeletion(key);
    expect(await call()).toMatchObject({
      name: "KMSInvalidStateException",
      message: expect.stringMatching(/pending deletion/),
    });
    other.enableKey(key);
    other.throttleNext(1);
    expect(await call()).toMatchObject({ name: "ThrottlingException", status: 400 });
    other.failNext(1);
    expect(await call()).toMatchObject({ name: "KMSInternalException", status: 500 });
    const symmetric = other.createKey({ keySpec: "SYMMETRIC_DEFAULT" });
    expect(await call(symmetric.keyId)).toMatchObject({ name: "UnsupportedOperationException" });
    const encrypt = other.createKey({ keySpec: "RSA_2048", keyUsage: "ENCRYPT_DECRYPT" });
    const out = await client(other).send(new GetPublicKeyCommand({ KeyId: encrypt.keyId }));
    expect(out).toMatchObject({ KeyUsage: "ENCRYPT_DECRYPT", EncryptionAlgorithms: expect.any(Array) });
    expect(out.SigningAlgorithms).toBeUndefined();
    expect(
      await rejection(
        client(other).send(
          new SignCommand({
            KeyId: encrypt.keyId,
            Message: new Uint8Array(32),
            MessageType: "DIGEST",
            SigningAlgorithm: "RSASSA_PSS_SHA_256",
          }),
        ),
      ),
    ).toMatchObject({ name: "InvalidKeyUsageException" });
  });

  it("refuses a request without SigV4 authorization", () => {
    const out = kms.handle(
      { "x-amz-target": "TrentService.GetPublicKey", "content-type": "application/x-amz-json-1.1" },
      JSON.stringify({ KeyId: p256.keyId }),
    );
    expect(out.status).toBe(400);
    expect(JSON.parse(out.body)).toMatchObject({ __type: "MissingAuthenticationTokenException" });
  });
});
