import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { formatReference, parseReference } from "../../src/registry/reference.js";

const D = "sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c";
const HEX = D.slice(7);

describe("parseReference", () => {
  // [input, registry, repository, tag, digest] — cases from distribution/reference normalize_test.go and our own.
  it.each([
    ["alpine", "docker.io", "library/alpine", undefined, undefined],
    ["alpine:3.20", "docker.io", "library/alpine", "3.20", undefined],
    ["docker.io/library/alpine", "docker.io", "library/alpine", undefined, undefined],
    ["docker.io/alpine", "docker.io", "library/alpine", undefined, undefined],
    ["index.docker.io/library/alpine:edge", "docker.io", "library/alpine", "edge", undefined],
    ["index.docker.io/debian", "docker.io", "library/debian", undefined, undefined],
    ["docker/docker", "docker.io", "docker/docker", undefined, undefined],
    ["library/foo/bar", "docker.io", "library/foo/bar", undefined, undefined],
    ["test_com/foo", "docker.io", "test_com/foo", undefined, undefined],
    ["localhost/foo", "localhost", "foo", undefined, undefined],
    ["localhost:5000/foo", "localhost:5000", "foo", undefined, undefined],
    ["127.0.0.1:5000/app:v1", "127.0.0.1:5000", "app", "v1", undefined],
    ["test-com:8080/foo", "test-com:8080", "foo", undefined, undefined],
    ["xn--n3h.com:18080/foo", "xn--n3h.com:18080", "foo", undefined, undefined],
    ["[fc00::1]:5000/docker/docker", "[fc00::1]:5000", "docker/docker", undefined, undefined],
    ["Foo/bar", "Foo", "bar", undefined, undefined],
    ["ghcr.io/org/team/app:1.2.3-rc.1", "ghcr.io", "org/team/app", "1.2.3-rc.1", undefined],
    ["docker---rules/docker", "docker.io", "docker---rules/docker", undefined, undefined],
    ["dock__er/docker", "docker.io", "dock__er/docker", undefined, undefined],
    ["192.168.0.1:80", "docker.io", "library/192.168.0.1", "80", undefined],
    [`docker.io/${HEX}`, "docker.io", `library/${HEX}`, undefined, undefined],
    [`a/b:tag@${D}`, "docker.io", "a/b", "tag", D],
    [`busybox@${D}`, "docker.io", "library/busybox", undefined, D],
    [`registry.example:443/app@${D}`, "registry.example:443", "app", undefined, D],
    ["app:_private.Tag-1", "docker.io", "library/app", "_private.Tag-1", undefined],
  ])("%s", (input, registry, repository, tag, digest) => {
    const ref = parseReference(input);
    expect(ref.registry).toBe(registry);
    expect(ref.repository).toBe(repository);
    expect(ref.name).toBe(`${registry}/${repository}`);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
    expect(ref.apiHost).toBe(registry === "docker.io" ? "registry-1.docker.io" : registry);
  });

  it.each([
    ["", "it is empty"],
    ["Foo", "repository name (library/Foo) must be lowercase"],
    ["docker/Docker", "repository name (docker/Docker) must be lowercase"],
    ["docker.io/docker/Docker", "must be lowercase"],
    [HEX, "image ID"],
    ["https://github.com/docker/docker", "without a URL scheme"],
    ["-docker", "the name must be"],
    ["-docker/docker", "the name must be"],
    ["docker-/docker", "the name must be"],
    ["docker///docker", "the name must be"],
    ["____/____", "the name must be"],
    ["dock..er/docker", "the name must be"],
    ["dock_.er/docker", "the name must be"],
    ["docker/", "the name must be"],
    ["[fc00::1]:5000", "the name must be"],
    ["fc00::1:5000/debian", "the name must be"],
    ["[fe80::1%eth0]:5000/debian", "the name must be"],
    ["app:-tag", "a tag is 1 to 128 characters"],
    [`app:${"t".repeat(129)}`, "a tag is 1 to 128 characters"],
    ["app@sha256:abc", "sha256:<64 hexadecimal characters>"],
    [`app@sha512:${"a".repeat(128)}`, "digest algorithm sha512 is not supported"],
    [`app@sha256:${HEX.toUpperCase()}`, "64 lower-case hexadecimal"],
    [`registry.example/${"a".repeat(240)}`, "longer than 255 characters"],
  ])("rejects %s", (input, why) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(why);
  });
});

describe("formatReference", () => {
  it("writes full and familiar forms", () => {
    const ref = parseReference(`alpine:3@${D}`);
    expect(formatReference(ref)).toBe(`docker.io/library/alpine:3@${D}`);
    expect(formatReference(ref, { familiar: true })).toBe(`alpine:3@${D}`);
    expect(formatReference(parseReference("dmcgowan/myapp"), { familiar: true })).toBe("dmcgowan/myapp");
    expect(formatReference(parseReference("library/foo/bar"), { familiar: true })).toBe("library/foo/bar");
    expect(formatReference(parseReference("127.0.0.1:5000/app:v1"), { familiar: true })).toBe("127.0.0.1:5000/app:v1");
  });

  it("round-trips through parseReference", () => {
    for (const input of ["ghcr.io/a/b:c", `localhost:5000/x@${D}`, "docker.io/library/redis:latest"]) {
      expect(formatReference(parseReference(input))).toBe(input);
    }
  });
});
