import { describe, expect, it } from "vitest";
import { parseDockerfile, DockerfileError, type DockerfileFrom } from "../../src/dockerfile/parse.js";
import { expandWord } from "../../src/dockerfile/shell-word.js";
import { plain } from "../../src/wording.js";

/** The FROMs as `line: image → name:tag` (or the skip / error), for compact tables. */
function summary(froms: DockerfileFrom[]): string[] {
  return froms.map((f) => {
    if (f.error) return `${f.line}: error`;
    if (f.skipped) return `${f.line}: ${f.skipped} ${f.image}`;
    const r = f.reference!;
    return `${f.line}: ${f.image} → ${r.name}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest.slice(0, 13)}` : ""}${f.stageName ? ` as ${f.stageName}` : ""}`;
  });
}

const D = "sha256:" + "ab".repeat(32);

describe("parseDockerfile: images a stage pulls besides its base (COPY --from, RUN --mount from=)", () => {
  it("reads them as images, and earlier stages, stage indexes and scratch as none", () => {
    const text = [
      "ARG TOOLS=registry.example/tools",
      "FROM golang:1.22 AS build",
      "COPY --from=registry.example/tool:2.0 /bin/tool /usr/bin/tool",
      'COPY --chown=1000 --from="ghcr.io/org/x" /a /b',
      "RUN --mount=type=bind,from=registry.example/ext/unsigned:1.0,source=/x,target=/y --mount=type=cache,target=/c true",
      "ARG TOOLS",
      "RUN --mount=from=build,target=/s --network=none --mount=type=bind,from=${TOOLS}:3,target=/t true",
      "FROM alpine:3.19",
      "COPY --from=build /out /out",
      "COPY --from=0 /out /out2",
      "COPY --from=BUILD /out /out3",
      "RUN echo --from=not/a/flag:1",
      "COPY /from=x /y",
      "",
    ].join("\n");
    const froms = parseDockerfile(text);
    expect(froms.map((f) => [f.line, f.via ?? "FROM", f.skipped ?? f.reference?.name, f.reference?.tag])).toEqual([
      [2, "FROM", "docker.io/library/golang", "1.22"],
      [3, "COPY --from", "registry.example/tool", "2.0"],
      [4, "COPY --from", "ghcr.io/org/x", "latest"],
      [5, "RUN --mount", "registry.example/ext/unsigned", "1.0"],
      [7, "RUN --mount", "stage", undefined],
      [7, "RUN --mount", "registry.example/tools", "3"],
      [8, "FROM", "docker.io/library/alpine", "3.19"],
      [9, "COPY --from", "stage", undefined],
      [10, "COPY --from", "stage", undefined],
      [11, "COPY --from", "stage", undefined],
    ]);
    // Only a stage's base can be pinned.
    expect(froms.filter((f) => f.pin).map((f) => f.line)).toEqual([2, 8]);
  });

  it("says why a flag's image cannot be worked out, on its line", () => {
    const [, copy] = parseDockerfile("FROM alpine\nCOPY --from=${NOPE}:1 /a /b\n");
    expect(copy).toMatchObject({ line: 2, via: "COPY --from" });
    expect(plain(copy!.error ?? "")).toMatch(/^Dockerfile:2: COPY --from=\$\{NOPE\}:1: variable NOPE is not declared/);
  });
});

describe("parseDockerfile: which images a Dockerfile builds from, as docker build reads it", () => {
  it.each([
    [
      "no tag means latest, Docker Hub names normalised",
      "FROM alpine\n",
      ["1: alpine → docker.io/library/alpine:latest"],
    ],
    [
      "keywords are case-insensitive, AS too",
      "fRoM alpine:1 aS Build\n",
      ["1: alpine:1 → docker.io/library/alpine:1 as build"],
    ],
    [
      "an upper-case first component is a registry, as in Docker",
      "FROM Registry/x:1\n",
      ["1: Registry/x:1 → Registry/x:1"],
    ],
    [
      "lower-case keyword and as",
      "from alpine:3.19 as build\nFrom build\n",
      ["1: alpine:3.19 → docker.io/library/alpine:3.19 as build", "2: stage build"],
    ],
    [
      "stage references are case-insensitive",
      "FROM alpine AS Builder\nFROM BUILDER\n",
      ["1: alpine → docker.io/library/alpine:latest as builder", "2: stage BUILDER"],
    ],
    [
      "a stage name is only a stage after its FROM",
      "FROM later\nFROM alpine AS later\n",
      ["1: later → docker.io/library/later:latest", "2: alpine → docker.io/library/alpine:latest as later"],
    ],
    [
      "FROM by index is an image, as in BuildKit",
      "FROM alpine\nFROM 0\n",
      ["1: alpine → docker.io/library/alpine:latest", "2: 0 → docker.io/library/0:latest"],
    ],
    ["scratch is no image", "FROM scratch\n", ["1: scratch scratch"]],
    [
      "--platform is ignored, with a variable in it",
      "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n",
      ["1: golang:1.22 → docker.io/library/golang:1.22 as build"],
    ],
    [
      "several flags and a quoted flag value",
      'FROM --platform="linux/amd64" --foo=bar ghcr.io/o/app:v2\n',
      ["1: ghcr.io/o/app:v2 → ghcr.io/o/app:v2"],
    ],
    [
      "tag and digest",
      `FROM registry.example:5000/team/app:v1@${D}\n`,
      [`1: registry.example:5000/team/app:v1@${D} → registry.example:5000/team/app:v1@sha256:ababab`],
    ],
    ["digest only keeps no tag", `FROM alpine@${D}\n`, [`1: alpine@${D} → docker.io/library/alpine@sha256:ababab`]],
    ["comments and blank lines", "# comment\n\n  # indented comment\nFROM alpine # not a comment\n", ["4: error"]],
    [
      "CRLF line ends and a BOM",
      "\ufeffFROM alpine:3\r\nFROM debian:12\r\n",
      ["1: alpine:3 → docker.io/library/alpine:3", "2: debian:12 → docker.io/library/debian:12"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(summary(parseDockerfile(text))).toEqual(expected);
  });

  it("joins continuation lines, dropping comment and blank lines inside them, and reports the FROM keyword's line", () => {
    const text =
      "ARG X=1\n\n  FROM \\\n# a comment inside\n\n    --platform=linux/arm64 \\\n    alpine:3.19 \\\n    AS base\nRUN true\n";
    const [from] = parseDockerfile(text, { file: "docker/app.Dockerfile" });
    expect(from).toMatchObject({
      file: "docker/app.Dockerfile",
      line: 3,
      column: 3,
      raw: "alpine:3.19",
      stageName: "base",
    });
    expect(from!.reference).toMatchObject({ name: "docker.io/library/alpine", tag: "3.19" });
    expect(text.slice(from!.pin!.start, from!.pin!.end)).toBe("alpine:3.19");
  });

  it("honours the escape parser directive (backtick) and only at the top", () => {
    const text =
      "# syntax=docker/dockerfile:1\n# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nFROM alpine \\\nAS x\n";
    expect(summary(parseDockerfile(text))).toEqual([
      "3: mcr.microsoft.com/windows/servercore:ltsc2022 → mcr.microsoft.com/windows/servercore:ltsc2022 as win",
      "5: error",
    ]);
    // After an instruction (or a blank line) it is an ordinary comment: backslash still continues.
    const late = "FROM alpine\n# escape=`\nFROM debian \\\n  AS d\n";
    expect(summary(parseDockerfile(late))).toEqual([
      "1: alpine → docker.io/library/alpine:latest",
      "3: debian → docker.io/library/debian:latest as d",
    ]);
    expect(() => parseDockerfile("# escape=x\nFROM alpine\n", { file: "Dockerfile" })).toThrow(DockerfileError);
  });

  it("does not read FROM lines inside heredocs", () => {
    const text =
      'FROM alpine AS a\nRUN <<EOF\nFROM evil:1\nEOF\nCOPY <<-\'END\' /x\n\tFROM evil:2\n\tEND\nRUN ["echo", "<<NOT"]\nFROM debian:12\n';
    expect(summary(parseDockerfile(text))).toEqual([
      "1: alpine → docker.io/library/alpine:latest as a",
      "9: debian:12 → docker.io/library/debian:12",
    ]);
    expect(() => parseDockerfile("FROM alpine\nRUN <<EOF\necho\n", { file: "f" })).toThrow(
      /^f:2: heredoc <<EOF is not terminated/,
    );
  });

  it("reads <<WORD inside quotes as text, as BuildKit splits the line into shell words first", () => {
    const text = [
      "FROM golang:1.22 AS build",
      "RUN echo \"usage: gen <<EOF\" > /usage.txt && echo 'x <<END' && echo \\<<NOPE",
      "FROM evil:1",
      "RUN <<EOF",
      "FROM inside:heredoc",
      "EOF",
    ].join("\n");
    expect(summary(parseDockerfile(text))).toEqual([
      "1: golang:1.22 → docker.io/library/golang:1.22 as build",
      "3: evil:1 → docker.io/library/evil:1",
    ]);
    // Without the quoting rule this file has no EOF after line 2 and read as unterminated.
    expect(summary(parseDockerfile('FROM a:1\nRUN echo "<<EOF"\nFROM b:2\n'))).toEqual([
      "1: a:1 → docker.io/library/a:1",
      "3: b:2 → docker.io/library/b:2",
    ]);
  });

  it("refuses a FROM using an ARG declared again without a default (builders read it differently)", () => {
    const text = "ARG BASE=evil:1\nARG BASE\nFROM ${BASE:-alpine:3.19}\nFROM ${BASE}\nARG OTHER\nARG OTHER\n";
    expect(parseDockerfile(text, { file: "D" }).map((f) => plain(f.error ?? "ok"))).toEqual(
      [3, 4].map(
        (line) =>
          `D:${line}: FROM ${line === 3 ? "${BASE:-alpine:3.19}" : "${BASE}"}: ARG BASE is declared again without a default, which builders read differently (the earlier value, or empty); give BASE in build-args, or remove the second ARG BASE`,
      ),
    );
    // A build arg settles it.
    expect(summary(parseDockerfile(text, { buildArgs: { BASE: "debian:12" } }))).toEqual([
      "3: debian:12 → docker.io/library/debian:12",
      "4: debian:12 → docker.io/library/debian:12",
    ]);
  });

  it("checks the FROMs of both readings where builders disagree on a heredoc, the image over the stage", () => {
    // BuildKit 0.22 and later read `<< EOF` as a heredoc; earlier versions as two words.
    const spaced = "FROM alpine:3.20\nRUN cat << EOF\nFROM scratch AS evil\nEOF\nFROM evil\n";
    const froms = parseDockerfile(spaced);
    expect(summary(froms)).toEqual([
      "1: alpine:3.20 → docker.io/library/alpine:3.20",
      "3: scratch scratch",
      "5: evil → docker.io/library/evil:latest",
    ]);
    expect(froms[2]!.pin).toBeDefined();
    // A quote left open: BuildKit's lexer fails on the line and reads no heredoc.
    const open = 'FROM alpine:3.20\nRUN echo <<END "\nFROM evil/image:1\nEND\n';
    const both = parseDockerfile(open);
    expect(summary(both)).toEqual([
      "1: alpine:3.20 → docker.io/library/alpine:3.20",
      "3: evil/image:1 → docker.io/evil/image:1",
    ]);
    expect(both[1]!.pin).toBeUndefined();
    // Without such a line there is one reading.
    expect(summary(parseDockerfile("FROM a:1\nRUN <<EOF\nFROM b:2\nEOF\n"))).toEqual([
      "1: a:1 → docker.io/library/a:1",
    ]);
  });

  it("refuses a FROM whose ARG default depends on a builder variable or on a variable without value", () => {
    const text = [
      "ARG SUFFIX=${TARGETARCH:+-${TARGETARCH}}",
      "ARG ARCH=-${TARGETARCH}",
      "ARG VIA=${ARCH}",
      "ARG TAG",
      "ARG FROM_TAG=v${TAG}",
      "FROM alpine:3.19${SUFFIX}",
      "FROM alpine:3.19${VIA}",
      "FROM app:${FROM_TAG}",
      "FROM ${BUILDPLATFORM:+debian:12}",
    ].join("\n");
    expect(parseDockerfile(text, { file: "D" }).map((f) => plain(f.error ?? "ok"))).toEqual([
      "D:6: FROM alpine:3.19${SUFFIX}: TARGETARCH is set by the builder for each platform; give its value in build-args",
      "D:7: FROM alpine:3.19${VIA}: TARGETARCH is set by the builder for each platform; give its value in build-args",
      "D:8: FROM app:${FROM_TAG}: ARG TAG has no default and no build arg gives it a value; give it in build-args",
      "D:9: FROM ${BUILDPLATFORM:+debian:12}: BUILDPLATFORM is set by the builder for each platform; give its value in build-args",
    ]);
    expect(
      summary(parseDockerfile(text, { buildArgs: { TARGETARCH: "amd64", TAG: "2", BUILDPLATFORM: "linux/amd64" } })),
    ).toEqual([
      "6: alpine:3.19-amd64 → docker.io/library/alpine:3.19-amd64",
      "7: alpine:3.19-amd64 → docker.io/library/alpine:3.19-amd64",
      "8: app:v2 → docker.io/library/app:v2",
      "9: debian:12 → docker.io/library/debian:12",
    ]);
  });

  it("resolves ARGs declared before the first FROM, with defaults, overrides and modifiers", () => {
    const text = [
      "ARG REGISTRY=ghcr.io/acme",
      'ARG BASE="alpine:3.19"',
      "ARG TAG",
      "ARG GO=1.22 DISTRO=bookworm",
      "ARG FULL=${REGISTRY}/tool:${GO}",
      "FROM ${BASE} AS one",
      "FROM golang:${GO}-${DISTRO} AS two",
      "FROM $REGISTRY/app:${TAG:-stable}",
      "FROM debian${TAG:+:$TAG}",
      "FROM ${FULL}",
      "ARG LATE=nope",
      "FROM alpine${LATE:+:$LATE}",
    ].join("\n");
    expect(summary(parseDockerfile(text))).toEqual([
      "6: alpine:3.19 → docker.io/library/alpine:3.19 as one",
      "7: golang:1.22-bookworm → docker.io/library/golang:1.22-bookworm as two",
      "8: ghcr.io/acme/app:stable → ghcr.io/acme/app:stable",
      "9: debian → docker.io/library/debian:latest",
      "10: ghcr.io/acme/tool:1.22 → ghcr.io/acme/tool:1.22",
      "12: alpine → docker.io/library/alpine:latest",
    ]);
    const over = parseDockerfile(text, {
      buildArgs: { TAG: "v9", GO: "1.23", BASE: "debian:12", LATE: "x", UNDECLARED: "y" },
    });
    expect(summary(over)).toEqual([
      "6: debian:12 → docker.io/library/debian:12 as one",
      "7: golang:1.23-bookworm → docker.io/library/golang:1.23-bookworm as two",
      "8: ghcr.io/acme/app:v9 → ghcr.io/acme/app:v9",
      "9: debian:v9 → docker.io/library/debian:v9",
      "10: ghcr.io/acme/tool:1.23 → ghcr.io/acme/tool:1.23",
      "12: alpine → docker.io/library/alpine:latest",
    ]);
  });

  it("gives a clear error for a FROM whose variable has no value, and keeps the others", () => {
    const text =
      "ARG TAG\nFROM alpine:$TAG\nFROM app:${UNDECLARED}\nFROM img-${TARGETARCH}:1\nFROM ${NEED:?needed}\nFROM debian:12\n";
    const froms = parseDockerfile(text, { file: "ci/Dockerfile" });
    expect(froms.map((f) => plain(f.error ?? "ok"))).toEqual([
      "ci/Dockerfile:2: FROM alpine:$TAG: ARG TAG has no default and no build arg gives it a value; give it in build-args",
      "ci/Dockerfile:3: FROM app:${UNDECLARED}: variable UNDECLARED is not declared by an ARG before the first FROM (Docker would use an empty string); declare it or write the image name",
      "ci/Dockerfile:4: FROM img-${TARGETARCH}:1: TARGETARCH is set by the builder for each platform; give its value in build-args",
      "ci/Dockerfile:5: FROM ${NEED:?needed}: NEED: needed; give NEED in build-args",
      "ok",
    ]);
    expect(summary(parseDockerfile(text, { buildArgs: { TAG: "3", TARGETARCH: "arm64" } })).slice(0, 3)).toEqual([
      "2: alpine:3 → docker.io/library/alpine:3",
      "3: error",
      "4: img-arm64:1 → docker.io/library/img-arm64:1",
    ]);
  });

  it("reports bad FROM syntax and bad references on their line", () => {
    const froms = parseDockerfile("FROM\nFROM a b\nFROM alpine AS 1st\nFROM Alpine\n", { file: "Dockerfile" });
    expect(froms.map((f) => [f.line, f.error])).toEqual([
      [1, expect.stringMatching(/^Dockerfile:1: FROM needs one image/)],
      [2, expect.stringMatching(/^Dockerfile:2: FROM needs one image and optionally "AS name", found "a b"/)],
      [3, expect.stringMatching(/^Dockerfile:3: invalid stage name "1st"/)],
      [
        4,
        expect.stringMatching(
          /^Dockerfile:4: FROM Alpine: invalid image reference "Alpine": repository name \(library\/Alpine\) must be lowercase/,
        ),
      ],
    ]);
  });

  it("knows where a digest can be written: the literal reference or the one ARG it comes from", () => {
    const text = "ARG BASE=alpine:3.19\nARG T=1\nFROM ${BASE}\nFROM $BASE AS b\nFROM golang:${T}\nFROM debian:12\n";
    const froms = parseDockerfile(text);
    const pinned = froms.map((f) =>
      f.pin ? `${text.slice(f.pin.start, f.pin.end)}${f.pin.arg ? ` (ARG ${f.pin.arg})` : ""}` : "none",
    );
    expect(pinned).toEqual(["alpine:3.19 (ARG BASE)", "alpine:3.19 (ARG BASE)", "none", "debian:12"]);
    // An ARG overridden by a build arg is not the image's source any more.
    expect(parseDockerfile(text, { buildArgs: { BASE: "alpine:3.20" } })[0]!.pin).toBeUndefined();
  });
});

