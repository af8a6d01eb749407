import { describe, expect, it } from "vitest";
import { pinDockerfile, type PinnableResult } from "../../src/dockerfile/pin.js";
import { parseDockerfile } from "../../src/dockerfile/parse.js";

const D1 = "sha256:" + "11".repeat(32);
const D2 = "sha256:" + "22".repeat(32);

/** Passed results for every FROM of `text` that names an image, with the digests given by name. */
function resultsFor(text: string, digests: Record<string, string>, file = "Dockerfile"): PinnableResult[] {
  return parseDockerfile(text, { file })
    .filter((f) => f.reference)
    .map((f) => ({
      file,
      line: f.line,
      name: f.reference!.name,
      tag: f.reference!.tag ?? "v?",
      digest: digests[f.reference!.name]!,
      passed: true,
    }));
}

describe("pinDockerfile", () => {
  const text = [
    "# syntax=docker/dockerfile:1",
    "ARG BASE=ghcr.io/acme/base:1.0",
    "FROM --platform=$BUILDPLATFORM golang:1.22 AS build",
    "RUN go build ./...",
    "FROM ${BASE}   AS   runtime",
    "FROM alpine",
    "FROM build",
    "FROM scratch",
    "",
  ].join("\n");
  const digests = { "docker.io/library/golang": D1, "ghcr.io/acme/base": D2, "docker.io/library/alpine": D1 };

  it("writes name:tag@digest, keeping the written name, flags, AS name and the rest of the line", () => {
    const out = pinDockerfile(text, resultsFor(text, digests));
    expect(out.text.split("\n")).toEqual([
      "# syntax=docker/dockerfile:1",
      `ARG BASE=ghcr.io/acme/base:1.0@${D2}`,
      `FROM --platform=$BUILDPLATFORM golang:1.22@${D1} AS build`,
      "RUN go build ./...",
      "FROM ${BASE}   AS   runtime",
      `FROM alpine:latest@${D1}`,
      "FROM build",
      "FROM scratch",
      "",
    ]);
    // Each on the line that changed: the ARG's for the image its default names.
    expect(out.pinned.map((p) => [p.line, p.from])).toEqual([
      [2, "ghcr.io/acme/base:1.0"],
      [3, "golang:1.22"],
      [6, "alpine"],
    ]);
  });

  it("is idempotent: pinning a pinned file changes nothing", () => {
    const once = pinDockerfile(text, resultsFor(text, digests)).text;
    const twice = pinDockerfile(once, resultsFor(once, digests));
    expect(twice.text).toBe(once);
    expect(twice.pinned).toEqual([]);
  });

  it("replaces an outdated pin with the verified digest and leaves failed or foreign results alone", () => {
    const pinned = `FROM alpine:3.19@${D2}\nFROM debian:12\n`;
    const results: PinnableResult[] = [
      { file: "Dockerfile", line: 1, name: "docker.io/library/alpine", tag: "3.19", digest: D1, passed: true },
      { file: "Dockerfile", line: 2, name: "docker.io/library/debian", tag: "12", digest: D1, passed: false },
      { file: "other/Dockerfile", line: 2, name: "docker.io/library/debian", tag: "12", digest: D1, passed: true },
    ];
    expect(pinDockerfile(pinned, results).text).toBe(`FROM alpine:3.19@${D1}\nFROM debian:12\n`);
  });

  it("keeps registry ports and familiar names, handles continuation lines, and says what it cannot pin", () => {
    const file =
      "ARG T=1\nFROM \\\n  localhost:5000/team/app:v1 \\\n  AS a\nFROM debian:${T}\nFROM alpine@" + D1 + "\n";
    const parsed = parseDockerfile(file);
    const results: PinnableResult[] = parsed.map((f) => ({
      file: "Dockerfile",
      line: f.line,
      name: f.reference!.name,
      tag: f.reference!.tag ?? "",
      digest: f.reference!.name.includes("alpine") ? D1 : D2,
      passed: true,
    }));
    const out = pinDockerfile(file, results);
    expect(out.text).toBe(
      `ARG T=1\nFROM \\\n  localhost:5000/team/app:v1@${D2} \\\n  AS a\nFROM debian:\${T}\nFROM alpine@${D1}\n`,
    );
    expect(out.unpinned).toEqual([
      { line: 5, reason: "FROM debian:${T} is built from variables; write the digest where the image name is set" },
    ]);
  });

  it("leaves an ARG alone that anything but whole FROM images reads: pinning it would change those uses", () => {
    const image = "ghcr.io/acme/base:2.0";
    const digests = { "ghcr.io/acme/base": D1 };
    for (const use of ["FROM ${BASE}-slim", "ARG FULL=${BASE}\nFROM ${FULL}", "LABEL base=$BASE"]) {
      const file = `ARG BASE=${image}\nFROM \${BASE} AS build\n${use}\n`;
      const out = pinDockerfile(file, resultsFor(file, digests));
      expect(out.text, use).toBe(file);
      expect(out.unpinned[0]?.reason, use).toMatch(/^ARG BASE is also used elsewhere than as a whole FROM image/);
    }
    // Only whole FROM images (any number, either spelling): the default is pinned once.
    const only = `ARG BASE=${image}\nFROM \${BASE} AS build\nFROM $BASE\n`;
    expect(pinDockerfile(only, resultsFor(only, digests)).text).toBe(
      `ARG BASE=${image}@${D1}\nFROM \${BASE} AS build\nFROM $BASE\n`,
    );
  });

  it("reads a continuation line of hundreds of thousands of characters", () => {
    const file = `FROM alpine:3.20\nRUN echo \\\n ${"x".repeat(400_000)}\n`;
    expect(parseDockerfile(file).map((f) => f.image)).toEqual(["alpine:3.20"]);
  });

  it("says that a literal image split across lines or quoted cannot be pinned, not that it is built from variables", () => {
    const file = 'ARG B="alpine:3.20"\nFROM alpine:\\\n3.20\nFROM ${B}\n';
    const out = pinDockerfile(file, resultsFor(file, { "docker.io/library/alpine": D1 }));
    expect(out.text).toBe(file);
    expect(out.unpinned.map((u) => u.reason)).toEqual([
      "FROM alpine:3.20 is not written as one plain word (split across lines, or quoted); write it on one line to pin it",
      "FROM ${B}: the default of ARG B is quoted; write it without quotes to pin it",
    ]);
    // An ARG a COPY --from reads too is not only a FROM's image: its default stays as written.
    const copied = "ARG B=alpine:3.20\nFROM ${B}\nCOPY --from=${B} /a /b\n";
    const kept = pinDockerfile(copied, resultsFor(copied, { "docker.io/library/alpine": D1 }));
    expect(kept.text).toBe(copied);
    expect(kept.unpinned.map((u) => u.line)).toEqual([2]);
    // An ARG a build arg sets: the digest belongs where the build arg is given.
    const given = pinDockerfile(
      "ARG B=alpine:3.20\nFROM ${B}\n",
      [{ file: "Dockerfile", line: 2, name: "docker.io/library/alpine", tag: "3.21", digest: D1, passed: true }],
      { buildArgs: { B: "alpine:3.21" } },
    );
    expect(given.unpinned.map((u) => u.reason)).toEqual([
      "FROM ${B}: ARG B is given by a build arg, not by the Dockerfile; pin the digest where the build arg is set",
    ]);
  });
});
