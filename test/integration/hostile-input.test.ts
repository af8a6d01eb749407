// Bad input to sign: references, tags, names, digests, keys and sizes. Each gets one clear line
// before any network call: a proxy in front of the notary-server and one in front of the registry
// (whose host names the image) record no request at all.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TrustError, type ErrorCode } from "../../src/errors.js";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import { startProxy, type Proxy } from "../stack/proxy.js";
import { useStack } from "../stack/use-stack.js";
import { plain } from "../../src/wording.js";

const stack = useStack();
let notary: Proxy;
let registry: Proxy;
let host: string;
beforeAll(async () => {
  [notary, registry] = await Promise.all([
    startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem }),
    startProxy({ upstream: stack.registry.url }),
  ]);
  host = new URL(registry.url).host;
});
afterAll(async () => {
  await Promise.all([notary?.close(), registry?.close()]);
});

const pem = (key: import("node:crypto").KeyObject) => key.export({ type: "pkcs8", format: "pem" }).toString();
const ecKey = () => generateKeyPairSync("ec", { namedCurve: "P-256" });
const PASSPHRASE = "correct horse battery";

function config(extra: Partial<SignConfig>): SignConfig {
  return {
    image: `${host}/test/input:v1`,
    tags: [],
    signerKey: pem(ecKey().privateKey),
    notaryServer: notary.url,
    insecureRegistries: [host],
    ...extra,
  };
}

/** The error of a sign with this configuration: one line, a usage error, and no request sent. */
async function refusal(extra: Partial<SignConfig>, code: ErrorCode = "USAGE"): Promise<string> {
  const before = notary.records.length + registry.records.length;
  const err = await runSign(config(extra)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TrustError);
  expect((err as TrustError).code).toBe(code);
  expect(notary.records.length + registry.records.length, "requests sent before the input was refused").toBe(before);
  const message = plain((err as TrustError).describe());
  expect(message).not.toContain("\n");
  return message;
}

describe("image references, tags, names and digests", () => {
  it("refuses references Docker would refuse, saying why", async () => {
    const cases: [string, string][] = [
      ["", 'invalid image reference "": it is empty'],
      [
        `${host}/Test/App:v1`,
        `invalid image reference "${host}/Test/App:v1": repository name (Test/App) must be lowercase`,
      ],
      [
        `${host}/app:-v1`,
        `invalid image reference "${host}/app:-v1": a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`,
      ],
      [
        `${host}/app@sha256:abc`,
        `invalid image reference "${host}/app@sha256:abc": the digest must look like sha256:<64 hexadecimal characters>`,
      ],
      [
        `${host}/app@md5:${"a".repeat(32)}`,
        `invalid image reference "${host}/app@md5:${"a".repeat(32)}": digest algorithm md5 is not supported; Docker Content Trust signs sha256 digests`,
      ],
      [
        `https://${host}/app:v1`,
        `invalid image reference "https://${host}/app:v1": give the image name without a URL scheme (registry.example/app:tag)`,
      ],
      [
        "ab".repeat(32),
        `invalid image reference "${"ab".repeat(32)}": a 64-character hexadecimal string is an image ID, not a repository name`,
      ],
      [
        `${host}/${"a".repeat(300)}:v1`,
        `invalid image reference "${`${host}/${"a".repeat(300)}:v1`.slice(0, 300)}": repository name is longer than 255 characters`,
      ],
    ];
    for (const [image, message] of cases) expect(await refusal({ image })).toBe(message);
  });

  it("refuses extra tags that are not tags, including one that smuggles a digest", async () => {
    const explain = "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
    for (const tag of [
      `v1@sha256:${"a".repeat(64)}`,
      "a/b",
      "x".repeat(129),
      "",
      ".hidden",
      "v1\n::set-output name=x::y",
    ]) {
      expect(await refusal({ tags: [tag] })).toBe(`invalid tag ${JSON.stringify(tag)}: ${explain}`);
    }
    expect(await refusal({ tags: Array.from({ length: 300 }, (_, i) => `t${i}`) })).toBe(
      "300 tags given; at most 256 are signed in one run",
    );
  });

  it("refuses digests, signer names and roles that are not what they should be", async () => {
    expect(await refusal({ digest: "sha256:XYZ" })).toBe('digest "sha256:XYZ" is not sha256:<64 hex digits>');
    expect(await refusal({ digest: `sha512:${"a".repeat(128)}` })).toBe(
      `digest "sha512:${"a".repeat(73)}" is not sha256:<64 hex digits>`,
    );
    expect(await refusal({ signerName: "../../root" })).toBe(
      `signer name "../../root" is not a delegation name (lower-case letters, digits, '-' and '_'); give the NAME the key was added under (signer-add)`,
    );
    expect(await refusal({ signerName: "Alice" })).toMatch(/^signer name "Alice" is not a delegation name/);
    const [a, b] = [`sha256:${"a".repeat(64)}`, `sha256:${"b".repeat(64)}`];
    expect(await refusal({ image: `${host}/test/input:v1@${a}`, digest: b })).toBe(
      `image ${host}/test/input@${a} and digest ${b} disagree; give the digest once, in the image or on its own`,
    );
    expect(await refusal({ roles: ["targets/../root"] })).toBe(
      'role "targets/../root" is neither targets nor a delegation targets/<name>',
    );
    expect(await refusal({ roles: ["targets/a/b"] })).toBe(
      'role "targets/a/b" is neither targets nor a delegation targets/<name>',
    );
  });

  it("refuses a notary-server that is not an http(s) URL or that carries credentials, without echoing them", async () => {
    expect(await refusal({ notaryServer: "ftp://notary.example" })).toBe(
      "notary-server ftp://notary.example must be an https URL",
    );
    const withCredentials = await refusal({ notaryServer: "https://admin:s3cret-Pw@notary.example" });
    expect(withCredentials).toBe(
      "notary-server must not carry credentials in the URL; use registry-username and registry-password",
    );
    expect(withCredentials).not.toContain("s3cret-Pw");
  });
});

