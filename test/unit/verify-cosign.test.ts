// A cosign signature that cannot be read is reported in the registry's terms: cosign codes pass
// through, registry failures get registry reasons and hints (not notary-server's, not "tampered").
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { HttpResponse, Transport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import type { NotaryClient } from "../../src/notary/client.js";
import { fingerprintOf } from "../../src/workflows/cosign-keys.js";
import { verifyAccepting } from "../../src/workflows/verify-cosign.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;
const IMAGE = `registry.test/team/app@${DIGEST}`;
const answer = (status: number, body = "", headers: Record<string, string> = {}): HttpResponse => ({ status, headers, body: new TextEncoder().encode(body), url: "" });

async function cosignVerdict(transport: Transport) {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const registry = new RegistryClient({ transport });
  const [result] = await verifyAccepting(
    [{ reference: IMAGE }],
    { accept: [{ mode: "cosign" }], cosignKeys: [{ key: publicKey, fingerprint: fingerprintOf(publicKey), source: "cosign-key" }] },
    { connect: () => ({ notary: {} as NotaryClient, registry, notaryServer: "https://notary.test", close: () => {} }) },
  );
  return result!;
}

describe("cosign read failures", () => {
  it("a .sig tag that is not a signature manifest is COSIGN_MANIFEST_INVALID", async () => {
    const r = await cosignVerdict(async (req) => (req.url.endsWith("/v2/") ? answer(200) : answer(200, "not json", { "content-type": "application/vnd.oci.image.manifest.v1+json" })));
    expect(r).toMatchObject({ passed: false, reason: "COSIGN_MANIFEST_INVALID" });
  });

  it("an oversized registry answer is an error, not tampering", async () => {
    const r = await cosignVerdict(async (req) => {
      if (req.url.endsWith("/v2/")) return answer(200);
      throw new ServerError("RESPONSE_TOO_LARGE", `response from ${req.url} is larger than ${req.maxBytes} bytes`);
    });
    expect(r).toMatchObject({ passed: false, reason: "ERROR" });
  });

  it("an unreachable registry is UNREACHABLE with a hint about the registry, not notary-server", async () => {
    const r = await cosignVerdict(async () => {
      throw new ServerError("UNREACHABLE", "could not connect to registry.test:443");
    });
    expect(r).toMatchObject({ passed: false, reason: "UNREACHABLE" });
    expect(r.message).toContain("registry registry.test");
    expect(r.message).not.toContain("notary-server");
  });
});
