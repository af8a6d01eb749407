// The verify action's trust cache is keyed by repositories, not by the tags a PR bumps.
import { describe, expect, it } from "vitest";
import { trustCacheNames } from "../../src/action/verify.js";

describe("the verify action's trust cache names", () => {
  it("stay the same when a tag or a digest of a base image changes", () => {
    const before = trustCacheNames({ images: "registry.example/base:1.2.3\nalpine:3.20", dockerfiles: "Dockerfile" });
    const after = trustCacheNames({
      images: `alpine:3.21\nregistry.example/base:1.2.4@sha256:${"a".repeat(64)}`,
      dockerfiles: "Dockerfile",
    });
    expect(after.sort()).toEqual(before.sort());
    expect(before).toContain("docker.io/library/alpine");
  });

  it("change with the repositories and the Dockerfile paths", () => {
    const one = trustCacheNames({ images: "registry.example/base:1" });
    expect(trustCacheNames({ images: "registry.example/other:1" })).not.toEqual(one);
    expect(trustCacheNames({ images: "registry.example/base:1", dockerfiles: "services/**/Dockerfile" })).not.toEqual(
      one,
    );
  });
});
