// Lists and key IDs as both front ends read them: one splitter for lists, one for lines, one key-ID rule.
import { describe, expect, it } from "vitest";
import { TrustError } from "../../src/errors.js";
import { isKeyId } from "../../src/tuf/keys.js";
import { inputLines, splitList } from "../../src/settings/lists.js";
import { parseKeyIds } from "../../src/settings/values.js";
import { parseRootKeyPins } from "../../src/workflows/verify-policy.js";

const ID = "ab".repeat(32);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err as TrustError;
  }
  throw new Error("did not throw");
};

describe("input lists", () => {
  it("a list is split on lines and commas; # starts a comment; blanks go", () => {
    expect(splitList("v1, v1.2\n\n  latest # moving\n# all of it\n,")).toEqual(["v1", "v1.2", "latest"]);
    expect(splitList(["a,b", "c\r\nd"])).toEqual(["a", "b", "c", "d"]);
    expect(splitList(undefined)).toEqual([]);
  });

  it("lines keep commas and a # inside a line, for values that hold them", () => {
    expect(inputLines("NAME=a,b#c\n  # comment\n\nX=1\r\n")).toEqual(["NAME=a,b#c", "X=1"]);
    expect(inputLines(["a\nb", "c"])).toEqual(["a", "b", "c"]);
  });

  it("a key ID is 64 lower-case hex digits; both root-key-id readers fold case and refuse the same way", () => {
    expect(isKeyId(ID)).toBe(true);
    expect(isKeyId(ID.toUpperCase())).toBe(false);
    expect(isKeyId(ID.slice(1))).toBe(false);
    expect(parseKeyIds(`${ID.toUpperCase()}, ${ID}`)).toEqual([ID, ID]);
    expect(parseRootKeyPins(`app=${ID.toUpperCase()}`)).toEqual([{ repository: "app", keyIds: [ID] }]);
    const fromList = thrown(() => parseKeyIds("1234"));
    const fromPins = thrown(() => parseRootKeyPins("app=1234"));
    expect(fromList.code).toBe("USAGE");
    expect({ message: fromList.message, hint: fromList.hint }).toEqual({
      message: fromPins.message,
      hint: fromPins.hint,
    });
    expect(thrown(() => parseRootKeyPins("app=")).code).toBe("USAGE");
  });
});
