// The reworded project really rewords: without this, a plugin that stopped applying (src/errors.ts
// moved or renamed) would leave every verdict test passing on the original wording.
import { describe, expect, it } from "vitest";
import { ExpiredError, ServerError, TrustError, describeError, warningLine } from "../../src/errors.js";
import { REWORDED } from "../helpers/wording.js";
import { reword } from "./plugin.js";

describe(REWORDED ? "the reworded project" : "the unit project", () => {
  it(REWORDED ? "rewords every message, hint, described error and warning" : "keeps messages as written", () => {
    const said = "root expired at 2001-01-01T00:00:00Z";
    const errors = [
      new TrustError("USAGE", said, { hint: said }),
      new ExpiredError(said),
      new ServerError("TIMEOUT", said),
    ];
    for (const err of errors) {
      expect(err.message).toBe(REWORDED ? reword(said) : said);
      expect(err.message).not.toMatch(REWORDED ? /expired at|^root / : /^$/);
    }
    expect(errors[0]!.hint).toBe(REWORDED ? reword(said) : said);
    expect(describeError(new Error(said))).toBe(REWORDED ? reword(said) : said);
    expect(warningLine(said)).toBe(REWORDED ? reword(said) : said);
  });

  it("rewording twice is not the original", () => {
    expect(reword(reword("targets/releases expired at noon"))).not.toBe("targets/releases expired at noon");
  });
});
