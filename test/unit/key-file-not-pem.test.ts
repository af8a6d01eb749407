// A key secret that is not PEM text: the two usual mistakes are named, and none of it is repeated.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { expectWording } from "../helpers/wording.js";

const pem = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .privateKey.export({ format: "pem", type: "pkcs8" })
  .toString();

function refusal(text: string): UsageError {
  try {
    loadPrivateKey(text, "");
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  return expect.fail("expected a refusal");
}

describe("a key secret that is not PEM text", () => {
  it("base64 of the key file: says so, repeating none of it", () => {
    const encoded = Buffer.from(pem).toString("base64");
    const err = refusal(encoded);
    expectWording(err.hint).toContain("looks base64-encoded");
    expect(err.describe()).not.toContain(encoded.slice(0, 24));
  });

  it("line breaks written as \\n: says so, repeating none of it", () => {
    const oneLine = pem.trim().split("\n").join("\\n");
    const err = refusal(oneLine);
    expectWording(err.hint).toContain("the two characters \\n");
    expect(err.describe()).not.toContain(pem.split("\n")[1]!.slice(0, 24));
  });

  it("a PEM flattened onto one line, or without its BEGIN line: says which, not base64", () => {
    const flat = pem.trim().split("\n").join(" ");
    expectWording(refusal(flat).hint).toContain("line breaks were replaced by spaces");
    const headless = pem.trim().split("\n").slice(1).join("\n");
    expectWording(refusal(headless).hint).toContain("-----BEGIN … line is missing");
    for (const text of [flat, headless]) {
      expect(refusal(text).hint).not.toMatch(/base64/);
      expect(refusal(text).describe()).not.toContain(pem.split("\n")[1]!.slice(0, 24));
    }
  });

  it("other text: no guess", () => {
    expect(refusal("not a key at all").hint).toBeUndefined();
  });
});
