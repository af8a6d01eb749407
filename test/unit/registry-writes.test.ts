import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse, Transport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { pushBlob, putManifest } from "../../src/registry/writes.js";
import { withRetries } from "../../src/net/retry.js";
import { expectWording } from "../helpers/wording.js";

const ref = parseReference("registry.test/team/app");
const digestOf = (b: Uint8Array) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
const answer = (status: number, headers: Record<string, string> = {}, body = ""): HttpResponse => ({
  status,
  headers,
  body: new TextEncoder().encode(body),
  url: "",
});

/** An in-process registry answering from a script; records every request. */
function scripted(script: (req: HttpRequest, n: number) => HttpResponse): {
  transport: Transport;
  calls: HttpRequest[];
} {
  const calls: HttpRequest[] = [];
  return {
    calls,
    transport: async (req) => {
      calls.push(req);
      if (req.url.endsWith("/v2/")) return answer(200);
      return script(req, calls.length);
    },
  };
}

const noSleep = { sleep: async () => {}, random: () => 0.5 };

describe("registry writes", () => {
  it("uploads a blob monolithically: POST, then PUT to the Location with the digest", async () => {
    const blob = new TextEncoder().encode("payload");
    const { transport, calls } = scripted((req) => {
      if (req.method === "HEAD") return answer(404);
      if (req.method === "POST") return answer(202, { location: "/v2/team/app/blobs/uploads/abc?_state=x" });
      return answer(201);
    });
    const client = new RegistryClient({ transport });
    expect(await pushBlob(client, ref, blob, noSleep)).toBe(digestOf(blob));
    const put = calls.find((c) => c.method === "PUT")!;
    const url = new URL(put.url);
    expect(url.pathname).toBe("/v2/team/app/blobs/uploads/abc");
    expect(url.searchParams.get("_state")).toBe("x");
    expect(url.searchParams.get("digest")).toBe(digestOf(blob));
    expect(Buffer.from(put.body!).toString()).toBe("payload");
  });

  it("skips a blob the repository has, and retries a 503 upload a bounded number of times", async () => {
    const blob = new TextEncoder().encode("x");
    const present = scripted(() => answer(200));
    expect(await pushBlob(new RegistryClient({ transport: present.transport }), ref, blob, noSleep)).toBe(
      digestOf(blob),
    );
    expect(present.calls.filter((c) => c.method !== "GET").map((c) => c.method)).toEqual(["HEAD"]);

    let puts = 0;
    const flaky = scripted((req) =>
      req.method === "HEAD"
        ? answer(404)
        : req.method === "POST"
          ? answer(202, { location: "/up/1" })
          : ++puts < 3
            ? answer(503)
            : answer(201),
    );
    await pushBlob(new RegistryClient({ transport: flaky.transport }), ref, blob, noSleep);
    expect(puts).toBe(3);
  });

  it("does not retry again a read the transport already retried to the end, and says how often once", async () => {
    const blob = new TextEncoder().encode("x");
    const heads: HttpRequest[] = [];
    const dead = scripted(() => answer(500));
    // The transport below the writes retries reads (here: 4 times) as the connected clients' does.
    const transport = withRetries(
      async (req) => {
        if (req.method === "HEAD") {
          heads.push(req);
          throw new ServerError("UNREACHABLE", `cannot reach registry.test (HEAD ${req.url})`);
        }
        return dead.transport(req);
      },
      { sleep: async () => {}, random: () => 0.5 },
    );
    const err = (await pushBlob(new RegistryClient({ transport }), ref, blob, noSleep).catch(
      (e: unknown) => e,
    )) as ServerError;
    expect(heads).toHaveLength(4);
    expectWording(err.message.match(/tried \d+ times/g)).toEqual(["tried 4 times"]);
  });

  it("a manifest PUT that keeps failing gives up after 4 attempts and says so; a 400 is not retried", async () => {
    const bytes = new TextEncoder().encode("{}");
    const down = scripted(() => answer(500));
    const err = await putManifest(
      new RegistryClient({ transport: down.transport }),
      ref,
      "sha256-x.sig",
      bytes,
      "application/vnd.oci.image.manifest.v1+json",
      noSleep,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ code: "REGISTRY_ERROR", status: 500 });
    expectWording((err as Error).message).toMatch(
      /^registry registry\.test answered 500 to PUT https:\/\/registry\.test\/v2\/team\/app\/manifests\/sha256-x\.sig \(tried 4 times\)$/,
    );
    expect(down.calls.filter((c) => c.method === "PUT")).toHaveLength(4);

    const invalid = scripted(() => answer(400, {}, '{"errors":[{"code":"MANIFEST_INVALID"}]}'));
    const bad = await putManifest(
      new RegistryClient({ transport: invalid.transport }),
      ref,
      "t",
      bytes,
      "application/json",
      noSleep,
    ).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: "REGISTRY_ERROR", status: 400 });
    expectWording((bad as Error).message).toContain("400 MANIFEST_INVALID");
    expect(invalid.calls.filter((c) => c.method === "PUT")).toHaveLength(1);
  });

  it("refuses a registry that says it stored other bytes than we sent", async () => {
    const bytes = new TextEncoder().encode("{}");
    const liar = scripted(() => answer(201, { "docker-content-digest": `sha256:${"0".repeat(64)}` }));
    await expect(
      putManifest(new RegistryClient({ transport: liar.transport }), ref, "t", bytes, "application/json", noSleep),
    ).rejects.toMatchObject({ code: "DIGEST_MISMATCH" });
  });

  it("a registry's refusal reads the same for a read and a write; only a refused write says writes are refused", async () => {
    const body = JSON.stringify({ errors: [{ code: "UNSUPPORTED", message: "no" }] });
    const refusing = scripted(() => answer(405, {}, body));
    const client = new RegistryClient({ transport: refusing.transport });
    const read = (await client
      .resolve(parseReference("registry.test/team/app:v1"))
      .catch((e: unknown) => e)) as ServerError;
    const write = (await putManifest(client, ref, "v1", new TextEncoder().encode("{}"), "application/json", {
      ...noSleep,
      attempts: 1,
    }).catch((e: unknown) => e)) as ServerError;
    expect([read.code, read.status, write.code, write.status]).toEqual(["REGISTRY_ERROR", 405, "REGISTRY_ERROR", 405]);
    expectWording(read.message).toMatch(
      /^registry registry\.test answered 405 UNSUPPORTED to GET https:\/\/registry\.test\/v2\/team\/app\/manifests\/v1$/,
    );
    expectWording(write.message).toMatch(
      /^registry registry\.test answered 405 UNSUPPORTED to PUT https:\/\/registry\.test\/v2\/team\/app\/manifests\/v1$/,
    );
    expect(read.hint).toBeUndefined();
    expect(write.hint).toBeDefined();
    expectWording(write.hint).toMatch(/refuses writes/);
  });
});
