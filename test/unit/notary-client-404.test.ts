// Which 404 says a host serves no Notary: only a current file's, and only without notary-server's own
// METADATA_NOT_FOUND code; a later Notary answer for the same file takes the mark back.
import { describe, expect, it } from "vitest";
import type { HttpResponse } from "../../src/net/http.js";
import { NotaryClient } from "../../src/notary/client.js";

const NOTARY_404 = new TextEncoder().encode(
  JSON.stringify({
    errors: [{ code: "METADATA_NOT_FOUND", message: "You have requested metadata that does not exist." }],
  }),
);
const PLAIN_404 = new TextEncoder().encode("404 page not found\n");

describe("NotaryClient's 404s", () => {
  it("marks a role answered 404 by something that is not a Notary server, from its current file only", async () => {
    let body = PLAIN_404;
    const client = new NotaryClient({
      baseUrl: "https://registry.example",
      gun: "registry.example/app",
      send: async (req): Promise<HttpResponse> => ({ status: 404, headers: {}, body, url: req.url }),
    });
    expect(await client.getMetadata("root", { version: 2 })).toBeUndefined();
    expect(client.notFoundByOtherServer("root")).toBe(false);
    expect(await client.getMetadata("root")).toBeUndefined();
    expect(client.notFoundByOtherServer("root")).toBe(true);
    expect(client.notFoundByOtherServer("timestamp")).toBe(false);
    body = NOTARY_404;
    expect(await client.getMetadata("root")).toBeUndefined();
    expect(client.notFoundByOtherServer("root")).toBe(false);
  });
});
