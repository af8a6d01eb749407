// The pin lines of verify's job summary say what the files hold: an image let through unchecked is
// not pinned, and a run that wrote nothing says why that may be.
import { describe, expect, it } from "vitest";
import { policySummary } from "../../src/report/verify.js";
import type { VerifyResult } from "../../src/workflows/verify.js";

const base = { name: "registry.example/app", signers: [], file: "Dockerfile" };
const results = [
  { ...base, reference: "registry.example/app:1", line: 1, passed: true, reason: "OK", message: "" },
  {
    ...base,
    reference: "registry.example/internal:2",
    line: 2,
    passed: true,
    reason: "ALLOWED_UNSIGNED",
    message: "",
  },
] as unknown as VerifyResult[];

describe("verify's summary of the policy applied", () => {
  it("lists an allowed-unsigned FROM as not pinned, and explains an empty Pinned line", () => {
    const text = policySummary(results, { pin: true }, []);
    expect(text).toContain("- Not pinned: Dockerfile:2 (not checked)");
    expect(text).toContain("- Pinned: nothing written (already pinned, or nothing to pin)");
  });

  it("says root keys were not used when no Notary server was asked", () => {
    expect(policySummary(results, {})).toContain("- Root keys: none used (no Notary server asked)\n");
    const asked = results.map((r) => ({ ...r, notaryServer: "https://notary.example" }));
    expect(policySummary(asked, {})).toContain("- Root keys: trusted on first use, or as stored from an earlier run\n");
  });

  it("says which signatures were accepted, by repository, and with which cosign key", () => {
    expect(policySummary(results, {})).toContain("- Signatures accepted: notary (default)\n");
    const text = policySummary(results, {
      accept: [{ mode: "any" }, { repository: "registry.example/moved/*", mode: "cosign" }],
      cosignKeys: ["sha256:0123456789ab"],
    });
    expect(text).toContain(
      "- Signatures accepted: any (default), `registry.example/moved/*` cosign; cosign key `sha256:0123456789ab`\n",
    );
  });
});
