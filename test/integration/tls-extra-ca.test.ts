// A CA bundle given as an input is trusted on top of what Node trusts by default (which, in these
// workers, includes the stack's CA through NODE_EXTRA_CA_CERTS), never instead of it.
import https from "node:https";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createTransport } from "../../src/net/http.js";
import { createPki, type Pki } from "../stack/pki.js";
import { useStack } from "../stack/use-stack.js";

const stack = useStack();

async function serve(certFile: string, keyFile: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = https.createServer({ cert: await readFile(certFile), key: await readFile(keyFile) }, (_req, res) =>
    res.end("ok"),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("a transport given an extra CA", () => {
  let own: Pki;
  let other: Pki;
  const servers: { url: string; close(): Promise<void> }[] = [];
  beforeAll(async () => {
    [own, other] = await Promise.all([createPki(), createPki()]);
    servers.push(
      await serve(stack.certFile, stack.keyFile),
      await serve(own.certFile, own.keyFile),
      await serve(other.certFile, other.keyFile),
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all([own?.dispose(), other?.dispose()]);
  });

  it("trusts Node's default CAs, the given CA, and nothing else", async () => {
    expect(process.env.NODE_EXTRA_CA_CERTS).toBeTruthy();
    const transport = createTransport({ caPem: own.caPem });
    try {
      const [byDefault, byGiven] = servers;
      expect((await transport({ method: "GET", url: byDefault!.url, maxBytes: 10 })).status).toBe(200);
      expect((await transport({ method: "GET", url: byGiven!.url, maxBytes: 10 })).status).toBe(200);
      const refused = await transport({ method: "GET", url: servers[2]!.url, maxBytes: 10 }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ServerError);
      expect((refused as ServerError).code).toMatch(/TLS/);
    } finally {
      transport.close();
    }
  });
});
