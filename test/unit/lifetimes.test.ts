// The one table of role and certificate lifetimes, and the places that use it: the expiry
// parser's bounds and the root certificate a new repository gets.
import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import {
  DAY_MS,
  MAX_LIFETIME_MS,
  MIN_LIFETIME_MS,
  ROOT_CERTIFICATE_LIFETIME_MS,
  TARGETS_LIFETIME_MS,
  defaultLifetime,
} from "../../src/tuf/lifetimes.js";
import { parseExpiry } from "../../src/settings/values.js";

describe("lifetimes", () => {
  it("are notary's defaults in days of a 365-day year", () => {
    expect(defaultLifetime("root") / DAY_MS).toBe(3650);
    expect(defaultLifetime("targets") / DAY_MS).toBe(1095);
    expect(defaultLifetime("targets/releases") / DAY_MS).toBe(1095);
    expect(defaultLifetime("targets/alice") / DAY_MS).toBe(1095);
    expect(defaultLifetime("snapshot") / DAY_MS).toBe(1095);
    expect(defaultLifetime("timestamp") / DAY_MS).toBe(14);
    expect(ROOT_CERTIFICATE_LIFETIME_MS / DAY_MS).toBe(3650);
  });

  it("the expiry parser reads 3y as the targets default and refuses what lies outside the bounds", () => {
    const now = Date.now();
    expect(parseExpiry("3y", now)).toBe(TARGETS_LIFETIME_MS);
    expect(parseExpiry("1h", now)).toBe(MIN_LIFETIME_MS);
    expect(parseExpiry("100y", now)).toBe(MAX_LIFETIME_MS);
    expect(() => parseExpiry("59m", now)).toThrow(UsageError);
    expect(() => parseExpiry("0h", now)).toThrow(UsageError);
    expect(() => parseExpiry("101y", now)).toThrow(UsageError);
    const fixed = Date.UTC(2031, 0, 1);
    expect(() => parseExpiry("2030-12-31T00:00:00Z", fixed)).toThrow(/"2030-12-31T00:00:00Z" is in the past$/);
    expect(() => parseExpiry("2031-01-01T00:30:00Z", fixed)).toThrow(/is less than an hour from now$/);
    // A day is its start, UTC, as the help's 2030-01-01 says.
    expect(parseExpiry("2031-03-01", fixed)).toBe(Date.UTC(2031, 2, 1) - fixed);
    expect(() => parseExpiry("2030-12-31", fixed)).toThrow(/"2030-12-31" is in the past$/);
    expect(() => parseExpiry("2031-02-30", fixed)).toThrow(/is neither a duration .*, a date \(2030-01-01\) nor/);
  });

  it("a new root certificate lives the root certificate lifetime", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const notBefore = Math.floor(Date.now() / 1000) * 1000;
    const cert = new X509Certificate(createRootCertificate({ gun: "registry.example/app", privateKey, notBefore }).der);
    expect(Date.parse(cert.validTo) - Date.parse(cert.validFrom)).toBe(ROOT_CERTIFICATE_LIFETIME_MS);
  });
});
