// A Notary service past its announced end (notary/retirements.ts) is asked once per request: a
// host that no longer answers holds the run for one request timeout, not for every retry. Its
// registry, still in service, keeps its retries; before the end, so does the Notary server.
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse, Transport } from "../../src/net/http.js";
import { serviceEnd } from "../../src/notary/retirements.js";
import { parseReference } from "../../src/registry/reference.js";
import { connect } from "../../src/workflows/connect.js";

const DAY_MS = 86_400_000;

async function attemptsAt(now: number): Promise<{ notary: number; registry: number }> {
  const asked = { notary: 0, registry: 0 };
  const transport: Transport = async (req: HttpRequest): Promise<HttpResponse> => {
    if (new URL(req.url).hostname === "notary.docker.io") asked.notary++;
    else asked.registry++;
    throw new ServerError("TIMEOUT", `no answer for GET ${req.url}`);
  };
  const conn = connect(parseReference("docker.io/library/alpine:3"), {
    transport,
    now: () => now,
    retry: { attempts: 4, sleep: async () => undefined, random: () => 0 },
  });
  try {
    const notary = await conn.notary.getMetadata("timestamp").catch((e: unknown) => e);
    expect(notary).toMatchObject({ code: "TIMEOUT" });
    const registry = await conn.registry.resolve(parseReference("docker.io/library/alpine:3")).catch((e: unknown) => e);
    expect(registry).toMatchObject({ code: "TIMEOUT" });
  } finally {
    conn.close();
  }
  return asked;
}

/** As attemptsAt, with the Notary server answering 401 and its token service not answering. */
async function tokenAttemptsAt(now: number): Promise<{ notary: number; auth: number }> {
  const asked = { notary: 0, auth: 0 };
  const transport: Transport = async (req: HttpRequest): Promise<HttpResponse> => {
    if (new URL(req.url).hostname === "auth.docker.io") {
      asked.auth++;
      throw new ServerError("TIMEOUT", `no answer for GET ${req.url}`);
    }
    asked.notary++;
    return {
      status: 401,
      url: req.url,
      headers: { "www-authenticate": 'Bearer realm="https://auth.docker.io/token",service="notary.docker.io"' },
      body: new Uint8Array(),
    };
  };
  const conn = connect(parseReference("docker.io/library/alpine:3"), {
    transport,
    now: () => now,
    retry: { attempts: 4, sleep: async () => undefined, random: () => 0 },
  });
  try {
    expect(await conn.notary.getMetadata("timestamp").catch((e: unknown) => e)).toMatchObject({ code: "TIMEOUT" });
  } finally {
    conn.close();
  }
  return asked;
}

describe("a connection to a Notary service that has ended", () => {
  const end = serviceEnd("https://notary.docker.io")!.endsAt;

  it("asks the Notary server once, and still retries the registry", async () => {
    expect(await attemptsAt(end + DAY_MS)).toEqual({ notary: 1, registry: 4 });
  });

  it("still retries the token service the ended server names, which is not the ended host", async () => {
    expect(await tokenAttemptsAt(end + DAY_MS)).toEqual({ notary: 1, auth: 4 });
  });

  it("retries the Notary server as any other before the end", async () => {
    expect(await attemptsAt(end - DAY_MS)).toEqual({ notary: 4, registry: 4 });
  });
});
