// The AWS KMS signer with the real @aws-sdk/client-kms, its HTTP answered in-process by the test KMS.
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TrustError, UsageError } from "../../src/errors.js";
import { createKmsSigner, ecdsaDerToRaw, inspectKmsKey, type KmsSignerOptions } from "../../src/signers/kms-signer.js";
import { notaryPublicKeyOf, parsePublicKey } from "../../src/signers/public-key.js";
import { keyIdOf, verifySignature } from "../../src/tuf/keys.js";
import { signEnvelope } from "../../src/tuf/sign.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { FakeKms, type FakeKmsKey } from "../stack/fake-kms.js";
import { emptyTargets } from "../helpers/repo-builder.js";
import { plain, render } from "../../src/wording.js";
import { ACTION_WORDS } from "../../src/action/words.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { expectWording } from "../helpers/wording.js";

const SECRET = "fake-secret-access-key-never-printed";
const credentials = { accessKeyId: "AKIDKMSSIGNERTEST", secretAccessKey: SECRET };
const kms = new FakeKms();
const options = (keyId: string, extra: Partial<KmsSignerOptions> = {}): KmsSignerOptions => ({
  keyId,
  region: kms.region,
  credentials,
  requestHandler: kms.requestHandler,
  // The SDK's backoff is real time; the retries themselves are what these tests check.
  retryDelayMs: () => 0,
  ...extra,
});

