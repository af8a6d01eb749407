// verify with accept cosign / any / all against the real notary-server and docker-registry. The
// registry is reached through the tampering proxy (test/stack/proxy.ts) so that one test can serve
// a tampered payload; everything else passes through unchanged.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendSignature, OCI_MANIFEST_MEDIA_TYPE, signatureLayer } from "../../src/cosign/manifest.js";
import { signatureTag, simpleSigningPayload } from "../../src/cosign/payload.js";
import { createTransport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { pushBlob, putManifest } from "../../src/registry/writes.js";
import { signCosignPayload } from "../../src/signers/cosign-signing.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import { runVerify, type VerifyConfig } from "../../src/workflows/run-verify.js";
import { verifyOutputs } from "../../src/report/verify.js";
import { verifyConnections, type VerifyResult } from "../../src/workflows/verify.js";
import { verifyAccepting } from "../../src/workflows/verify-cosign.js";
import { parseCosignPemKeys } from "../../src/workflows/cosign-keys.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { startProxy, type Proxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { serviceEnd } from "../../src/notary/retirements.js";
import { render } from "../../src/wording.js";
import { CLI_WORDS } from "../../src/cli/words.js";

const stack = useStack();
const server = stack.notary.local.url;
let proxy: Proxy;
let host: string;
let docker: DockerTrust;
let keyText: string;
let signerName: string;
let publicPem: string;
let pubPath: string;
const transport = createTransport({ timeoutMs: 10_000 });

beforeAll(async () => {
  proxy = await startProxy({ upstream: stack.registry.url, recordBodies: false });
  host = new URL(proxy.url).host;
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
  signerName = "rel";
  const key = await docker.keyGenerate(signerName);
  keyText = await readFile(key.privateKeyPath, "utf8");
  publicPem = createPublicKey(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE).keyObject)
    .export({ type: "spki", format: "pem" })
    .toString();
  pubPath = key.pubPath;
});
afterAll(async () => {
  transport.close();
  await proxy?.close();
  await docker?.dispose();
});

const otherPem = (): string =>
  generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();

/** A repository with v1 pushed, signed in Notary by our key, and (unless notaryOnly) as cosign. */
async function signedRepo(prefix: string, opts: { cosign?: boolean; notary?: boolean } = {}) {
  const repo = uniqueRepo(prefix);
  const image = `${host}/${repo}`;
  const pushed = await pushImage(proxy.url, repo, "v1");
  if (opts.notary !== false) {
    await docker.signerAdd(signerName, image, pubPath);
    const config: SignConfig = {
      image: `${image}:v1`,
      tags: [],
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [host],
      signerKey: keyText,
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
      ociSignature: opts.cosign === false ? "none" : "cosign",
    };
    await runSign(config);
  } else if (opts.cosign !== false) {
    await forge(repo, pushed.digest, `${image}`);
  }
  return { repo, image, digest: pushed.digest };
}

/** Writes a cosign signature by our key naming (docker-reference, digest) into repo's .sig tag for `atDigest`. */
async function forge(repo: string, atDigest: string, dockerReference: string, namedDigest = atDigest) {
  const registry = new RegistryClient({ transport, insecureHosts: [host] });
  const ref = parseReference(`${host}/${repo}`);
  const signer = new KeyFileSigner(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE));
  const payload = simpleSigningPayload(dockerReference, namedDigest);
  const built = appendSignature(
    undefined,
    undefined,
    signatureLayer(payload, await signCosignPayload(signer, payload)),
  );
  await pushBlob(registry, ref, payload);
  await pushBlob(registry, ref, built.config);
  await putManifest(registry, ref, signatureTag(atDigest), built.manifest, OCI_MANIFEST_MEDIA_TYPE);
}

function verify(
  images: string[],
  accept: string[],
  cosignKey = publicPem,
): Promise<Awaited<ReturnType<typeof runVerify>>> {
  const config: VerifyConfig = {
    images: images.join("\n"),
    cwd: process.cwd(),
    notaryServer: server,
    caPem: stack.caPem,
    insecureRegistries: [host],
    accept: parseAccept(accept, "accept"),
    cosignKey,
  };
  return runVerify(config);
}

