import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createTransport, type Transport } from "../../src/net/http.js";
import { MEDIA_TYPES, RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { expectWording } from "../helpers/wording.js";

const manifest = Buffer.from(
  JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: {}, layers: [] }),
);
const digestOf = (b: Uint8Array) => `sha256:${createHash("sha256").update(b).digest("hex")}`;

/** Loopback registry serving `manifest` for tag v1 and by digest, with knobs to misbehave. */
let server: http.Server;
let host: string;
let transport: Transport & { close(): void };
let knobs: {
  body: Buffer;
  headerDigest?: string;
  contentType?: string;
  accept?: string | undefined;
  requireAuth: boolean;
};

beforeEach(async () => {
  knobs = { body: manifest, requireAuth: false };
  server = http.createServer((req, res) => {
    knobs.accept = req.headers.accept;
    if (knobs.requireAuth && req.headers.authorization !== `Basic ${Buffer.from("u:p").toString("base64")}`) {
      return res.writeHead(401, { "www-authenticate": 'Basic realm="r"' }).end();
    }
    const m = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(req.url ?? "");
    if (!m || m[1] !== "team/app")
      return res
        .writeHead(404)
        .end('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}');
    if (m[2] !== "v1" && m[2] !== digestOf(manifest))
      return res.writeHead(404).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    res.writeHead(200, {
      "content-type": knobs.contentType ?? MEDIA_TYPES.ociManifest,
      "docker-content-digest": knobs.headerDigest ?? digestOf(knobs.body),
    });
    res.end(knobs.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  transport = createTransport();
});

afterEach(async () => {
  transport.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (extra: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}) =>
  new RegistryClient({ transport, insecureHosts: [host], ...extra });

describe("RegistryClient.resolve", () => {
  it("resolves a tag to the digest, size, media type and bytes, asking for all four manifest types", async () => {
    const r = await client().resolve(parseReference(`${host}/team/app:v1`));
    expect(r).toEqual({
      digest: digestOf(manifest),
      size: manifest.length,
      mediaType: MEDIA_TYPES.ociManifest,
      bytes: new Uint8Array(manifest),
    });
    expect(knobs.accept?.split(", ").sort()).toEqual(Object.values(MEDIA_TYPES).sort());
  });

  it("resolves by digest when the reference has one", async () => {
    const r = await client().resolve(parseReference(`${host}/team/app:ignored@${digestOf(manifest)}`));
    expect(r.digest).toBe(digestOf(manifest));
  });

  it("takes the media type from the manifest when Content-Type is generic", async () => {
    knobs.contentType = "application/json; charset=utf-8";
    expect((await client().resolve(parseReference(`${host}/team/app:v1`))).mediaType).toBe(MEDIA_TYPES.ociManifest);
  });

  it("refuses bytes that do not hash to the requested digest", async () => {
    knobs.body = Buffer.from(manifest.toString().replace("2", "3"));
    knobs.headerDigest = digestOf(manifest); // a lying header must not help
    const err = (await client()
      .resolve(parseReference(`${host}/team/app@${digestOf(manifest)}`))
      .catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("DIGEST_MISMATCH");
    expectWording(err.message).toContain(digestOf(manifest));
    expectWording(err.message).toContain(digestOf(knobs.body));
  });

  it("refuses a tag whose bytes do not match Docker-Content-Digest", async () => {
    knobs.headerDigest = `sha256:${"0".repeat(64)}`;
    const err = (await client()
      .resolve(parseReference(`${host}/team/app:v1`))
      .catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("DIGEST_MISMATCH");
    expectWording(err.message).toBe(
      `manifest of ${host}/team/app:v1 does not match: Docker-Content-Digest sha256:${"0".repeat(64)}, but the bytes served hash to ${digestOf(manifest)}`,
    );
  });

  it("reports an unknown tag or repository as MANIFEST_UNKNOWN", async () => {
    const tag = (await client()
      .resolve(parseReference(`${host}/team/app:v2`))
      .catch((e: unknown) => e)) as ServerError;
    expect(tag.code).toBe("MANIFEST_UNKNOWN");
    expectWording(tag.message).toBe(`${host}/team/app:v2 not found in the registry`);
    const repo = (await client()
      .resolve(parseReference(`${host}/other:v1`))
      .catch((e: unknown) => e)) as ServerError;
    expectWording(repo.message).toBe(`${host}/other:v1 not found in the registry (no repository other)`);
  });

  it("bounds the manifest at 4 MiB", async () => {
    knobs.body = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const err = (await client()
      .resolve(parseReference(`${host}/team/app:v1`))
      .catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("RESPONSE_TOO_LARGE");
  });

  it("uses https unless the host is listed as insecure or a baseUrl is given", async () => {
    const ref = parseReference(`${host}/team/app:v1`);
    expect(new RegistryClient({ transport }).baseUrlFor(ref)).toBe(`https://${host}`);
    expect(new RegistryClient({ transport }).baseUrlFor(parseReference("alpine"))).toBe("https://registry-1.docker.io");
    const r = await new RegistryClient({ transport }).resolve(ref, { baseUrl: `http://${host}` });
    expect(r.digest).toBe(digestOf(manifest));
  });

  it("asks for credentials by registry name and authenticates", async () => {
    knobs.requireAuth = true;
    const asked: string[] = [];
    const c = client({
      credentials: async (registry) => {
        asked.push(registry);
        return { credentials: { username: "u", password: "p" }, source: "inputs" };
      },
    });
    await c.resolve(parseReference(`${host}/team/app:v1`));
    await c.resolve(parseReference(`${host}/team/app@${digestOf(manifest)}`));
    expect(asked).toEqual([host]);
    const anonymous = (await client()
      .resolve(parseReference(`${host}/team/app:v1`))
      .catch((e: unknown) => e)) as ServerError;
    expect(anonymous.code).toBe("UNAUTHORIZED");
  });
});

describe("plain-HTTP registries", () => {
  it("reaches a loopback registry over plain HTTP with no insecure entry: https first, then http (127.0.0.1 and localhost)", async () => {
    const port = host.split(":")[1];
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const seen: string[] = [];
      const recording: Transport = (req) => (seen.push(`${req.method} ${new URL(req.url).protocol}`), transport(req));
      const r = await new RegistryClient({ transport: recording }).resolve(parseReference(`${name}/team/app:v1`));
      expect(r.digest).toBe(digestOf(manifest));
      expect(seen).toEqual(["GET https:", "GET http:"]);
    }
  });

  it("fails a non-loopback plain-HTTP registry once, at once, with a code the front ends word", async () => {
    // plain.registry.test reaches the loopback server only through this transport, as a name
    // resolved by a proxy would: to the client it is not loopback.
    const mapped = (req: Parameters<Transport>[0]) =>
      transport({ ...req, url: req.url.replace("plain.registry.test", "127.0.0.1") });
    let requests = 0;
    server.on("request", () => requests++);
    const { withRetries } = await import("../../src/net/retry.js");
    const started = performance.now();
    const err = await new RegistryClient({ transport: withRetries(mapped, { sleep: async () => undefined }) })
      .resolve(parseReference(`plain.registry.test:${host.split(":")[1]}/team/app:v1`))
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("REGISTRY_PLAIN_HTTP");
    expect((err as ServerError).url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v2\//);
    // One TLS attempt and the one plain-HTTP HEAD that identified the server; no manifest request, no retry.
    expect(requests).toBe(1);
  });

  it("does not fall back to plain HTTP for a name under localhost, which upstream DNS may resolve anywhere", async () => {
    // registry.localhost reaches the loopback server only through this transport, as a name that
    // DNS answered with some address would.
    const mapped = (req: Parameters<Transport>[0]) =>
      transport({ ...req, url: req.url.replace("registry.localhost", "127.0.0.1") });
    const seen: string[] = [];
    const recording: Transport = (req) => (seen.push(`${req.method} ${new URL(req.url).protocol}`), mapped(req));
    const err = await new RegistryClient({ transport: recording })
      .resolve(parseReference(`registry.localhost:${host.split(":")[1]}/team/app:v1`))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("REGISTRY_PLAIN_HTTP");
    expect(seen).toEqual(["GET https:"]);
  });

  it("takes insecure entries as HOST:PORT or http://HOST:PORT, and refuses other schemes and paths by code", async () => {
    const { parseInsecureRegistries } = await import("../../src/registry/insecure.js");
    expect(parseInsecureRegistries(["Reg.Example:5000", "http://10.0.0.5:5000/", "[::1]:5000"])).toEqual([
      "reg.example:5000",
      "10.0.0.5:5000",
      "[::1]:5000",
    ]);
    for (const bad of ["https://reg.example:5000", "ftp://reg.example", "reg.example/path", ""]) {
      let code: string | undefined;
      try {
        parseInsecureRegistries([bad]);
      } catch (err) {
        code = (err as { code?: string }).code;
      }
      expect(code, bad).toBe("INSECURE_REGISTRY");
    }
    const viaScheme = await new RegistryClient({ transport, insecureHosts: [`http://${host}`] }).resolve(
      parseReference(`${host}/team/app:v1`),
    );
    expect(viaScheme.digest).toBe(digestOf(manifest));
  });
});

describe("an IPv6 loopback registry", () => {
  it("is reached over plain HTTP at [::1]:PORT with no insecure entry", async () => {
    const v6 = http.createServer((req, res) => {
      if (req.url === "/v2/team/app/manifests/v1")
        return res.writeHead(200, { "content-type": MEDIA_TYPES.ociManifest }).end(manifest);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => v6.listen(0, "::1", resolve));
    try {
      const r = await new RegistryClient({ transport }).resolve(
        parseReference(`[::1]:${(v6.address() as AddressInfo).port}/team/app:v1`),
      );
      expect(r.digest).toBe(digestOf(manifest));
    } finally {
      v6.closeAllConnections();
      await new Promise((resolve) => v6.close(resolve));
    }
  });
});
