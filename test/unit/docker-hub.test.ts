// Docker Hub's three readings side by side: image names (the GUN), credentials, policy patterns.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveCredentials } from "../../src/net/credentials.js";
import { HUB_CREDENTIALS_KEY, isHubCredentialHost, policyHost } from "../../src/net/docker-hub.js";
import { parseReference } from "../../src/registry/reference.js";
import { matchesRepository, notaryServerOf, parseNotaryServers } from "../../src/workflows/verify-policy.js";

const HOSTS = ["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com", "ghcr.io"];

describe("Docker Hub's names", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ct-hub-"));
    const auth = Buffer.from("hubuser:hubpass").toString("base64");
    await writeFile(path.join(dir, "config.json"), JSON.stringify({ auths: { [HUB_CREDENTIALS_KEY]: { auth } } }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("image names: only index.docker.io reads as docker.io, as Docker's reference parser does", () => {
    expect(HOSTS.map((h) => parseReference(`${h}/library/alpine:3`).name)).toEqual([
      "docker.io/library/alpine",
      "docker.io/library/alpine",
      "registry-1.docker.io/library/alpine",
      "registry.hub.docker.com/library/alpine",
      "ghcr.io/library/alpine",
    ]);
    expect(parseReference("alpine").apiHost).toBe("registry-1.docker.io");
  });

  it("credentials: Hub's entry is found for Docker's three Hub hosts and no other", async () => {
    const found = await Promise.all(HOSTS.map((h) => resolveCredentials(h, { dockerConfigDir: dir })));
    expect(found.map((r) => r?.credentials)).toEqual([
      { username: "hubuser", password: "hubpass" },
      { username: "hubuser", password: "hubpass" },
      { username: "hubuser", password: "hubpass" },
      undefined,
      undefined,
    ]);
    expect(HOSTS.map(isHubCredentialHost)).toEqual([true, true, true, false, false]);
  });

  it("policy: every Hub host name reads as docker.io, in patterns, names and notary-servers", () => {
    expect(HOSTS.map(policyHost)).toEqual(["docker.io", "docker.io", "docker.io", "docker.io", "ghcr.io"]);
    for (const h of HOSTS.slice(0, 4)) {
      expect(matchesRepository(`${h}/library/alpine`, "docker.io/library/alpine")).toBe(true);
      expect(matchesRepository("alpine", `${h}/library/alpine`)).toBe(true);
    }
    const servers = parseNotaryServers("registry.hub.docker.com=https://notary.example");
    expect(notaryServerOf(parseReference("alpine"), { notaryServers: servers })).toBe("https://notary.example");
  });
});
