// The connection pool of a verify: the first waves of all its repositories go out together, on as
// few connections as take them in the fewest rounds (connectionsFor), and never on more.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { connectionsFor } from "../../src/net/http-parts.js";
import { parseReference } from "../../src/registry/reference.js";
import { poolForFirstWaves, verifyConnections } from "../../src/workflows/verify.js";

describe("connectionsFor", () => {
  it("opens the fewest connections that take the requests in as many rounds as the limit would", () => {
    const cases: [requests: number, max: number, connections: number][] = [
      [100, 64, 50], // two rounds either way
      [65, 64, 33],
      [64, 64, 64],
      [160, 64, 54], // three rounds
      [5, 64, 5],
      [6, 16, 6],
      [17, 16, 9],
      [0, 64, 0],
    ];
    for (const [requests, max, connections] of cases) {
      expect(connectionsFor(requests, max)).toBe(connections);
      expect(Math.ceil(requests / Math.max(1, connections))).toBe(Math.ceil(requests / max));
    }
  });
});

describe("poolForFirstWaves", () => {
  const images = (registry: string, count: number) => Array.from({ length: count }, (_, i) => `${registry}/app${i}:v1`);

  it("takes the Notary server with the most images: the pool's limit is the same for every host", () => {
    expect(poolForFirstWaves(images("a.test", 20), { notaryServer: "https://notary.test" })).toBe(50);
    // 12 images on one server (60 requests: one round on 60 connections) and 1 on another.
    const servers = { notaryServers: new Map([["b.test", "https://notary-b.test"]]) };
    expect(poolForFirstWaves([...images("a.test", 12), ...images("b.test", 1)], servers)).toBe(60);
    expect(poolForFirstWaves([...images("a.test", 13), "not a reference!"], {})).toBe(33);
    // Docker Hub images without a line go to Docker's default server, the others to their registry.
    expect(poolForFirstWaves([...images("docker.io", 4), ...images("quay.test", 4)], {})).toBe(20);
  });

  it("is never below a transport's usual 16, nor above 64", () => {
    expect(poolForFirstWaves(images("a.test", 1), {})).toBe(16);
    expect(poolForFirstWaves([], {})).toBe(16);
    expect(poolForFirstWaves(images("a.test", 12), {})).toBe(60);
    expect(poolForFirstWaves(images("a.test", 200), {})).toBeLessThanOrEqual(64);
  });

  it("counts each repository once, and at most the 32 a verify loads at once", () => {
    // A second tag of one of 12 repositories sends no first wave of its own.
    expect(poolForFirstWaves([...images("a.test", 12), "a.test/app0:v2"], {})).toBe(60);
    // 40 repositories: 32 send their first waves together, 160 requests in three rounds.
    expect(poolForFirstWaves(images("a.test", 40), {})).toBe(54);
    expect(poolForFirstWaves(images("a.test", 32), {})).toBe(54);
  });

  it("counts by the server's host, as the pool's limit applies, with DOCKER_CONTENT_TRUST_SERVER", () => {
    const twoRegistries = [...images("a.test", 6), ...images("b.test", 6)];
    expect(poolForFirstWaves(twoRegistries, {})).toBe(30);
    expect(poolForFirstWaves(twoRegistries, { envNotaryServer: "https://notary.test" })).toBe(60);
    const paths = new Map([
      ["a.test", "https://notary.test/a"],
      ["b.test", "https://notary.test/b"],
    ]);
    expect(poolForFirstWaves(twoRegistries, { notaryServers: paths })).toBe(60);
  });

  it("leaves out an image or a server it cannot read: each fails on its own when verified", () => {
    expect(poolForFirstWaves(images("a.test", 12), { envNotaryServer: "notary.test" })).toBe(16);
    expect(poolForFirstWaves([...images("a.test", 12), "NOT/a:ref:erence"], {})).toBe(60);
  });
});

describe("a verify's connections to one Notary server", () => {
  it("are 50 for the first waves of 20 repositories (100 requests), not one more", async () => {
    const sockets = new Set<Socket>();
    const held: http.ServerResponse[] = [];
    let released = false;
    const answer = (res: http.ServerResponse) => res.writeHead(404, { "content-type": "application/json" }).end("{}");
    const server = http.createServer((_req, res) => {
      if (released) return answer(res);
      held.push(res);
      // Every request is held until as many are in as the pool may carry at once: a pool any larger
      // has opened its extra connections by then.
      if (held.length === 50) {
        released = true;
        for (const r of held.splice(0)) answer(r);
      }
    });
    server.on("connection", (s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const images = Array.from({ length: 20 }, (_, i) => `registry.test/app${i}:v1`);
    const pool = verifyConnections({ notaryServer: url, firstWaveImages: images, retry: { attempts: 1 } });
    try {
      const reads = images.map((image) => {
        const conn = pool.connect(parseReference(image));
        return ["root", "timestamp", "snapshot", "targets", "targets/releases"].map((role) =>
          conn.notary.getMetadata(role),
        );
      });
      await Promise.all(reads.flat());
      expect(sockets.size).toBe(50);
    } finally {
      pool.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
