// The value parsers both front ends share: what each accepts, and that a refusal is a UsageError
// naming the setting in the words of the front end that renders it.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { ACTION_WORDS } from "../../src/action/words.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { inputLines, splitList } from "../../src/settings/lists.js";
import {
  isKmsKeyName,
  keyValueLines,
  parseBoolean,
  parseDigest,
  parseExpiry,
  parseKeyIds,
  parseOciSignature,
  parseTimeout,
} from "../../src/settings/values.js";
import { render } from "../../src/wording.js";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

function refusal(parse: () => unknown): UsageError {
  try {
    parse();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("lists", () => {
  it("splitList takes commas and newlines, dropping blanks and # comments", () => {
    expect(splitList("a, b\n\n c # note\n# all comment\nd,")).toEqual(["a", "b", "c", "d"]);
    expect(splitList(undefined)).toEqual([]);
  });

  it("inputLines keeps commas inside a line and reads several values a line each", () => {
    expect(inputLines("  x=1,2 \r\n# skipped\n\ny")).toEqual(["x=1,2", "y"]);
    expect(inputLines(["a\nb", "c"])).toEqual(["a", "b", "c"]);
    expect(inputLines(undefined)).toEqual([]);
  });
});

describe("key=value lines", () => {
  it("splits at the first = for NAME=value and at the last for pattern=value", () => {
    expect(keyValueLines("A = x=y \n# c\nbare", "first")).toEqual([
      { line: "A = x=y", key: "A", value: " x=y" },
      { line: "bare", key: undefined, value: "bare" },
    ]);
    expect(keyValueLines(["a/b=c=any"], "last")).toEqual([{ line: "a/b=c=any", key: "a/b=c", value: "any" }]);
  });
});

describe("booleans", () => {
  it("reads the YAML 1.2 core booleans and nothing else", () => {
    for (const t of ["true", "True", "TRUE"]) expect(parseBoolean(t)).toBe(true);
    for (const f of ["false", "False", "FALSE"]) expect(parseBoolean(f)).toBe(false);
    for (const other of ["yes", "1", "on", "tRUE", ""]) expect(parseBoolean(other)).toBeUndefined();
  });
});

describe("durations and times", () => {
  const now = Date.now();

  it("parseExpiry reads units and absolute RFC 3339 times from now", () => {
    expect(parseExpiry("90d", now)).toBe(90 * DAY);
    expect(parseExpiry(" 12h ", now)).toBe(12 * HOUR);
    const later = new Date(now + 2 * DAY).toISOString().replace(/\.\d+Z$/, "Z");
    expect(Math.abs(parseExpiry(later, now) - 2 * DAY)).toBeLessThan(1000);
  });

  it("parseExpiry refuses what is not a duration, under an hour or over 100 years", () => {
    for (const bad of ["soon", "30m", "0h", "101y"]) expect(refusal(() => parseExpiry(bad, now)).code).toBe("USAGE");
  });

  it("parseTimeout reads seconds (an s suffix allowed) and refuses outside 1..3600", () => {
    expect(parseTimeout("30")).toBe(30_000);
    expect(parseTimeout("1.5s")).toBe(1500);
    expect(parseTimeout(" ")).toBeUndefined();
    for (const bad of ["0", "-1", "3601", "abc"]) expect(refusal(() => parseTimeout(bad)).code).toBe("USAGE");
  });
});

describe("identifiers", () => {
  const id = "ab".repeat(32);

  it("parseKeyIds lowercases 64-digit hex IDs and refuses anything else", () => {
    expect(parseKeyIds(`${id.toUpperCase()}, ${"cd".repeat(32)}`)).toEqual([id, "cd".repeat(32)]);
    expect(refusal(() => parseKeyIds("abc")).code).toBe("USAGE");
  });

  it("parseDigest takes sha256 digests only", () => {
    expect(parseDigest(` sha256:${id} `)).toBe(`sha256:${id}`);
    expect(parseDigest(undefined)).toBeUndefined();
    expect(refusal(() => parseDigest(`sha512:${id}`)).code).toBe("USAGE");
  });

  it("parseOciSignature takes none, cosign or cosign-only, none when empty", () => {
    expect(parseOciSignature(undefined, "oci-signature")).toBe("none");
    expect(parseOciSignature(" Cosign ", "oci-signature")).toBe("cosign");
    expect(parseOciSignature("cosign-only", "oci-signature")).toBe("cosign-only");
    expect(refusal(() => parseOciSignature("notation", "oci-signature")).code).toBe("USAGE");
  });
});

describe("one parser, each front end's name for the setting", () => {
  it("a refusal renders as the action input in the action and as the flag in the CLI", () => {
    const message = refusal(() => parseTimeout("0", "deadline")).message;
    expect(render(message, ACTION_WORDS)).toContain(ACTION_WORDS.setting.deadline);
    expect(render(message, CLI_WORDS)).toContain(CLI_WORDS.setting.deadline);
    expect(render(message, ACTION_WORDS)).not.toBe(render(message, CLI_WORDS));
  });
});

describe("cosign-key given as a KMS alias or key ID, where an ARN is needed", () => {
  it("is recognised, and the refusal names the ARN to give", async () => {
    expect(isKmsKeyName("alias/ci-signer")).toBe(true);
    expect(isKmsKeyName("1234abcd-12ab-34cd-56ef-1234567890ab")).toBe(true);
    expect(isKmsKeyName("mrk-1234abcd12ab34cd56ef1234567890ab")).toBe(true);
    expect(isKmsKeyName("cosign.pub")).toBe(false);
    expect(isKmsKeyName("arn:aws:kms:us-east-1:111122223333:alias/ci")).toBe(false);
    const { parseCosignPemKeys } = await import("../../src/workflows/cosign-keys.js");
    let hint = "";
    try {
      parseCosignPemKeys("alias/ci-signer", "cosign-key");
    } catch (err) {
      hint = (err as UsageError).hint ?? "";
    }
    expect(hint).toBe("an AWS KMS key is given by its ARN here: arn:aws:kms:REGION:ACCOUNT:alias/ci-signer");
  });
});