describe("expandWord: BuildKit's shell word rules", () => {
  const vars = new Map([
    ["A", "a"],
    ["EMPTY", ""],
  ]);
  it.each([
    ["$A", "a"],
    ["${A}", "a"],
    ["x$A-y", "xa-y"],
    ["${A:-d}", "a"],
    ["${EMPTY:-d}", "d"],
    ["${EMPTY-d}", ""],
    ["${UNSET-d}", "d"],
    ["${A:+p}", "p"],
    ["${EMPTY:+p}", ""],
    ["${EMPTY+p}", "p"],
    ["${UNSET:-${A}}", "a"],
    ['"q $A"', "q a"],
    ["'q $A'", "q $A"],
    ["\\$A", "$A"],
    ["$", "$"],
    ["a$-b", "a$-b"],
  ])("%s → %s", (word, value) => {
    expect(expandWord(word, vars).value).toBe(value);
  });

  it("lists unset variables only where they are used", () => {
    expect(expandWord("${A:-$UNSET}", vars).unset).toEqual([]);
    expect(expandWord("${UNSET:-$OTHER}", vars).unset).toEqual(["OTHER"]);
    expect(expandWord("x${UNSET}", vars).unset).toEqual(["UNSET"]);
  });

  it("refuses what it cannot expand faithfully", () => {
    expect(() => expandWord("${A#a}", vars)).toThrow(/not supported here/);
    expect(() => expandWord("${A", vars)).toThrow(/missing '}'/);
    expect(() => expandWord("'open", vars)).toThrow(/single quote is not closed/);
    expect(() => expandWord("${:-x}", vars)).toThrow(/bad substitution/);
  });

  it("uses the backtick as the escape character when told to", () => {
    expect(expandWord("`$A", vars, "`").value).toBe("$A");
    expect(expandWord("\\$A", vars, "`").value).toBe("\\a");
  });
});
