// Verdicts come from error classes and typed fields, never from a message's wording: each case
// below gives an error whose message says nothing of its kind, and expects the verdict anyway.
import { describe, expect, it } from "vitest";
import { ExpiredError, RollbackError, ServerError, ThresholdError } from "../../src/errors.js";
import { NotaryClient } from "../../src/notary/client.js";
import { mapPublishError } from "../../src/workflows/publication.js";
import { classifyError } from "../../src/workflows/verify-check.js";

const REWORDED = "wording that names no kind of failure";

describe("verdicts decided on types", () => {
  it("a root rollback is a root change when a root was stored or pinned, whatever its message says", () => {
    const stored = { stored: true, pinned: false };
    expect(classifyError(new RollbackError("root", REWORDED), stored).reason).toBe("ROOT_CHANGED");
    expect(classifyError(new RollbackError("targets/releases", "root version 1 is lower"), stored).reason).not.toBe(
      "ROOT_CHANGED",
    );
  });

  it("expiry is EXPIRED by class, not by the words 'expired at'", () => {
    expect(classifyError(new ExpiredError(REWORDED), { stored: false, pinned: false }).reason).toBe("EXPIRED");
    expect(
      classifyError(new ThresholdError("timestamp expired at 2001-01-01T00:00:00Z"), { stored: false, pinned: false })
        .reason,
    ).not.toBe("EXPIRED");
  });

  it("the server's ErrBadHierarchy is read from the detail's Name into a typed field", () => {
    const client = new NotaryClient({
      baseUrl: "https://notary.test",
      gun: "registry.test/app",
      send: async () => ({ status: 200, headers: {}, body: new Uint8Array(), url: "" }),
    });
    const answer = (detail: unknown) => ({
      status: 400,
      headers: {},
      url: "https://notary.test/v2/registry.test/app/_trust/tuf/",
      body: new TextEncoder().encode(
        JSON.stringify({ errors: [{ code: "INVALID_UPDATE", message: REWORDED, detail }] }),
      ),
    });
    const hierarchy = client.failure(
      answer({ Name: "ErrBadHierarchy", Error: { Missing: "snapshot", Msg: REWORDED } }),
      "the upload",
    );
    expect(hierarchy.detailName).toBe("ErrBadHierarchy");
    expect(mapPublishError(hierarchy, "registry.test/app", "https://notary.test")).toMatchObject({
      code: "SNAPSHOT_KEY_REQUIRED",
    });
    // A message that only mentions the words is not the error.
    const other = client.failure(
      answer({ Name: "ErrBadTargets", Error: { Msg: "ErrBadHierarchy: snapshot key" } }),
      "the upload",
    );
    expect(other.detailName).toBe("ErrBadTargets");
    expect(mapPublishError(other, "registry.test/app", "https://notary.test")).toBe(other);
    // A detail name that is not an identifier is not taken.
    expect(client.failure(answer({ Name: "Err\nBad" }), "the upload").detailName).toBeUndefined();
    expect(new ServerError("INVALID_UPDATE", "ErrBadHierarchy").detailName).toBeUndefined();
  });
});
