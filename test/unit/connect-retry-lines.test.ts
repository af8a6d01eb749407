// A connection's retry lines: one per host, attempt and failure while a server is down (a wave's
// files fail alike), and again for a later failure once the host had answered in between.
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse, Transport } from "../../src/net/http.js";
import { parseReference } from "../../src/registry/reference.js";
import { connect } from "../../src/workflows/connect.js";

describe("a connection's retry lines", () => {
  it("are one per host, attempt and reason within an outage, and start again after an answer", async () => {
    // Each request fails `failing` times in a row, then is answered.
    let failing = 2;
    const failures = new Map<string, number>();
    const transport: Transport = async (req: HttpRequest): Promise<HttpResponse> => {
      const seen = failures.get(req.url) ?? 0;
      if (seen < failing) {
        failures.set(req.url, seen + 1);
        throw new ServerError("UNREACHABLE", `cannot reach notary.test for GET ${req.url}`);
      }
      return {
        status: 404,
        url: req.url,
        headers: {},
        body: new TextEncoder().encode('{"errors":[{"code":"METADATA_NOT_FOUND"}]}'),
      };
    };
    const lines: string[] = [];
    const conn = connect(parseReference("registry.test/app:v1"), {
      notaryServer: "https://notary.test",
      transport,
      retry: { attempts: 4, sleep: async () => undefined, random: () => 0 },
      logRetry: (m) => lines.push(m),
    });
    try {
      // A wave of three files, each failing twice: two lines, not six.
      await Promise.all(["root", "timestamp", "snapshot"].map((role) => conn.notary.getMetadata(role)));
      expect(lines.map((l) => /\(attempt (\d) of 4\)$/.exec(l)?.[1])).toEqual(["2", "3"]);
      // The server answered in between: a later failure is a new outage, and is said again.
      failing = 3;
      failures.clear();
      await conn.notary.getMetadata("targets");
      expect(lines.map((l) => /\(attempt (\d) of 4\)$/.exec(l)?.[1])).toEqual(["2", "3", "2", "3", "4"]);
    } finally {
      conn.close();
    }
  });
});
