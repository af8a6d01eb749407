// Runs against a Notary service with an announced end say so, before it and after it, in each front
// end's words. The clock is the run's: these cases hold on any day.
import { describe, expect, it } from "vitest";
import { CLI_WORDS } from "../../src/cli/words.js";
import { ACTION_WORDS } from "../../src/action/words.js";
import { DAY_MS } from "../../src/tuf/lifetimes.js";
import { NOTICE_BEFORE_MS, retirementNotice, serviceEnd, serviceEndedError } from "../../src/notary/retirements.js";
import { render } from "../../src/wording.js";

const HUB = "https://notary.docker.io";
const hubEnd = serviceEnd(HUB)!;

describe("retirementNotice", () => {
  it("knows Docker Hub's Notary service and every Azure cloud's registries, and nothing else", () => {
    expect(hubEnd.service).toMatch(/notary\.docker\.io/);
    for (const url of [
      HUB,
      "https://NOTARY.docker.io:443/",
      "https://notary.docker.io/",
      "https://notary.docker.io.:443",
    ])
      expect(serviceEnd(url)?.endsAt).toBe(hubEnd.endsAt);
    for (const host of ["team.azurecr.io", "team.azurecr.us", "team.azurecr.cn"])
      expect(serviceEnd(`https://${host}`)?.service).toMatch(/Azure Container Registry/);
    for (const url of [
      "https://registry.example",
      "https://notary.docker.io.example",
      "https://evilazurecr.io",
      "https://azurecr.io.example",
      "not a url",
    ])
      expect(serviceEnd(url)).toBeUndefined();
  });

  it("says nothing until the notice period, then counts the days, then says the service ended", () => {
    const { endsAt, endsOn } = hubEnd;
    expect(retirementNotice(HUB, endsAt - NOTICE_BEFORE_MS - 1, "publish")).toBeUndefined();
    expect(retirementNotice(HUB, endsAt - NOTICE_BEFORE_MS, "publish")).toContain("in 90 days");
    expect(retirementNotice(HUB, endsAt - 2 * DAY_MS + 1, "publish")).toContain(`ends on ${endsOn}, in 2 days`);
    expect(retirementNotice(HUB, endsAt - 1, "verify")).toContain("in 1 day:");
    const after = retirementNotice(HUB, endsAt, "verify")!;
    expect(after).toContain(`ended on ${endsOn}`);
    expect(after).toContain("a failure of this run may be that");
    expect(retirementNotice("https://registry.example", endsAt, "verify")).toBeUndefined();
  });

  it("tells a signer to dual-sign and backfill, and a verifier to accept cosign, in each front end's words", () => {
    const before = retirementNotice(HUB, hubEnd.endsAt - 3 * DAY_MS, "publish", "docker.io/team/app")!;
    expect(render(before, CLI_WORDS)).toContain("(--oci-signature cosign)");
    expect(render(before, CLI_WORDS)).toContain("content-trust migrate docker.io/team/app");
    expect(render(before, ACTION_WORDS)).toContain("/migrate");
    const ended = retirementNotice(HUB, hubEnd.endsAt + DAY_MS, "publish")!;
    expect(render(ended, CLI_WORDS)).toContain("(--oci-signature cosign-only), which asks no Notary server");
    const read = retirementNotice(HUB, hubEnd.endsAt + DAY_MS, "verify")!;
    // After the end, only cosign: `any` would still ask the ended service first.
    expect(render(read, CLI_WORDS)).toContain("(--accept cosign, with --cosign-key)");
    const soon = retirementNotice(HUB, hubEnd.endsAt - DAY_MS, "verify")!;
    expect(render(soon, CLI_WORDS)).toContain("--accept cosign or any, with --cosign-key");
    expect(render(read, ACTION_WORDS)).toContain("list the images nobody signs that way in allow-unsigned");
    expect(render(read, CLI_WORDS)).not.toContain("migrate");
  });

  it("tells a signer that already dual-signs what comes next, not to start dual-signing", () => {
    const before = render(
      retirementNotice(HUB, hubEnd.endsAt - DAY_MS, "dual-publish", "docker.io/team/app")!,
      CLI_WORDS,
    );
    expect(before).not.toContain("(--oci-signature cosign)");
    expect(before).toContain("content-trust migrate docker.io/team/app if that is not done");
    expect(before).toContain("switch to --oci-signature cosign-only on that day");
    const ended = render(retirementNotice(HUB, hubEnd.endsAt + DAY_MS, "dual-publish")!, CLI_WORDS);
    expect(ended).toContain("(--oci-signature cosign-only), which asks no Notary server");
  });

  it("gives an inspect and a migrate advice that fits them", () => {
    const before = hubEnd.endsAt - 3 * DAY_MS;
    const after = hubEnd.endsAt + DAY_MS;
    // Whoever inspects may be the publisher or only a user of the images: each is told what fits.
    const looking = render(retirementNotice(HUB, before, "inspect", "docker.io/team/app")!, CLI_WORDS);
    expect(looking).toContain(
      "if you publish this repository, copy the signed tags to cosign signatures with content-trust migrate docker.io/team/app before then",
    );
    expect(looking).toContain("if you use its images, verify cosign signatures where their publisher makes them");
    // After the end, an inspect's failure gives a reader's advice, not a publisher's.
    const failed = serviceEndedError(
      { service: "S", endsOn: "2026-12-08" },
      "docker.io/team/app",
      new Error("x"),
      "inspect",
    );
    expect(render(failed.hint!, CLI_WORDS)).not.toContain("--oci-signature");
    expect(render(retirementNotice(HUB, after, "inspect")!, CLI_WORDS)).toContain(
      "checked by verify with --accept cosign",
    );
    const migrating = render(retirementNotice(HUB, before, "migrate", "docker.io/team/app")!, CLI_WORDS);
    expect(migrating).toContain("run this copy again after the last release signed in Notary");
    expect(migrating).not.toContain("content-trust migrate");
    expect(retirementNotice(HUB, after, "migrate")).toContain("what was copied before stays as cosign signatures");
  });
});
