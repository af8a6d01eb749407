// Read-back after publish through a cache that answers once with the pre-publish timestamp: the
// publish was committed, so the run must read again (bounded) and succeed; metadata reads of
// current files ask caches to revalidate (Cache-Control: no-cache).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useStack } from "../stack/use-stack.js";
import { scene, signThroughProxy, type Scene } from "../helpers/hostile.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { createTransport } from "../../src/net/http.js";
import { NotaryClient } from "../../src/notary/client.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { createKeyring } from "../../src/workflows/admin/keyring.js";
import { revokeTag } from "../../src/workflows/admin/revoke.js";

const stack = useStack();

describe("read-back after publish", () => {
  let s: Scene;
  beforeAll(async () => {
    s = await scene(stack, "read-back");
  });
  afterAll(() => s?.close());

  it("reads again while a cache serves the pre-publish timestamp, then succeeds", async () => {
    // Arm the replay when the upload goes through: the next GET timestamp.json gets the old answer.
    let stale = 0;
    s.proxy.on(
      { method: "POST", path: /\/_trust\/tuf\/$/ },
      {
        rewriteRequest: (body) => {
          const old = s.proxy.last("GET", /\/_trust\/tuf\/timestamp\.json$/);
          if (old)
            s.proxy.on(
              { method: "GET", path: /\/_trust\/tuf\/timestamp\.json$/, times: 1 },
              { serve: old, rewrite: (b) => ((stale += 1), b) },
            );
          return body;
        },
      },
    );
    const lines: string[] = [];
    const result = await signThroughProxy(s, {}, { runtime: createRuntime({ log: (m) => lines.push(m) }) });
    expect(result.published).toBe(true);
    expect(result.tags.map((t) => t.tag)).toEqual(["v1"]);
    expect(stale, "the stale timestamp was never served").toBe(1);
    expect(lines.some((l) => /still serves timestamp v\d+, older than our publish/.test(l))).toBe(true);

    const reads = s.proxy.find("GET", /\/_trust\/tuf\/(timestamp|root|targets)\.json$/);
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r.requestHeaders["cache-control"], r.path).toBe("no-cache");
  });

  it("an admin change (revoke) also reads again while the cache serves the pre-publish timestamp", async () => {
    s.proxy.clearRules();
    await signThroughProxy(s, { tags: ["v2"] });
    let stale = 0;
    s.proxy.on(
      { method: "POST", path: /\/_trust\/tuf\/$/ },
      {
        rewriteRequest: (body) => {
          const old = s.proxy.last("GET", /\/_trust\/tuf\/timestamp\.json$/);
          if (old)
            s.proxy.on(
              { method: "GET", path: /\/_trust\/tuf\/timestamp\.json$/, times: 1 },
              { serve: old, rewrite: (b) => ((stale += 1), b) },
            );
          return body;
        },
      },
    );
    const transport = createTransport({ timeoutMs: 10_000 });
    const lines: string[] = [];
    try {
      const notary = new NotaryClient({ baseUrl: s.proxy.url, gun: s.repo.gun, send: (req) => transport(req) });
      const signer = new KeyFileSigner(loadPrivateKey(s.repo.ciKeyPem, undefined));
      const result = await revokeTag(
        {
          notary,
          keyring: createKeyring({ signers: [signer] }),
          runtime: createRuntime({ log: (m) => lines.push(m), sleep: async () => undefined }),
        },
        { tag: "v2" },
      );
      expect(result.published).toBe(true);
      expect(stale, "the stale timestamp was never served").toBe(1);
      expect(lines.some((l) => /still serves timestamp v\d+, older than our publish/.test(l))).toBe(true);
    } finally {
      transport.close();
    }
  });
});