/** The error a promise rejects with, checked to be a one-line TrustError without credentials. */
async function failure(promise: Promise<unknown>): Promise<TrustError> {
  const err = await promise.then(
    () => expect.fail("expected a failure"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TrustError);
  const text = (err as TrustError).describe();
  expect(text).not.toMatch(/\n/);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(credentials.accessKeyId);
  return err as TrustError;
}

function notaryKeyOf(key: FakeKmsKey) {
  return notaryPublicKeyOf(createPublicKey(key.privateKey!));
}

describe("ecdsaDerToRaw", () => {
  const der = (r: number[], s: number[]) =>
    Uint8Array.from([0x30, r.length + s.length + 4, 0x02, r.length, ...r, 0x02, s.length, ...s]);
  const full = (fill: number) => Array.from({ length: 32 }, () => fill);

  it("copies 32-byte integers as they are", () => {
    expect(ecdsaDerToRaw(der(full(0x11), full(0x22)), 32)).toEqual(Uint8Array.from([...full(0x11), ...full(0x22)]));
  });
  it("drops the leading zero byte DER adds to an integer whose top bit is set", () => {
    expect(ecdsaDerToRaw(der([0, ...full(0x81)], [0, ...full(0xff)]), 32)).toEqual(
      Uint8Array.from([...full(0x81), ...full(0xff)]),
    );
  });
  it("left-pads integers shorter than 32 bytes", () => {
    const shortR = [0x7f, ...full(0x01).slice(0, 30)];
    const raw = ecdsaDerToRaw(der(shortR, [0x05]), 32);
    expect(raw).toHaveLength(64);
    expect([...raw.subarray(0, 32)]).toEqual([0, ...shortR]);
    expect([...raw.subarray(32)]).toEqual([...Array(31).fill(0), 0x05]);
  });
  it("refuses what is not two non-negative integers of at most 32 bytes", () => {
    expect(() => ecdsaDerToRaw(der([0x01, ...full(0x01)], [0x01]), 32)).toThrow(/33 bytes, more than 32/);
    expect(() => ecdsaDerToRaw(der([0x80], [0x01]), 32)).toThrow(/negative/);
    expect(() => ecdsaDerToRaw(Uint8Array.from([0x30, 3, 0x02, 1, 1]), 32)).toThrow(/two INTEGERs/);
    expect(() => ecdsaDerToRaw(randomBytes(70), 32)).toThrow();
  });
});

describe("KMS signer: key specs", () => {
  it("ECC_NIST_P256: GetPublicKey once, then DIGEST sha256 with ECDSA_SHA_256; raw r‖s that notary verifies", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: "alias/release-p256" });
    const before = kms.calls.length;
    const signer = await createKmsSigner(options("alias/release-p256"));
    expect(signer.keyId).toBe(keyIdOf(notaryKeyOf(key)));
    expect(signer).toMatchObject({
      method: "ecdsa",
      keySpec: "ECC_NIST_P256",
      keyArn: key.arn,
      maxMessageBytes: undefined,
    });
    expect(signer.description).toBe("AWS KMS key alias/release-p256");
    // Sign until KMS has returned an r or s shorter than 32 bytes (1 in 128 signatures on average).
    let signed = 0;
    let shortValue = false;
    while ((signed < 50 || !shortValue) && signed < 3000) {
      const message = randomBytes(1000);
      const sig = await signer.sign(message);
      signed++;
      expect(sig).toHaveLength(64);
      expect(verifySignature(signer.publicKey, "ecdsa", message, sig)).toBe(true);
      if (sig[0] === 0 || sig[32] === 0) shortValue = true;
    }
    const calls = kms.calls.slice(before);
    expect(calls.filter((c) => c.operation === "GetPublicKey")).toHaveLength(1);
    expect(
      calls
        .filter((c) => c.operation === "Sign")
        .every((c) => c.messageType === "DIGEST" && c.signingAlgorithm === "ECDSA_SHA_256" && c.messageBytes === 32),
    ).toBe(true);
    expect(shortValue).toBe(true);
    signer.close();
  });

  it("finds the key by key ID, key ARN (region from the ARN) and alias ARN", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: "alias/by-arn", region: "eu-central-1" });
    for (const id of [key.arn, key.aliasArn!]) {
      const signer = await createKmsSigner(options(id, { region: undefined }));
      expect(signer.keyId).toBe(keyIdOf(notaryKeyOf(key)));
      expect(kms.calls.at(-1)?.region).toBe("eu-central-1");
      signer.close();
    }
    const byId = await createKmsSigner(options(key.keyId, { region: "eu-central-1" }));
    expect(byId.keyArn).toBe(key.arn);
    await expect(createKmsSigner(options(key.arn, { region: "us-west-2" }))).rejects.toThrow(
      /is in region eu-central-1, but the region given is us-west-2/,
    );
  });

  it.each(["RSA_2048", "RSA_3072", "RSA_4096"] as const)(
    "%s: rsa key, rsapss with RSASSA_PSS_SHA_256 over a DIGEST",
    async (keySpec) => {
      const key = kms.createKey({ keySpec });
      const signer = await createKmsSigner(options(key.keyId));
      expect(signer.publicKey.type).toBe("rsa");
      expect(signer.method).toBe("rsapss");
      const message = randomBytes(10_000);
      const sig = await signer.sign(message);
      expect(sig).toHaveLength(Number(keySpec.slice(4)) / 8);
      expect(verifySignature(signer.publicKey, "rsapss", message, sig)).toBe(true);
      expect(kms.calls.at(-1)).toMatchObject({
        messageType: "DIGEST",
        signingAlgorithm: "RSASSA_PSS_SHA_256",
        messageBytes: 32,
      });
    },
  );

  it("ECC_NIST_EDWARDS25519: pure Ed25519 (RAW); a role over 4096 bytes is refused before KMS is called", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_EDWARDS25519", alias: "alias/ed" });
    const signer = await createKmsSigner(options("alias/ed"));
    expect(signer).toMatchObject({ method: "eddsa", maxMessageBytes: 4096, publicKey: { type: "ed25519" } });
    const message = randomBytes(4096);
    const sig = await signer.sign(message);
    expect(verify(null, message, createPublicKey(key.privateKey!), sig)).toBe(true);
    expect(kms.calls.at(-1)).toMatchObject({
      messageType: "RAW",
      signingAlgorithm: "ED25519_SHA_512",
      messageBytes: 4096,
    });

    const small = emptyTargets(1);
    small.targets.set("v1", { length: 1, hashes: { sha256: createHash("sha256").digest("base64") } });
    await expect(signEnvelope(small, [signer])).resolves.toBeInstanceOf(Uint8Array);
    const large = emptyTargets(1);
    for (let i = 0; i < 60; i++)
      large.targets.set(`tag-${i}`, {
        length: 1000 + i,
        hashes: { sha256: createHash("sha256").update(String(i)).digest("base64") },
      });
    const signs = kms.callsOf("Sign").length;
    const err = await failure(signEnvelope(large, [signer]));
    expect(err.code).toBe("MESSAGE_TOO_LARGE");
    expect(err.message).toMatch(
      /^targets metadata is \d{4,} bytes, but AWS KMS key alias\/ed \(ECC_NIST_EDWARDS25519, pure Ed25519 over the whole role\) signs at most 4096 bytes$/,
    );
    expect(kms.callsOf("Sign")).toHaveLength(signs);
  });

  it.each([
    ["ECC_NIST_P384", /has key spec ECC_NIST_P384, whose signatures Notary and cosign do not both verify/],
    ["ECC_SECG_P256K1", /has key spec ECC_SECG_P256K1/],
  ] as const)("refuses %s, naming the spec", async (keySpec, message) => {
    const key = kms.createKey({ keySpec });
    const err = await failure(createKmsSigner(options(key.keyId)));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(message);
  });

  it("refuses a key whose usage is not SIGN_VERIFY, and a symmetric key", async () => {
    const encrypt = kms.createKey({ keySpec: "RSA_2048", keyUsage: "ENCRYPT_DECRYPT" });
    expect((await failure(createKmsSigner(options(encrypt.keyId)))).message).toMatch(
      /has key usage ENCRYPT_DECRYPT \(key spec RSA_2048\); signing needs SIGN_VERIFY/,
    );
    const symmetric = kms.createKey({ keySpec: "SYMMETRIC_DEFAULT" });
    expect((await failure(createKmsSigner(options(symmetric.keyId)))).message).toMatch(
      /cannot be used for kms:GetPublicKey \(UnsupportedOperationException/,
    );
  });

  it("inspectKmsKey gives the key ID and a PEM that docker's parser reads back to the same key", async () => {
    const key = kms.createKey({ alias: "alias/inspect" });
    const out = await inspectKmsKey({ ...options("alias/inspect"), role: "releaser" });
    expect(out).toMatchObject({
      keyArn: key.arn,
      keySpec: "ECC_NIST_P256",
      keyId: keyIdOf(notaryKeyOf(key)),
      canonicalKeyId: keyIdOf(notaryKeyOf(key)),
    });
    expect(out.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\nrole: releaser\n\n/);
    expect(parsePublicKey(out.publicKeyPem)).toMatchObject({ keyId: out.keyId, role: "releaser" });
  });
});

