import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TrustError, UsageError } from "../../src/errors.js";
import { resolveCredentials } from "../../src/net/credentials.js";

let dir: string;
let configDir: string;
let binDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ct-creds-"));
  configDir = path.join(dir, "docker");
  binDir = path.join(dir, "bin");
  await mkdir(configDir);
  await mkdir(binDir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const basic = (user: string, pass: string) => Buffer.from(`${user}:${pass}`).toString("base64");
const writeConfig = (config: unknown) => writeFile(path.join(configDir, "config.json"), JSON.stringify(config));

/** A docker-credential-<name> script: records its stdin, then runs `body` (sh). */
async function helper(name: string, body: string): Promise<string> {
  const file = path.join(binDir, `docker-credential-${name}`);
  const stdinLog = path.join(dir, `${name}.stdin`);
  await writeFile(file, `#!/bin/sh\n[ "$1" = get ] || exit 3\ncat > '${stdinLog}'\n${body}\n`);
  await chmod(file, 0o755);
  return stdinLog;
}

describe("resolveCredentials", () => {
  it("prefers explicit credentials", async () => {
    await writeConfig({ auths: { "127.0.0.1:5000": { auth: basic("file", "x") } } });
    const r = await resolveCredentials("127.0.0.1:5000", {
      explicit: { username: "ci", password: "pw" },
      dockerConfigDir: configDir,
    });
    expect(r).toEqual({ credentials: { username: "ci", password: "pw" }, source: "inputs" });
  });

  it("reads auths[host].auth as docker/login-action writes it, matching the exact host and port", async () => {
    await writeConfig({
      auths: { "127.0.0.1:5000": { auth: basic("alice", "pa:ss") }, "127.0.0.1:6000": { auth: basic("bob", "x") } },
    });
    const r = await resolveCredentials("127.0.0.1:5000", { dockerConfigDir: configDir });
    expect(r).toEqual({
      credentials: { username: "alice", password: "pa:ss" },
      source: "docker config for 127.0.0.1:5000",
    });
    expect(await resolveCredentials("127.0.0.1:7000", { dockerConfigDir: configDir })).toBeUndefined();
    expect(await resolveCredentials("127.0.0.1", { dockerConfigDir: configDir })).toBeUndefined();
  });

  it("matches https:// keys and Docker Hub aliases", async () => {
    await writeConfig({
      auths: {
        "https://ghcr.io": { auth: basic("g", "1") },
        "https://index.docker.io/v1/": { auth: basic("hub", "2") },
      },
    });
    expect((await resolveCredentials("ghcr.io", { dockerConfigDir: configDir }))?.credentials).toEqual({
      username: "g",
      password: "1",
    });
    for (const host of ["docker.io", "registry-1.docker.io", "index.docker.io"]) {
      expect((await resolveCredentials(host, { dockerConfigDir: configDir }))?.credentials).toEqual({
        username: "hub",
        password: "2",
      });
    }
  });

  it("uses an identity token when the entry has one", async () => {
    await writeConfig({ auths: { "registry.example": { auth: basic("u", "p"), identitytoken: "refresh-me" } } });
    expect((await resolveCredentials("registry.example", { dockerConfigDir: configDir }))?.credentials).toEqual({
      identityToken: "refresh-me",
    });
  });

  it("runs credHelpers[host] with the server URL on stdin", async () => {
    const stdin = await helper("ecr-login", `echo '{"ServerURL":"x","Username":"AWS","Secret":"ecr-token"}'`);
    await writeConfig({ auths: { "1.dkr.ecr.example": {} }, credHelpers: { "1.dkr.ecr.example": "ecr-login" } });
    const r = await resolveCredentials("1.dkr.ecr.example", {
      dockerConfigDir: configDir,
      helperPath: `/nonexistent${path.delimiter}${binDir}`,
    });
    expect(r).toEqual({
      credentials: { username: "AWS", password: "ecr-token" },
      source: "docker config credHelpers ecr-login",
    });
    expect(await readFile(stdin, "utf8")).toBe("1.dkr.ecr.example");
  });

  it("falls back to credsStore, passes Docker Hub's server URL, and maps <token> to an identity token", async () => {
    const stdin = await helper("desktop", `echo '{"Username":"<token>","Secret":"idt"}'`);
    await writeConfig({ credsStore: "desktop" });
    const r = await resolveCredentials("docker.io", { dockerConfigDir: configDir, helperPath: binDir });
    expect(r).toEqual({ credentials: { identityToken: "idt" }, source: "docker config credsStore desktop" });
    expect(await readFile(stdin, "utf8")).toBe("https://index.docker.io/v1/");
  });

  it("treats 'credentials not found' as no credentials", async () => {
    await helper("pass", `echo 'credentials not found in native keychain'; exit 1`);
    await writeConfig({ credsStore: "pass" });
    expect(await resolveCredentials("ghcr.io", { dockerConfigDir: configDir, helperPath: binDir })).toBeUndefined();
  });

  it("reports a failing, missing or hanging helper without leaking its output beyond one line", async () => {
    await helper("broken", `echo 'keychain locked' >&2; echo second line >&2; exit 2`);
    await helper("slow", `sleep 5`);
    await writeConfig({ credHelpers: { a: "broken", b: "missing", c: "slow" } });
    const opts = { dockerConfigDir: configDir, helperPath: binDir, helperTimeoutMs: 300 };
    const broken = await resolveCredentials("a", opts).catch((e: TrustError) => e);
    expect(broken).toMatchObject({
      code: "CREDENTIAL_HELPER",
      message: "docker-credential-broken get for a failed (exit 2): keychain locked",
    });
    const missing = await resolveCredentials("b", opts).catch((e: TrustError) => e);
    expect(missing).toMatchObject({
      code: "CREDENTIAL_HELPER",
      message: "docker-credential-missing is not installed or not on PATH",
    });
    const slow = await resolveCredentials("c", opts).catch((e: TrustError) => e);
    expect(slow).toMatchObject({
      code: "CREDENTIAL_HELPER",
      message: "docker-credential-slow get for c did not finish within 0.3 s",
    });
  });

  it("never quotes a failing helper's answer (JSON on stdout), which holds the secret", async () => {
    const secret = "helper-secret-0123456789";
    await helper("leaky", `echo '{"ServerURL":"a","Username":"ci-bot","Secret":"${secret}"}'; exit 3`);
    await helper("plain", `echo 'no keychain here'; exit 1`);
    await writeConfig({ credHelpers: { a: "leaky", b: "plain" } });
    const opts = { dockerConfigDir: configDir, helperPath: binDir };
    const leaky = await resolveCredentials("a", opts).catch((e: TrustError) => e);
    expect(leaky).toMatchObject({
      code: "CREDENTIAL_HELPER",
      message: "docker-credential-leaky get for a failed (exit 3)",
    });
    // Its answer's secret is the run's secret now: quoted elsewhere by the helper, it is cleared.
    expect(new TrustError("CREDENTIAL_HELPER", `keychain locked for ${secret}`).message).toBe(
      "keychain locked for ***",
    );
    // The protocol's own helpers print their error on stdout: that line is quoted.
    const plain = await resolveCredentials("b", opts).catch((e: TrustError) => e);
    expect(plain).toMatchObject({ message: "docker-credential-plain get for b failed (exit 1): no keychain here" });
  });

  it("makes the credentials it finds secrets that no message shows", async () => {
    const password = "p4ssw0rd-from-config";
    await writeConfig({ auths: { "ghcr.io": { auth: basic("ci", password) } } });
    await resolveCredentials("ghcr.io", { dockerConfigDir: configDir });
    expect(new TrustError("BAD_STATUS", `server said: wrong password ${password}`).message).toBe(
      "server said: wrong password ***",
    );
  });

  it("refuses helper names that could escape the helper naming scheme", async () => {
    await writeConfig({ credsStore: "../../bin/sh" });
    await expect(resolveCredentials("x", { dockerConfigDir: configDir })).rejects.toBeInstanceOf(UsageError);
  });

  it("returns undefined without a config, and a UsageError for a broken one", async () => {
    expect(await resolveCredentials("x", {})).toBeUndefined();
    expect(await resolveCredentials("x", { dockerConfigDir: configDir })).toBeUndefined();
    await writeFile(path.join(configDir, "config.json"), "{not json");
    await expect(resolveCredentials("x", { dockerConfigDir: configDir })).rejects.toThrow(/is not a JSON object/);
    await writeConfig({ auths: { x: { auth: Buffer.from("no-colon").toString("base64") } } });
    const err = await resolveCredentials("x", { dockerConfigDir: configDir }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).not.toContain("no-colon");
  });
});