describe("keys", () => {
  it("refuses text that is not a private key, naming what it is", async () => {
    const pair = ecKey();
    const cases: [string, string][] = [
      ["hello", "key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)"],
      [
        pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
        "key file holds a public key, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)",
      ],
      ["-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "key file is malformed: "],
      ["-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----\n", "key file is malformed: "],
    ];
    for (const [signerKey, message] of cases) expect(await refusal({ signerKey })).toContain(message);
  });

  it("refuses a wrong or missing passphrase, never echoing either", async () => {
    const file = encodePrivateKeyFile(ecKey().privateKey, { role: "ci", passphrase: PASSPHRASE });
    const wrong = await refusal({ signerKey: file, signerKeyPassphrase: "not the passphrase" }, "WRONG_PASSPHRASE");
    expect(wrong).toBe(
      "wrong passphrase for key file (role ci); give the passphrase the key file was written with in signer-key-passphrase",
    );
    expect(await refusal({ signerKey: file })).toBe(
      "key file (role ci): the key is encrypted: give its passphrase in signer-key-passphrase",
    );
    for (const line of file.split("\n").filter((l) => l.length > 20)) expect(wrong).not.toContain(line);
  });

  it("refuses keys of types and sizes notary cannot use", async () => {
    const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey;
    const p224 = generateKeyPairSync("ec", { namedCurve: "secp224r1" }).privateKey;
    const x25519 = generateKeyPairSync("x25519").privateKey;
    expect(await refusal({ signerKey: pem(rsa1024) })).toBe(
      "key file: RSA key of 1024 bits is too small; notary requires at least 2048",
    );
    expect(await refusal({ signerKey: pem(p224) })).toMatch(
      /^key file(: unsupported curve secp224r1; notary uses P-256 ECDSA keys| is malformed: .+)$/,
    );
    expect(await refusal({ signerKey: pem(x25519) })).toMatch(
      /^key file(: unsupported key type x25519; .+| is malformed: .+)$/,
    );
  });

  it("refuses an oversized key input before parsing it", async () => {
    const huge = `-----BEGIN PRIVATE KEY-----\n${"A".repeat(2 * 1024 * 1024)}\n-----END PRIVATE KEY-----\n`;
    expect(await refusal({ signerKey: huge })).toBe(
      `signer key is ${huge.length} characters long, more than a key file's 1 MiB; give the content of one private key file`,
    );
  });
});
