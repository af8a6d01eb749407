// The composition root: what it refuses before anything goes on the network, and the anchor it keeps.
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TrustError, UsageError } from "../../src/errors.js";
import { parseReference } from "../../src/registry/reference.js";
import { openRun, withRun } from "../../src/workflows/compose.js";
import { testRuntime } from "../helpers/runtime.js";
import { serviceEnd } from "../../src/notary/retirements.js";
import { DAY_MS } from "../../src/tuf/lifetimes.js";
import { plain } from "../../src/wording.js";

const ref = parseReference("registry.test/team/app");
const keyPem = () =>
  generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const rejection = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("openRun", () => {
  it("refuses a key file and a KMS key together, and a run that needs a key without one", async () => {
    const both = await rejection(
      openRun(ref, { signerKey: keyPem(), awsKmsKey: "alias/ci" }, { runtime: testRuntime() }),
    );
    expect(both).toBeInstanceOf(UsageError);
    const none = await rejection(openRun(ref, {}, { runtime: testRuntime() }, { requireKey: true }));
    expect(none).toBeInstanceOf(UsageError);
    const run = await openRun(ref, {}, { runtime: testRuntime() });
    expect(run.signers).toEqual([]);
    run.close();
  });

  it("warns of a Notary service that is ending, in the words of what the run does with it", async () => {
    const hub = serviceEnd("https://notary.docker.io")!;
    // After the end, a run opens only with a root of the repository pinned (or stored).
    const pinned = { rootKeyIds: ["ab".repeat(32)] };
    const warnings = async (image: string, now: number, options = {}) => {
      const warned: string[] = [];
      const run = await openRun(
        parseReference(image),
        { signerKey: keyPem(), ...pinned },
        { runtime: testRuntime({ now: () => now, warn: (m) => warned.push(plain(m)) }) },
        options,
      );
      run.close();
      return warned;
    };
    const before = await warnings("team/app", hub.endsAt - 5 * DAY_MS, { pushFromStart: true });
    expect(before).toHaveLength(1);
    expect(before[0]).toContain(`ends on ${hub.endsOn}, in 5 days`);
    expect(before[0]).toContain("(oci-signature cosign) now and copy the signed tags");
    expect(before[0]).toContain("migrate docker.io/team/app");
    const signedAfter = await warnings("team/app", hub.endsAt + DAY_MS, { pushFromStart: true });
    expect(signedAfter[0]).toContain("(oci-signature cosign-only)");
    const migratedAfter = await warnings("team/app", hub.endsAt + DAY_MS, { requireKey: true, use: "migrate" });
    expect(migratedAfter[0]).toContain("what was copied before stays");
    const after = await warnings("team/app", hub.endsAt + DAY_MS);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain(`ended on ${hub.endsOn}`);
    expect(after[0]).toContain("checked by verify with accept cosign");
    expect(await warnings("team/app", hub.endsAt + DAY_MS, { notary: false })).toEqual([]);
    expect(await warnings("registry.test/team/app", hub.endsAt + DAY_MS)).toEqual([]);
  });

  it("after a Notary service's end, refuses a run with no root of the repository kept, before any request", async () => {
    const hub = serviceEnd("https://notary.docker.io")!;
    const warned: string[] = [];
    const runtime = testRuntime({ now: () => hub.endsAt + DAY_MS, warn: (m) => warned.push(plain(m)) });
    const refused = await rejection(openRun(parseReference("team/app"), { signerKey: keyPem() }, { runtime }));
    expect(refused).toBeInstanceOf(TrustError);
    expect((refused as TrustError).code).toBe("SERVICE_ENDED");
    expect(warned[0]).toContain(`ended on ${hub.endsOn}`);
    // A cosign-only run asks no Notary server, and is not refused.
    const cosignOnly = await openRun(
      parseReference("team/app"),
      { signerKey: keyPem() },
      { runtime },
      { notary: false },
    );
    cosignOnly.close();
    // Before the end, trust on first use as ever.
    const before = await openRun(
      parseReference("team/app"),
      { signerKey: keyPem() },
      { runtime: testRuntime({ now: () => hub.endsAt - DAY_MS }) },
    );
    before.close();
  });

  it("reads the key file, keeps the anchor with the pins, and stores what the run trusted for the next one", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ct-compose-"));
    try {
      const runtime = testRuntime({ now: () => 1_000 });
      const config = { signerKey: keyPem(), trustDir: dir, rootKeyIds: ["ab".repeat(32)], deadlineMs: 5_000 };
      const first = await withRun(ref, config, { runtime }, async (run) => {
        expect(run.signers).toHaveLength(1);
        expect(run.deadlineAt).toBe(6_000);
        expect(run.persists).toBe(true);
        await run.save({ root: new TextEncoder().encode("{}"), versions: { root: 1, targets: 3 } });
        return run.anchor;
      });
      expect(first).toEqual({ pinnedRootKeyIds: ["ab".repeat(32)] });
      const second = await withRun(ref, { trustDir: dir }, { runtime }, async (run) => run.anchor);
      expect(second.previousVersions).toEqual({ root: 1, targets: 3 });
      expect(new TextDecoder().decode(second.trustedRoot)).toBe("{}");
      expect(second.pinnedRootKeyIds).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