describe("KMS signer: errors", () => {
  afterEach(() => vi.unstubAllEnvs());

  const cases: [string, (key: FakeKmsKey) => void, RegExp][] = [
    [
      "AccessDeniedException",
      (k) => kms.denyAccess(k),
      /^access denied to kms:GetPublicKey on AWS KMS key \S+ in region us-east-1 \(User: arn:aws:sts::\d+:assumed-role\/ci\/session is not authorized to perform: kms:GetPublicKey .*\); allow kms:GetPublicKey and kms:Sign/,
    ],
    ["DisabledException", (k) => kms.disableKey(k), /^AWS KMS key \S+ is disabled; enable it/],
    [
      "KMSInvalidStateException",
      (k) => kms.scheduleKeyDeletion(k),
      /^AWS KMS key \S+ is pending deletion; cancel the deletion/,
    ],
  ];
  it.each(cases)("%s fails on the first answer with one line naming the key", async (_type, breakKey, expected) => {
    const key = kms.createKey();
    breakKey(key);
    const before = kms.calls.length;
    expect((await failure(createKmsSigner(options(key.keyId)))).describe()).toMatch(expected);
    expect(kms.calls.length - before).toBe(1);
  });

  it("a key in another state that refuses signing: AWS's reason is kept", async () => {
    const key = kms.createKey();
    kms.failNext(1, {
      status: 400,
      type: "KMSInvalidStateException",
      message: `${key.arn} is pending import.`,
      operation: "GetPublicKey",
    });
    const err = await failure(createKmsSigner(options(key.keyId)));
    expect(err.code).toBe("KMS_KEY_STATE");
    expect(err.describe()).toContain(`(${key.arn} is pending import.)`);
  });

  it("a disabled key given by alias: the command in the hint looks the key ID up (enable-key refuses aliases)", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: "alias/disabled-release" });
    kms.disableKey(key);
    expectWording((await failure(createKmsSigner(options("alias/disabled-release")))).describe()).toContain(
      "aws kms enable-key --key-id $(aws kms describe-key --key-id alias/disabled-release --query KeyMetadata.KeyId --output text)",
    );
    const byId = kms.createKey();
    kms.disableKey(byId);
    expectWording((await failure(createKmsSigner(options(byId.keyId)))).describe()).toContain(
      `aws kms enable-key --key-id ${byId.keyId})`,
    );
  });

  it("kms:Sign denied fails the signature without retry", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: "alias/denied-sign" });
    const signer = await createKmsSigner(options("alias/denied-sign"));
    kms.denyAccess(key, ["Sign"]);
    const before = kms.callsOf("Sign").length;
    const err = await failure(signer.sign(Buffer.from("x")));
    expect(err.code).toBe("KMS_ACCESS_DENIED");
    expect(kms.callsOf("Sign").length - before).toBe(1);
    // AWS's reason names the principal the job ran as and the policy that refused it, whole.
    expectWording(err.message).toContain(
      `(User: arn:aws:sts::${kms.account}:assumed-role/ci/session is not authorized to perform: kms:Sign on resource: ${key.arn} because no identity-based policy allows the kms:Sign action)`,
    );
    // Given by alias: the hint names the ARN a policy must allow.
    expectWording(err.hint).toContain(`allow kms:GetPublicKey and kms:Sign on ${key.arn} for the role`);
  });

  it("a key in another region is not found, naming the region", async () => {
    const key = kms.createKey({ alias: "alias/elsewhere" });
    const err = await failure(createKmsSigner(options("alias/elsewhere", { region: "eu-west-1" })));
    expect(err.describe()).toMatch(
      /^AWS KMS key alias\/elsewhere was not found in region eu-west-1; check the key ID or alias and the region/,
    );
    // Its own code, for a summary's reason and a caller's decision, still a usage error (exit 1).
    expect(err).toBeInstanceOf(UsageError);
    expect(err.code).toBe("KMS_KEY_NOT_FOUND");
    expect(key.region).toBe("us-east-1");
  });

  it("a misspelt region does not resolve: retried, then one line naming the host and the region", async () => {
    kms.unresolvableHost("kms.us-esat-1.amazonaws.com");
    const before = kms.calls.length;
    const err = await failure(createKmsSigner(options("alias/x", { region: "us-esat-1", maxAttempts: 2 })));
    expect(err.describe()).toBe(
      "cannot reach kms.us-esat-1.amazonaws.com to use AWS KMS key alias/x (ENOTFOUND) after 2 attempts; check the region (us-esat-1) and any AWS_ENDPOINT_URL_KMS",
    );
    expect(kms.calls.length - before).toBe(2);
  });

  it("credentials that cannot be fetched (STS out of reach) are said to be that, not KMS out of reach", async () => {
    const key = kms.createKey();
    const unreachableSts = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND sts.us-east-1.amazonaws.com"), {
        code: "ENOTFOUND",
        hostname: "sts.us-east-1.amazonaws.com",
      });
    };
    const err = await failure(createKmsSigner(options(key.keyId, { credentials: unreachableSts })));
    expect(err.code).toBe("KMS_UNREACHABLE");
    expectWording(err.message).toMatch(
      /^cannot get AWS credentials to use AWS KMS key \S+: cannot reach sts\.us-east-1\.amazonaws\.com \(ENOTFOUND\)/,
    );
    expectWording(err.hint).toContain("AWS_ENDPOINT_URL_STS");
  });

  it("credentials that cannot be refreshed after KMS has answered are said to be that, not KMS out of reach", async () => {
    const key = kms.createKey();
    let stsAnswers = true;
    let refused = 0;
    // Short-lived credentials (as from STS): the SDK fetches them again before each request.
    const refreshing = async () => {
      if (stsAnswers) return { ...credentials, expiration: new Date(Date.now() + 1_000) };
      refused++;
      throw Object.assign(new Error("getaddrinfo ENOTFOUND sts.us-east-1.amazonaws.com"), {
        code: "ENOTFOUND",
        hostname: "sts.us-east-1.amazonaws.com",
      });
    };
    const signer = await createKmsSigner(options(key.keyId, { credentials: refreshing }));
    stsAnswers = false;
    const err = await failure(signer.sign(new TextEncoder().encode("{}")));
    expect(refused).toBeGreaterThan(0);
    expect(err.code).toBe("KMS_UNREACHABLE");
    expectWording(err.message).toMatch(
      /^cannot get AWS credentials to use AWS KMS key \S+: cannot reach sts\.us-east-1\.amazonaws\.com \(ENOTFOUND\)/,
    );
  });

  it("an answer that repeats the session token shows neither it nor a type that is not a name", async () => {
    const token = "session-token-from-the-environment-0123456789";
    vi.stubEnv("AWS_SESSION_TOKEN", token);
    const key = kms.createKey();
    kms.failNext(1, { status: 400, type: `Weird${token}`, message: `tok=${token}`, operation: "GetPublicKey" });
    const err = await failure(createKmsSigner(options(key.keyId)));
    expect(err.describe()).not.toContain(token);
    expect(err.describe()).toMatch(/^kms:GetPublicKey on AWS KMS key \S+ failed \(Error, HTTP 400: tok=\*\*\*\)/);
  });

  it("a session token the SDK found itself (a profile, a web identity) is hidden as well when an answer repeats it", async () => {
    // Not in the environment: credentials resolved by the SDK's own chain, as from STS or a profile.
    const token = "session-token-from-sts-0123456789abcdef";
    const key = kms.createKey();
    kms.failNext(1, {
      status: 400,
      type: "UnusualRequestException",
      message: `your token ${token} is not allowed`,
      operation: "GetPublicKey",
    });
    const err = await failure(
      createKmsSigner(options(key.keyId, { credentials: async () => ({ ...credentials, sessionToken: token }) })),
    );
    expect(err.describe()).not.toContain(token);
    expect(err.describe()).toContain("your token *** is not allowed");
  });

  it("retries throttling and 5xx with backoff, then succeeds", async () => {
    const key = kms.createKey();
    const signer = await createKmsSigner(options(key.keyId));
    kms.throttleNext(2, "Sign");
    const before = kms.callsOf("Sign").length;
    await expect(signer.sign(Buffer.from("throttled"))).resolves.toHaveLength(64);
    expect(
      kms
        .callsOf("Sign")
        .slice(before)
        .map((c) => c.errorType ?? "ok"),
    ).toEqual(["ThrottlingException", "ThrottlingException", "ok"]);
    kms.failNext(1, { operation: "Sign" });
    await expect(signer.sign(Buffer.from("5xx"))).resolves.toHaveLength(64);
  });

  it("gives up after maxAttempts on persistent throttling or 5xx", async () => {
    const key = kms.createKey();
    const signer = await createKmsSigner(options(key.keyId, { maxAttempts: 2 }));
    kms.throttleNext(2, "Sign");
    expect((await failure(signer.sign(Buffer.from("x")))).message).toMatch(
      /^AWS KMS kept throttling kms:Sign on AWS KMS key \S+ after 2 attempts$/,
    );
    kms.failNext(2, { operation: "Sign", status: 503, type: "KeyUnavailableException" });
    expect((await failure(signer.sign(Buffer.from("x")))).message).toMatch(
      /^AWS KMS failed kms:Sign on AWS KMS key \S+ after 2 attempts \(KeyUnavailableException, HTTP 503\)$/,
    );
  });

  /** No AWS configuration from the machine: no env credentials, no files, no instance metadata. */
  function isolateAwsEnv(): void {
    for (const name of [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_PROFILE",
      "AWS_REGION",
      "AWS_DEFAULT_REGION",
      "AWS_WEB_IDENTITY_TOKEN_FILE",
      "AWS_ROLE_ARN",
      "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
      "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/aws-config");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  }

  it("missing credentials fail before any request, saying how to provide them", async () => {
    isolateAwsEnv();
    const key = kms.createKey();
    const before = kms.calls.length;
    const err = await failure(
      createKmsSigner({ keyId: key.keyId, region: kms.region, requestHandler: kms.requestHandler }),
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(render(err.describe(), ACTION_WORDS)).toMatch(
      /^no AWS credentials to call kms:GetPublicKey on AWS KMS key \S+; run aws-actions\/configure-aws-credentials before this step/,
    );
    expect(render(err.describe(), CLI_WORDS)).toMatch(/; configure AWS credentials \(aws configure/);
    expect(kms.calls.length).toBe(before);
  });

  it("a missing region fails before any request", async () => {
    isolateAwsEnv();
    const before = kms.calls.length;
    const err = await failure(createKmsSigner({ keyId: "alias/x", credentials, requestHandler: kms.requestHandler }));
    expect(plain(err.describe())).toMatch(/^no AWS region for AWS KMS key alias\/x; give the key as an ARN/);
    expect(kms.calls.length).toBe(before);
  });

  it("with AWS_PROFILE set, no region or no credentials says to check that profile first", async () => {
    isolateAwsEnv();
    vi.stubEnv("AWS_PROFILE", "relase");
    const key = kms.createKey();
    const noRegion = await failure(
      createKmsSigner({ keyId: "alias/x", credentials, requestHandler: kms.requestHandler }),
    );
    expect(noRegion).toBeInstanceOf(UsageError);
    // The profile may be there without a region: the hint asks for both, and names either variable.
    expectWording(noRegion.hint).toMatch(
      /^AWS_PROFILE names profile "relase": check that the AWS config file this job reads has that profile with a region line/,
    );
    expectWording(noRegion.hint).toContain("AWS_DEFAULT_REGION");
    const noCredentials = await failure(
      createKmsSigner({ keyId: key.keyId, region: kms.region, requestHandler: kms.requestHandler }),
    );
    expect(noCredentials).toBeInstanceOf(UsageError);
    expectWording(noCredentials.hint).toMatch(/^AWS_PROFILE names profile "relase"/);
    // With credentials in the environment too: the SDK reads the profile only, so setting them
    // again is no advice.
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret-access-key-example");
    const both = await failure(
      createKmsSigner({ keyId: key.keyId, region: kms.region, requestHandler: kms.requestHandler }),
    );
    expect(both).toBeInstanceOf(UsageError);
    expectWording(both.hint).toMatch(
      /^AWS_PROFILE names profile "relase", and while it is set the AWS SDK does not read AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY: unset AWS_PROFILE/,
    );
    expectWording(both.hint).not.toContain("configure AWS credentials");
    expect(both.describe()).not.toContain("secret-access-key-example");
    vi.stubEnv("AWS_ACCESS_KEY_ID", undefined);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", undefined);
    // Looked up as the SDK looks it up, spaces included.
    vi.stubEnv("AWS_PROFILE", "release ");
    const spaced = await failure(
      createKmsSigner({ keyId: "alias/x", credentials, requestHandler: kms.requestHandler }),
    );
    expectWording(spaced.hint).toMatch(/^AWS_PROFILE names profile "release " \(spaces included\)/);
    vi.stubEnv("AWS_PROFILE", undefined);
    const without = await failure(
      createKmsSigner({ keyId: "alias/x", credentials, requestHandler: kms.requestHandler }),
    );
    expect(without.hint).not.toContain("AWS_PROFILE");
  });

  it("takes AWS_DEFAULT_REGION as the AWS CLI does, after AWS_REGION", async () => {
    isolateAwsEnv();
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", region: "eu-west-1" });
    vi.stubEnv("AWS_DEFAULT_REGION", "eu-west-1");
    const signer = await createKmsSigner({ keyId: key.keyId, credentials, requestHandler: kms.requestHandler });
    expect(kms.calls.at(-1)?.region).toBe("eu-west-1");
    signer.close();
    vi.stubEnv("AWS_REGION", "us-east-1");
    await expect(
      createKmsSigner({ keyId: key.keyId, credentials, requestHandler: kms.requestHandler }),
    ).rejects.toThrow();
    expect(kms.calls.at(-1)?.region).toBe("us-east-1");
  });

  it("a region pasted with a space around it is the region; one that is no region name says where it came from", async () => {
    isolateAwsEnv();
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", region: "eu-west-1" });
    vi.stubEnv("AWS_REGION", "eu-west-1 ");
    const signer = await createKmsSigner({ keyId: key.keyId, credentials, requestHandler: kms.requestHandler });
    expect(kms.calls.at(-1)?.region).toBe("eu-west-1");
    signer.close();
    vi.stubEnv("AWS_REGION", " ");
    vi.stubEnv("AWS_DEFAULT_REGION", "\teu-west-1\n");
    (await createKmsSigner({ keyId: key.keyId, credentials, requestHandler: kms.requestHandler })).close();
    expect(kms.calls.at(-1)?.region).toBe("eu-west-1");

    const before = kms.calls.length;
    vi.stubEnv("AWS_REGION", "eu west 1");
    const fromEnv = await failure(
      createKmsSigner({ keyId: key.keyId, credentials, requestHandler: kms.requestHandler }),
    );
    expect(fromEnv).toBeInstanceOf(UsageError);
    expectWording(plain(fromEnv.describe())).toMatch(
      /^the AWS region "eu west 1" \(from AWS_REGION\) is not a region name/,
    );
    const given = await failure(
      createKmsSigner({ keyId: key.keyId, region: "eu_west_1", credentials, requestHandler: kms.requestHandler }),
    );
    // An empty region given (a flag set from an unset variable) is no region: the environment's counts.
    vi.stubEnv("AWS_REGION", "eu-west-1");
    (await createKmsSigner({ keyId: key.keyId, region: "", credentials, requestHandler: kms.requestHandler })).close();
    expect(kms.calls.at(-1)?.region).toBe("eu-west-1");
    const beforeGiven = kms.calls.length;
    expect(given).toBeInstanceOf(UsageError);
    expectWording(plain(given.describe())).toMatch(/^the AWS region "eu_west_1" \(from \W?aws-region\W*\) is not/);
    expect(kms.calls.length).toBe(beforeGiven);
    expect(beforeGiven).toBe(before + 1);
  });

  it("runSign: aws-kms-key needs signer-name and excludes signer-key, before any request", async () => {
    const before = kms.calls.length;
    const base = { image: "registry.test/app:v1", tags: [], notaryServer: "https://notary.test", awsKmsKey: "alias/x" };
    await expect(
      runSign({ ...base, signerKey: "PEM" }, { kms: { requestHandler: kms.requestHandler, credentials } }),
    ).rejects.toThrow(/signer-key\W+and\W+aws-kms-key\W+are both set/);
    await expect(runSign(base, { kms: { requestHandler: kms.requestHandler, credentials } })).rejects.toThrow(
      /^\W?signer-name\W+is required with \W?aws-kms-key\W+alias\/x$/,
    );
    expect(kms.calls.length).toBe(before);
  });
});
