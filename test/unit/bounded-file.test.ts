import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileAtMost, readRegularFileAtMostSync } from "../../src/bounded-file.js";
import { TrustStore } from "../../src/workflows/trust-store.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bounded-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: number | string): string {
  const full = path.join(dir, name);
  writeFileSync(full, typeof bytes === "string" ? bytes : Buffer.alloc(bytes, 0x61));
  return full;
}

function fifo(name: string): string {
  const full = path.join(dir, name);
  execFileSync("mkfifo", [full]);
  return full;
}

describe("readFileAtMost", () => {
  it("reads a file of up to the limit whole, and says when one holds more", async () => {
    expect((await readFileAtMost(file("small", "hello"), 10)).bytes?.toString()).toBe("hello");
    expect((await readFileAtMost(file("exact", 100_000), 100_000)).bytes).toHaveLength(100_000);
    expect(await readFileAtMost(file("over", 100_001), 100_000)).toEqual({ tooLarge: true });
    expect((await readFileAtMost(file("empty", 0), 10)).bytes).toHaveLength(0);
  });

  it("stops at the limit on a device that never ends and on a pipe that keeps writing", async () => {
    expect(await readFileAtMost("/dev/zero", 1024 * 1024)).toEqual({ tooLarge: true });
    const pipe = fifo("endless");
    // A writer that would write 64 MiB: the read stops after the limit and the writer meets a closed pipe.
    const writer = spawn("sh", ["-c", `head -c 67108864 /dev/zero > '${pipe}'`], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => writer.on("exit", () => resolve()));
    expect(await readFileAtMost(pipe, 4096)).toEqual({ tooLarge: true });
    await exited;
  });

  it("reads what a pipe holds, as the shell's <(…) gives it", async () => {
    const pipe = fifo("short");
    const writer = spawn("sh", ["-c", `printf 'key text' > '${pipe}'`], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => writer.on("exit", () => resolve()));
    expect((await readFileAtMost(pipe, 1024)).bytes?.toString()).toBe("key text");
    await exited;
  });

  it("reads a regular file without a round trip through the thread pool", async () => {
    // An answer from the thread pool comes in a later turn of the event loop, behind whatever other
    // I/O is ready then (at start-up, many TLS handshakes); a regular file's comes in promise jobs.
    let bytes: Buffer | undefined;
    void readFileAtMost(file("at-once", "ca text"), 1024).then((r) => (bytes = r.bytes));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(bytes?.toString()).toBe("ca text");
  });

  it("throws what fs throws for a file that cannot be read", async () => {
    await expect(readFileAtMost(path.join(dir, "missing"), 10)).rejects.toMatchObject({ code: "ENOENT" });
    mkdirSync(path.join(dir, "a-dir"));
    await expect(readFileAtMost(path.join(dir, "a-dir"), 10)).rejects.toMatchObject({ code: "EISDIR" });
  });
});

describe("readRegularFileAtMostSync", () => {
  it("reads a regular file of up to the limit, and nothing else", () => {
    expect(readRegularFileAtMostSync(file("r-small", "root"), 10)?.toString()).toBe("root");
    expect(readRegularFileAtMostSync(file("r-exact", 70_000), 70_000)).toHaveLength(70_000);
    expect(readRegularFileAtMostSync(file("r-over", 70_001), 70_000)).toBeUndefined();
    expect(() => readRegularFileAtMostSync(path.join(dir, "r-missing"), 10)).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
    expect(() => readRegularFileAtMostSync(path.join(dir, "r-small", "below"), 10)).toThrow(
      expect.objectContaining({ code: "ENOTDIR" }),
    );
    expect(readRegularFileAtMostSync(dir, 10)).toBeUndefined();
    expect(readRegularFileAtMostSync("/dev/zero", 10)).toBeUndefined();
  });

  it("neither reads a huge file nor waits for a pipe's writer", () => {
    const huge = file("huge", 0);
    truncateSync(huge, 8 * 1024 ** 3); // sparse: 8 GiB that a whole read would try to hold
    expect(readRegularFileAtMostSync(huge, 2 * 1024 * 1024)).toBeUndefined();
    expect(readRegularFileAtMostSync(fifo("no-writer"), 10)).toBeUndefined();
  });
});

describe("the trust store", () => {
  it("keeps a root and versions across runs", async () => {
    const store = new TrustStore(path.join(dir, "trust"));
    await store.save("example.com/team/app", new TextEncoder().encode('{"signed":{}}'), { "targets.json": 3 });
    expect(await store.load("example.com/team/app")).toEqual({
      trustedRoot: new TextEncoder().encode('{"signed":{}}'),
      previousVersions: { "targets.json": 3 },
    });
  });

  it("refuses a stored root that is not a regular file within its bound, and takes a missing one as none", async () => {
    const store = new TrustStore(path.join(dir, "trust2"));
    const metadata = path.join(dir, "trust2", "tuf", "example.com", "app", "metadata");
    expect(await store.load("example.com/app")).toEqual({});
    mkdirSync(metadata, { recursive: true });
    execFileSync("mkfifo", [path.join(metadata, "root.json")]);
    await expect(store.load("example.com/app")).rejects.toMatchObject({ code: "USAGE" });
    rmSync(path.join(metadata, "root.json"));
    writeFileSync(path.join(metadata, "root.json"), "");
    truncateSync(path.join(metadata, "root.json"), 2 * 1024 * 1024 + 1);
    await expect(store.load("example.com/app")).rejects.toMatchObject({ code: "USAGE" });
    // A versions file that cannot be read counts as none, as one that does not parse does.
    rmSync(path.join(metadata, "root.json"));
    execFileSync("mkfifo", [path.join(metadata, "content-trust-versions.json")]);
    expect(await store.load("example.com/app")).toEqual({});
  });
});
