// The tags a sign takes beside its image's: tags, or references to tags of the same repository as
// docker/metadata-action gives them; another repository's are refused, not skipped.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { parseReference } from "../../src/registry/reference.js";
import { tagsToSign } from "../../src/workflows/run-sign.js";
import { expectWording } from "../helpers/wording.js";

const image = parseReference("registry.example.com/team/app:1.4.2");

function refusal(entries: string[]): UsageError {
  try {
    tagsToSign(entries, image);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  return expect.fail("expected a refusal");
}

describe("tagsToSign", () => {
  it("takes tags as they are", () => {
    expect(tagsToSign(["1.4", "1", "latest"], image)).toEqual(["1.4", "1", "latest"]);
  });

  it("takes docker/metadata-action's references to the same repository as their tags, once each", () => {
    const meta = [
      "registry.example.com/team/app:1.4.2",
      "registry.example.com/team/app:1.4",
      "registry.example.com/team/app:latest",
      "1.4",
    ];
    expect(tagsToSign(meta, image)).toEqual(["1.4.2", "1.4", "latest"]);
  });

  it("normalises Docker Hub names as docker does", () => {
    const hub = parseReference("alpine:3.20");
    expect(
      tagsToSign(["docker.io/library/alpine:3", "alpine:latest", "index.docker.io/library/alpine:3.20.1"], hub),
    ).toEqual(["3", "latest", "3.20.1"]);
  });

  it("refuses a reference to another repository, a digest and a reference without a tag", () => {
    const other = refusal(["registry.example.com/team/app:1.4", "ghcr.io/team/app:1.4"]);
    expectWording(other.message).toContain(
      "ghcr.io/team/app:1.4, another repository than registry.example.com/team/app",
    );
    refusal(["registry.example.com/team/app@sha256:" + "a".repeat(64)]);
    refusal(["registry.example.com/team/app"]);
    refusal(["v1 2"]);
  });
});
