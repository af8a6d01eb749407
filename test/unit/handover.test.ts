import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatVerifierConfigs } from "../../src/report/migrate.js";
import { verifierConfigs } from "../../src/workflows/handover.js";

describe("verifier configurations", () => {
  const pem = generateKeyPairSync("ec", { namedCurve: "P-256" })
    .publicKey.export({ type: "spki", format: "pem" })
    .toString();

  it("carry the same key, indented as each YAML block needs, and tell each verifier not to require a transparency log", () => {
    const c = verifierConfigs(
      `-----BEGIN PUBLIC KEY-----\nrole: releaser\n\n${pem.split("\n").slice(1).join("\n")}`,
      "registry.example/team/app",
    );
    expect(c.publicKeyPem).toBe(pem);
    expect(c.cosign).toBe("cosign verify --key cosign.pub --insecure-ignore-tlog=true registry.example/team/app:TAG");
    const keyIn = (yaml: string, indent: number) => {
      const lines = yaml.split("\n");
      const start = lines.findIndex((l) => l.trim() === "-----BEGIN PUBLIC KEY-----");
      const block = lines.slice(start, lines.findIndex((l) => l.trim() === "-----END PUBLIC KEY-----") + 1);
      expect(block.every((l) => l.startsWith(" ".repeat(indent)) && l[indent] !== " ")).toBe(true);
      return createPublicKey(block.map((l) => l.trim()).join("\n") + "\n")
        .export({ type: "spki", format: "pem" })
        .toString();
    };
    expect(keyIn(c.kyverno, 22)).toBe(pem);
    expect(keyIn(c.policyController, 10)).toBe(pem);
    expect(keyIn(c.connaisseur, 12)).toBe(pem);
    expect(c.kyverno).toContain("ignoreTlog: true");
    // This repository's tags and digests only, not registry.example/team/app-worker.
    expect(c.kyverno).toContain(
      '            - "registry.example/team/app:*"\n            - "registry.example/team/app@*"\n',
    );
    expect(c.policyController).toContain(
      '- glob: "registry.example/team/app:*"\n    - glob: "registry.example/team/app@*"\n',
    );
    expect(c.connaisseur).toContain('- pattern: "registry.example/team/app:*"');
    expect(c.connaisseur).toContain('- pattern: "registry.example/team/app@*"');
    // Names from the whole path and a hash of it: no two repositories share one.
    const nameOf = (image: string) => /name: verify-(\S+)\n/.exec(verifierConfigs(pem, image).kyverno)![1]!;
    expect(nameOf("registry.example/team/app")).toMatch(/^registry-example-team-app-[0-9a-f]{8}$/);
    const names = [
      "registry.example/team/app",
      "registry.example/other/app",
      "acme/my_app",
      "acme/my-app",
      "org/app-worker",
      "org/app/worker",
    ].map(nameOf);
    expect(new Set(names).size).toBe(names.length);
    expect(nameOf(`registry.example/${"very-long-team-name/".repeat(4)}app`).length).toBeLessThanOrEqual(50);
    expect(c.policyController).not.toMatch(/^\s+ctlog:/m);
    expect(c.connaisseur).toContain("verifyInTransparencyLog: false");
    expect(formatVerifierConfigs(c)).toContain("Kyverno:");
  });

  it("name Docker Hub repositories as policy-controller matches them (index.docker.io)", () => {
    const hub = verifierConfigs(pem, "docker.io/acme/app");
    expect(hub.policyController).toContain('- glob: "index.docker.io/acme/app:*"');
    expect(hub.kyverno).toContain('- "docker.io/acme/app:*"');
  });
});
