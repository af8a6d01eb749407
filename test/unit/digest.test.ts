// Registry content digests: one recogniser and one maker for every layer that names blobs and manifests.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { digestHex, isSha256Digest, shortDigest } from "../../src/digest.js";
import { sha256Digest, sha256Hex } from "../../src/sha256.js";
import { parseReference } from "../../src/registry/reference.js";
import { parseDigest } from "../../src/settings/values.js";
import { UsageError } from "../../src/errors.js";

describe("sha256 digests", () => {
  const bytes = new TextEncoder().encode('{"schemaVersion":2}');
  const hex = createHash("sha256").update(bytes).digest("hex");

  it("names bytes as a registry does and takes the hex back out", () => {
    expect(sha256Hex(bytes)).toBe(hex);
    expect(sha256Digest(bytes)).toBe(`sha256:${hex}`);
    expect(digestHex(sha256Digest(bytes))).toBe(hex);
  });

  it("recognises only sha256: and 64 lower-case hex digits, wherever a digest is read", () => {
    const good = `sha256:${hex}`;
    const bad = [`sha256:${hex.toUpperCase()}`, `sha256:${hex.slice(1)}`, `sha512:${hex}`, hex, `sha256:${hex} `];
    expect(isSha256Digest(good)).toBe(true);
    for (const b of bad) expect(isSha256Digest(b)).toBe(false);
    expect(parseReference(`registry.example/app@${good}`).digest).toBe(good);
    expect(() => parseReference(`registry.example/app@sha256:${hex.toUpperCase()}`)).toThrow();
    expect(parseDigest(` ${good} `)).toBe(good);
    expect(() => parseDigest(`sha256:${hex.slice(1)}`)).toThrow(UsageError);
  });
  it("shortens a digest for tables and messages to its algorithm and twelve hex digits", () => {
    expect(shortDigest(`sha256:${hex}`)).toBe(`sha256:${hex.slice(0, 12)}`);
  });
});
