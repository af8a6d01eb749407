// One glob reading for repository patterns and for finding Dockerfiles.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { globRegExp } from "../../src/glob.js";
import { matchesRepository } from "../../src/workflows/verify-policy.js";
import { findDockerfiles } from "../../src/dockerfile/discovery.js";

const matches = (pattern: string, subject: string) => globRegExp(pattern).test(subject);

describe("glob patterns", () => {
  it("* and ? stay inside one segment", () => {
    expect(matches("a/*", "a/b")).toBe(true);
    expect(matches("a/*", "a/b/c")).toBe(false);
    expect(matches("a/b?", "a/b1")).toBe(true);
    expect(matches("a/b?", "a/b/")).toBe(false);
  });

  it("** as a segment is any number of segments, none included; last, everything below", () => {
    expect(matches("a/**/Dockerfile", "a/Dockerfile")).toBe(true);
    expect(matches("a/**/Dockerfile", "a/x/y/Dockerfile")).toBe(true);
    expect(matches("**/Dockerfile", "Dockerfile")).toBe(true);
    expect(matches("a/**", "a/x/y")).toBe(true);
    expect(matches("a/**", "b/x")).toBe(false);
  });

  it("** inside a segment crosses segments", () => {
    expect(matches("registry.example/team-**", "registry.example/team-a/app")).toBe(true);
    expect(matches("registry.example/team-*", "registry.example/team-a/app")).toBe(false);
  });

  it("everything else is literal", () => {
    expect(matches("a.b/(c)+[d]", "a.b/(c)+[d]")).toBe(true);
    expect(matches("a.b", "axb")).toBe(false);
  });

  it("repository patterns read ** the same way as file patterns", () => {
    expect(matchesRepository("registry.example/**/app", "registry.example/app")).toBe(true);
    expect(matchesRepository("registry.example/**/app", "registry.example/team/app")).toBe(true);
    expect(matchesRepository("registry.example/*", "registry.example/team/app")).toBe(false);
  });
});

describe("finding Dockerfiles by glob", () => {
  let dir = "";
  let outside = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "glob-"));
    outside = await mkdtemp(path.join(tmpdir(), "glob-outside-"));
    for (const f of [
      "Dockerfile",
      "services/a/Dockerfile",
      "services/b/c/Dockerfile",
      "services/a/Dockerfile.dev",
      "services/a/Dockerfile.dev.dockerignore",
      "shared/Dockerfile.web",
      "shared/api/Dockerfile",
    ]) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), "FROM scratch\n");
    }
    await mkdir(path.join(dir, "linked/web"), { recursive: true });
    await symlink("../../shared/Dockerfile.web", path.join(dir, "linked/web/Dockerfile"));
    await symlink("../shared/api", path.join(dir, "linked/api"));
    // A link to the directory it is in: searched once, not without end.
    await symlink(".", path.join(dir, "linked/loop"));
    await symlink("missing", path.join(dir, "linked/dangling"));
    // A link whose name sorts first must not hide the directory it points to from a pattern.
    await mkdir(path.join(dir, "app/docker"), { recursive: true });
    await writeFile(path.join(dir, "app/docker/Dockerfile"), "FROM scratch\n");
    await symlink("app/docker", path.join(dir, "a"));
    // Links out of the workspace are not followed.
    await mkdir(path.join(outside, "x"), { recursive: true });
    await writeFile(path.join(outside, "x/Dockerfile"), "FROM scratch\n");
    await symlink(outside, path.join(dir, "linked/out"));
    await symlink(path.join(outside, "x/Dockerfile"), path.join(dir, "linked/Dockerfile.out"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("** matches no directory and many", async () => {
    expect((await findDockerfiles(["services/**/Dockerfile"], dir)).sort()).toEqual([
      "services/a/Dockerfile",
      "services/b/c/Dockerfile",
    ]);
    expect((await findDockerfiles(["**/Dockerfile"], dir)).sort()).toEqual([
      "Dockerfile",
      // app/docker/Dockerfile is also a/Dockerfile: listed once, under the first name in order.
      "a/Dockerfile",
      // shared/api/Dockerfile is listed once, under the first of its names (linked/api).
      "linked/api/Dockerfile",
      "linked/web/Dockerfile",
      "services/a/Dockerfile",
      "services/b/c/Dockerfile",
    ]);
    expect((await findDockerfiles(["services/**/Dockerfile*"], dir)).sort()).toEqual([
      "services/a/Dockerfile",
      "services/a/Dockerfile.dev",
      "services/b/c/Dockerfile",
    ]);
  });

  it("follows symbolic links to files and directories inside the workspace, a loop once", async () => {
    expect((await findDockerfiles(["linked/**/Dockerfile*"], dir)).sort()).toEqual([
      "linked/api/Dockerfile",
      "linked/web/Dockerfile",
    ]);
    // A pattern that only the real path matches still finds the file a link also names.
    expect(await findDockerfiles(["**/docker/Dockerfile"], dir)).toEqual(["app/docker/Dockerfile"]);
  });

  it("leaves out a Dockerfile's own .dockerignore unless it is named", async () => {
    expect(await findDockerfiles(["services/a/Dockerfile*"], dir)).toEqual([
      "services/a/Dockerfile",
      "services/a/Dockerfile.dev",
    ]);
    expect(await findDockerfiles(["services/a/Dockerfile.dev.dockerignore"], dir)).toEqual([
      "services/a/Dockerfile.dev.dockerignore",
    ]);
  });
});