describe("verify accept cosign", () => {
  it("passes an image signed with --oci-signature cosign, and says cosign passed", async () => {
    const { image, digest } = await signedRepo("vc-pass");
    const run = await verify([`${image}:v1`], ["cosign"]);
    expect(run.results[0]).toMatchObject({
      passed: true,
      reason: "OK",
      accepted: "cosign",
      digest,
      cosign: { passed: true, signatures: 1 },
    });
    expect(JSON.parse(verifyOutputs(run.results).result)[0]).toMatchObject({ accepted: "cosign", passed: true });
  });

  it("fails closed: a wrong key, a tampered payload, a payload naming another digest or another repository", async () => {
    const { image, repo, digest } = await signedRepo("vc-fail");
    const wrong = await verify([`${image}:v1`], ["cosign"], otherPem());
    expect(wrong.results[0]).toMatchObject({ passed: false, reason: "COSIGN_WRONG_KEY" });

    const payloadBlob = proxy.on(
      { method: "GET", path: new RegExp(`/v2/${repo}/blobs/`) },
      {
        rewrite: (body) =>
          body.toString().includes("cosign container image signature")
            ? Buffer.from(body.toString().replace(digest.slice(7, 15), "00000000"))
            : body,
      },
    );
    try {
      const tampered = await verify([`${image}:v1`], ["cosign"]);
      expect(tampered.results[0]).toMatchObject({ passed: false, reason: "COSIGN_PAYLOAD_TAMPERED" });
      expect(payloadBlob.hits).toBeGreaterThan(0);
    } finally {
      payloadBlob.remove();
    }

    // A second image in the same repository, carrying a copy of v1's signature (names v1's digest).
    const v2 = await pushImage(proxy.url, repo, "v2");
    await forge(repo, v2.digest, image, digest);
    const copied = await verify([`${image}:v2`], ["cosign"]);
    expect(copied.results[0]).toMatchObject({ passed: false, reason: "COSIGN_OTHER_DIGEST" });
    expect(copied.results[0]!.message).toContain(digest);

    const v3 = await pushImage(proxy.url, repo, "v3");
    await forge(repo, v3.digest, `${host}/test/some-other-repository`);
    const otherRepo = await verify([`${image}:v3`], ["cosign"]);
    expect(otherRepo.results[0]).toMatchObject({ passed: false, reason: "COSIGN_OTHER_REPOSITORY" });

    // Something else under cosign's tag (an index): reported as such, and never overwritten.
    const v5 = await pushImage(proxy.url, repo, "v5");
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [] }),
    );
    const put = await fetch(`${proxy.url}/v2/${repo}/manifests/${signatureTag(v5.digest)}`, {
      method: "PUT",
      headers: { "content-type": "application/vnd.oci.image.index.v1+json" },
      body: index,
    });
    expect(put.status).toBe(201);
    const foreign = await verify([`${image}:v5`], ["cosign"]);
    expect(foreign.results[0]).toMatchObject({ passed: false, reason: "COSIGN_MANIFEST_INVALID" });
    const registry = new RegistryClient({ transport, insecureHosts: [host] });
    const signer = new KeyFileSigner(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE));
    await expect(
      attachCosignSignature(
        { registry, signer, runtime: createRuntime() },
        { image: parseReference(image), digest: v5.digest },
      ),
    ).rejects.toMatchObject({ code: "COSIGN_MANIFEST_INVALID" });
    const kept = await fetch(`${proxy.url}/v2/${repo}/manifests/${signatureTag(v5.digest)}`, {
      headers: { accept: "application/vnd.oci.image.index.v1+json" },
    });
    expect(Buffer.from(await kept.arrayBuffer())).toEqual(index);

    const none = await pushImage(proxy.url, repo, "v4");
    const unsigned = await verify([`${image}:v4`], ["cosign"]);
    expect(unsigned.results[0]).toMatchObject({ passed: false, reason: "COSIGN_NO_SIGNATURES", digest: none.digest });
    // The way forward it names runs as written: migrate takes the repository, not the image.
    expect(render(unsigned.results[0]!.message, CLI_WORDS)).toContain(`backfill with content-trust migrate ${image}`);
    expect(render(unsigned.results[0]!.message, CLI_WORDS)).not.toMatch(/content-trust migrate \S*[:@]v4/);
  });

  it("any: a repository that moved to cosign (no Notary trust data) passes, one signed only in Notary too; all needs both", async () => {
    const moved = await signedRepo("vc-moved", { notary: false });
    const notaryOnly = await signedRepo("vc-notary", { cosign: false });
    const both = await signedRepo("vc-both");
    const images = [`${moved.image}:v1`, `${notaryOnly.image}:v1`, `${both.image}:v1`];

    const any = await verify(images, ["any"]);
    expect(any.results.map((r) => [r.passed, r.accepted])).toEqual([
      [true, "cosign"],
      [true, "notary"],
      [true, "notary"],
    ]);
    const notaryOnlyRun = await verify(images, ["notary"]);
    expect(notaryOnlyRun.results.map((r) => r.reason)).toEqual(["NO_TRUST_DATA", "OK", "OK"]);
    const all = await verify(images, ["all"]);
    expect(all.results.map((r) => [r.passed, r.reason, r.accepted])).toEqual([
      [false, "NO_TRUST_DATA", undefined],
      [false, "COSIGN_NO_SIGNATURES", undefined],
      [true, "OK", "notary+cosign"],
    ]);
    // After its Notary service ended, an image with no cosign signature fails for that, the one
    // thing left to act on: the service has nothing more to give (here no root was kept of it).
    const ended = serviceEnd("https://notary.docker.io")!;
    const afterTheEnd = await runVerify(
      {
        images: `${notaryOnly.image}:v1`,
        cwd: process.cwd(),
        notaryServers: new Map([[host, "https://notary.docker.io"]]),
        insecureRegistries: [host],
        accept: parseAccept(["any"], "accept"),
        cosignKey: publicPem,
      },
      { runtime: createRuntime({ now: () => ended.endsAt + 86_400_000 }) },
    );
    expect(afterTheEnd.results[0]).toMatchObject({ passed: false, reason: "COSIGN_NO_SIGNATURES" });
    // Per repository pattern: the moved repository by cosign, the rest by Notary.
    const perRepo = await verify(images, [`${host}/test/vc-moved-*=cosign`, "notary"]);
    expect(perRepo.results.map((r) => [r.passed, r.accepted])).toEqual([
      [true, "cosign"],
      [true, "notary"],
      [true, "notary"],
    ]);
  });

  describe("any, with a Notary server slow to give its verdict", () => {
    let notary: Proxy;
    beforeAll(async () => {
      notary = await startProxy({ upstream: server, upstreamCa: stack.caPem, recordBodies: false });
    });
    afterAll(() => notary?.close());

    // A KMS key that cannot be read, as in a pull request from a fork (no AWS credentials).
    const ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const noCredentials = {
      credentials: async () => {
        throw new Error("no AWS credentials in this job");
      },
      maxAttempts: 1,
    };

    // The cosign check starts as soon as a load has (a runtime whose waits end at once), not 5 s later.
    const verifyThroughNotaryProxy = (
      images: string[],
      options: {
        accept?: string[];
        warnings?: string[];
        progress?: VerifyResult[];
        cosignKey?: string;
      } = {},
      kms?: typeof noCredentials,
    ) =>
      runVerify(
        {
          images: images.join("\n"),
          cwd: process.cwd(),
          notaryServer: notary.url,
          insecureRegistries: [host],
          accept: parseAccept(options.accept ?? ["any"], "accept"),
          cosignKey: options.cosignKey ?? publicPem,
          timeoutMs: 120_000,
        },
        {
          runtime: createRuntime({ sleep: async () => {}, warn: (m) => options.warnings?.push(m) }),
          ...(kms ? { kms } : {}),
          ...(options.progress ? { onResult: (r) => options.progress!.push(r) } : {}),
        },
      );
    it("an image whose cosign signature verifies passes without waiting for a Notary server that does not answer", async () => {
      const both = await signedRepo("vc-hung");
      notary.clearRules();
      notary.clearRecords();
      notary.on({ path: /\/_trust\/tuf\// }, { hang: true });
      const warnings: string[] = [];
      const run = await verifyThroughNotaryProxy([`${both.image}:v1`], { warnings });
      expect(run.results[0]).toMatchObject({ passed: true, reason: "OK", accepted: "cosign", digest: both.digest });
      expect(notary.find("GET", /\/_trust\/tuf\//).length).toBeGreaterThan(0);
      expect(warnings.filter((w) => w.includes("gave no Notary verdict")).map((w) => render(w, CLI_WORDS))).toEqual([
        `${notary.url} gave no Notary verdict for ${both.image} within 5 s of asking: with --accept any, images whose cosign signatures verified passed without waiting for it`,
      ]);
    }, 30_000);

    it("several repositories: each is asked, and each passes on its cosign signatures", async () => {
      const one = await signedRepo("vc-queue1");
      const two = await signedRepo("vc-queue2");
      notary.clearRules();
      notary.clearRecords();
      notary.on({ path: /\/_trust\/tuf\// }, { hang: true });
      const run = await runVerify(
        {
          images: `${one.image}:v1\n${two.image}:v1`,
          cwd: process.cwd(),
          notaryServer: notary.url,
          insecureRegistries: [host],
          accept: parseAccept(["any"], "accept"),
          cosignKey: publicPem,
          timeoutMs: 120_000,
        },
        { runtime: createRuntime({ sleep: async () => {} }) },
      );
      expect(run.results.map((r) => [r.passed, r.accepted])).toEqual([
        [true, "cosign"],
        [true, "cosign"],
      ]);
      // Both were asked before their cosign signatures were taken instead.
      for (const image of [one.image, two.image])
        expect(
          notary.find("GET", new RegExp(`${image.split("/").slice(1).join("/")}/_trust/tuf/timestamp`)),
        ).not.toEqual([]);
    }, 30_000);

    it("holds as many repositories at once as its concurrency, Notary loads and cosign reads together", async () => {
      const byNotary = [await signedRepo("vc-bound-n1"), await signedRepo("vc-bound-n2")];
      const byCosign = [await signedRepo("vc-bound-c1"), await signedRepo("vc-bound-c2")];
      notary.clearRules();
      const connections = verifyConnections({ notaryServer: server, caPem: stack.caPem, insecureRegistries: [host] });
      let open = 0;
      let most = 0;
      try {
        const results = await verifyAccepting(
          [...byNotary, ...byCosign].map((r) => ({ reference: `${r.image}:v1` })),
          {
            accept: [...byNotary.map((r) => ({ repository: r.image, mode: "notary" as const })), { mode: "cosign" }],
            cosignKeys: parseCosignPemKeys(publicPem, "cosign-key"),
          },
          {
            connect: (ref) => {
              const conn = connections.connect(ref);
              most = Math.max(most, ++open);
              return { ...conn, close: () => (open--, conn.close()) };
            },
            concurrency: 1,
            runtime: createRuntime(),
          },
        );
        expect(results.map((r) => [r.passed, r.accepted])).toEqual([
          [true, "notary"],
          [true, "notary"],
          [true, "cosign"],
          [true, "cosign"],
        ]);
      } finally {
        connections.close();
      }
      expect(most).toBe(1);
      expect(open).toBe(0);
    }, 30_000);

    it("an image with no cosign signature still gets Notary's verdict, however late", async () => {
      const notaryOnly = await signedRepo("vc-late", { cosign: false });
      notary.clearRules();
      // Notary answers only once the registry has answered for the cosign signatures.
      let release = () => {};
      const cosignRead = new Promise<void>((resolve) => (release = resolve));
      notary.on({ path: /\/_trust\/tuf\// }, { waitFor: cosignRead });
      const sigRule = proxy.on(
        { path: /\/manifests\/sha256-[0-9a-f]{64}\.sig$/ },
        {
          rewrite: (body) => {
            release();
            return body;
          },
        },
      );
      try {
        const run = await verifyThroughNotaryProxy([`${notaryOnly.image}:v1`]);
        expect(sigRule.hits).toBeGreaterThan(0);
        expect(run.results[0]).toMatchObject({
          passed: true,
          reason: "OK",
          accepted: "notary",
          digest: notaryOnly.digest,
        });
      } finally {
        sigRule.remove();
        release();
      }
    }, 30_000);

    it("a KMS key that cannot be read while Notary is slow fails nothing that Notary passes", async () => {
      const both = await signedRepo("vc-nokms");
      notary.clearRules();
      const progress: VerifyResult[] = [];
      const run = await verifyThroughNotaryProxy([`${both.image}:v1`], { cosignKey: ARN, progress }, noCredentials);
      expect(run.results.map((r) => [r.passed, r.accepted])).toEqual([[true, "notary"]]);
      expect(progress.map((r) => [r.passed, r.accepted])).toEqual([[true, "notary"]]);
      expect(run.cosignKeys).toBeUndefined();
      // An image that Notary does not pass still needs the key, and its read fails the run.
      await expect(
        verifyThroughNotaryProxy([`${both.image}:unsigned`], { cosignKey: ARN }, noCredentials),
      ).rejects.toMatchObject({ code: expect.any(String) });
    }, 30_000);
  });
});
