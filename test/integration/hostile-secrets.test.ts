// Secrets and log injection, with the bundled action (dist/sign) run as the runner runs it, debug
// logging on: through failure paths (wrong passphrase, refused password, expired token) no key
// line, passphrase, password, token or base64(user:password) appears in stdout, stderr, outputs or
// the summary; and strings a server controls cannot start a workflow command line.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";
import { startProxy, type Proxy, type ProxyAuth } from "../stack/proxy.js";
import { randomSecret } from "../stack/proxy-auth.js";
import { useStack } from "../stack/use-stack.js";
import { createOwnedRepo, randomDigest, targetMeta, type OwnedRepo } from "../helpers/owned-repo.js";
import { NODE24, leakedSecrets, runAction, type RunnerResult } from "../helpers/runner.js";
import { pushImage } from "../stack/registry.js";
import { runnerCommands, type ReadCommand } from "../helpers/workflow-commands.js";

const stack = useStack();
const DEBUG = { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" };
const PASSPHRASE = randomSecret("passphrase");
const USER = "ci-bot";
const PASSWORD = randomSecret("password");
let repo: OwnedRepo;
let keyText: string;
const proxies: Proxy[] = [];

// A repository of its own for each test: a run that published must not make the next one a no-op.
beforeEach(async () => {
  repo = await createOwnedRepo(stack, "secrets");
  await pushImage(stack.registry.url, repo.repo, "v1");
  keyText = encodePrivateKeyFile(repo.keys.ci.privateKey, { role: "ci", passphrase: PASSPHRASE });
});
afterEach(() => repo?.close());
afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
});

async function notaryProxy(auth?: ProxyAuth): Promise<Proxy> {
  const proxy = await startProxy({
    upstream: stack.notary.local.url,
    upstreamCa: stack.caPem,
    ...(auth ? { auth } : {}),
  });
  proxies.push(proxy);
  return proxy;
}

function sign(proxy: Proxy, extra: Record<string, string> = {}): Promise<RunnerResult> {
  return runAction(
    ".",
    {
      image: `${repo.gun}:v1`,
      "signer-key": keyText,
      "signer-key-passphrase": PASSPHRASE,
      "notary-server": proxy.url,
      "insecure-registries": stack.registry.host,
      timeout: "10",
      ...extra,
    },
    DEBUG,
  );
}

const visible = (run: RunnerResult) => [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join("\n");

/** Every encoding of a credential the code produces: as is, URL-encoded, Basic, Bearer tokens. */
function credentialForms(user: string, password: string, tokens: readonly string[] = []): string[] {
  return [password, encodeURIComponent(password), Buffer.from(`${user}:${password}`).toString("base64"), ...tokens];
}

/** Lines of stdout that are workflow commands other than the ones the action itself may write. */
function foreignCommands(stdout: string, secrets: string[]): ReadCommand[] {
  const masks = new Set(secrets.flatMap((s) => [s, s.trim(), ...s.split("\n").map((l) => l.trim())]));
  return runnerCommands(stdout).filter((c) => {
    // The action's own commands start their line; the older form is never the action's.
    if (c.form !== "::" || !c.line.startsWith("::")) return true;
    if (c.name === "add-mask")
      return !masks.has(c.data.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%"));
    return !["debug", "error", "warning", "notice", "group", "endgroup"].includes(c.name);
  });
}

describe("secrets stay out of every visible output, with debug logging on", () => {
  it("on a wrong passphrase", async () => {
    const run = await sign(await notaryProxy(), { "signer-key-passphrase": "not-the-passphrase-xyz" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::wrong passphrase for key file \(role ci\); give the passphrase the key file was written with in signer-key-passphrase$/m,
    );
    expect(leakedSecrets(visible(run), [keyText, PASSPHRASE, "not-the-passphrase-xyz"])).toEqual([]);
  });

  it("when the token endpoint refuses the password given", async () => {
    const proxy = await notaryProxy({ scheme: "bearer", username: USER, password: randomSecret("other") });
    const run = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error::token endpoint ${proxy.url}/token refused credentials from inputs for repository:${repo.gun}:pull \\(401\\); check that the credentials from inputs are valid and may pull ${repo.gun}$`,
        "m",
      ),
    );
    expect(leakedSecrets(visible(run), [keyText, PASSPHRASE, ...credentialForms(USER, PASSWORD)])).toEqual([]);
  });

  it("when a server refuses Basic credentials", async () => {
    const proxy = await notaryProxy({ scheme: "basic", username: USER, password: randomSecret("other") });
    const run = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error::127\\.0\\.0\\.1:\\d+ refused GET ${proxy.url}/v2/${repo.gun}/_trust/tuf/\\S+ \\(401\\) with credentials from inputs`,
        "m",
      ),
    );
    expect(leakedSecrets(visible(run), [keyText, PASSPHRASE, ...credentialForms(USER, PASSWORD)])).toEqual([]);
  });

  it("when a token expires mid-run and is refreshed", async () => {
    const proxy = await notaryProxy({ scheme: "bearer", username: USER, password: PASSWORD });
    const expire = (body: Buffer) => {
      proxy.auth!.expireTokens();
      return body;
    };
    proxy.on({ method: "GET", path: /\/targets\.json$/, times: 1 }, { rewriteRequest: expire });
    const run = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD });
    expect(run.code, run.stdout).toBe(0);
    expect(proxy.auth!.refused.length).toBeGreaterThan(1);
    expect(proxy.auth!.issued.length).toBeLessThanOrEqual(3);
    expect(
      leakedSecrets(visible(run), [keyText, PASSPHRASE, ...credentialForms(USER, PASSWORD, proxy.auth!.issued)]),
    ).toEqual([]);
  });
});

describe("credentials a server repeats in its error stay out of every visible output", () => {
  /** An error body that repeats the request's Authorization header in its message, detail and code. */
  const echoing = (status: number) => ({
    status,
    rewrite: (_body: Buffer, _res: unknown, req: { headers: Record<string, string> }) => {
      const said = `request had Authorization: ${req.headers.authorization ?? "none"}`;
      return Buffer.from(JSON.stringify({ errors: [{ code: said, message: said, detail: said }] }));
    },
  });

  it("a bearer token, for the action and for the CLI", async () => {
    const proxy = await notaryProxy({ scheme: "bearer", username: USER, password: PASSWORD });
    proxy.on({ method: "GET", path: /\/root\.json$/ }, echoing(418));
    const run = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::.*GET root\.json answered HTTP 418: request had Authorization: Bearer \*\*\*/m,
    );
    expect(proxy.auth!.issued.length).toBeGreaterThan(0);
    const forms = credentialForms(USER, PASSWORD, proxy.auth!.issued);
    expect(leakedSecrets(visible(run), [keyText, PASSPHRASE, ...forms])).toEqual([]);

    const cli = await signWithCli(proxy, ["--registry-username", USER], { CONTENT_TRUST_REGISTRY_PASSWORD: PASSWORD });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/GET root\.json answered HTTP 418: request had Authorization: Bearer \*\*\*/);
    const cliForms = credentialForms(USER, PASSWORD, proxy.auth!.issued);
    expect(leakedSecrets([cli.stdout, cli.stderr].join("\n"), [keyText, PASSPHRASE, ...cliForms])).toEqual([]);
  });

  it("Basic credentials, in a server failure and in a rejected upload's detail", async () => {
    const proxy = await notaryProxy({ scheme: "basic", username: USER, password: PASSWORD });
    proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, echoing(500));
    const failing = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD, timeout: "5" });
    expect(failing.code).toBe(1);
    expect(leakedSecrets(visible(failing), [keyText, PASSPHRASE, ...credentialForms(USER, PASSWORD)])).toEqual([]);

    proxy.clearRules();
    proxy.on({ method: "POST", path: /\/_trust\/tuf\/$/ }, echoing(400));
    const rejected = await sign(proxy, { "registry-username": USER, "registry-password": PASSWORD });
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/^::error::.*POST .*Authorization: Basic \*\*\*/m);
    expect(leakedSecrets(visible(rejected), [keyText, PASSPHRASE, ...credentialForms(USER, PASSWORD)])).toEqual([]);
  });

  it("a password in the Notary server's URL, for the action and for the CLI", async () => {
    const password = randomSecret("url-password");
    for (const server of [`ftp://${USER}:${password}@notary.example`, `https://${USER}:${password}@127.0.0.1:99999`]) {
      const run = await sign(await notaryProxy(), { "notary-server": server });
      expect(run.code).toBe(1);
      expect(leakedSecrets(visible(run), [password])).toEqual([]);
      const cli = await runCli(["sign", `${repo.gun}:v1`, "--notary-server", server]);
      expect(cli.code).not.toBe(0);
      expect(cli.stderr).toMatch(/notary-server/);
      expect(leakedSecrets([cli.stdout, cli.stderr].join("\n"), [password])).toEqual([]);
    }
  });
});

describe("strings a server controls cannot start a workflow command", () => {
  const evil =
    "x\n::set-output name=digest::evil\n::add-mask::evil\r\n::warning::owned ##[set-output name=digest;]evil ##[stop-commands]tok";
  /** The CLI as a step of a GitHub Actions job runs it. */
  const IN_ACTIONS = { GITHUB_ACTIONS: "true" };

  it("in the detail of a refused upload, for the action and for the CLI", async () => {
    const proxy = await notaryProxy();
    const body = {
      errors: [{ code: "INVALID_UPDATE", message: evil, detail: { Name: "ErrBadTargets", Error: { Msg: evil } } }],
    };
    proxy.on(
      { method: "POST", path: /\/_trust\/tuf\/$/ },
      {
        serve: {
          status: 400,
          headers: { "content-type": "application/json" },
          body: Buffer.from(JSON.stringify(body)),
        },
      },
    );
    const run = await sign(proxy);
    expect(run.code).toBe(1);
    // Inside the line, `::` is harmless and stays; `##[` is read anywhere, and is broken.
    expect(run.stdout).toMatch(
      /^::error::.*rejected POST .*ErrBadTargets: x ::set-output name=digest::evil ::add-mask::evil/m,
    );
    expect(run.stdout).toContain("##\u200b[stop-commands]tok");
    expect(foreignCommands(run.stdout, [keyText, PASSPHRASE])).toEqual([]);
    expect(run.outputs.digest).toBeUndefined();

    const cli = await signWithCli(proxy, [], IN_ACTIONS);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/ErrBadTargets: x ::set-output name=digest::evil ::add-mask::evil/);
    expect(cli.stderr).toContain("##\u200b[stop-commands]tok");
    expect([...runnerCommands(cli.stderr), ...runnerCommands(cli.stdout)]).toEqual([]);
  });

  it("in an error code of a failing server", async () => {
    const proxy = await notaryProxy();
    const body = { errors: [{ code: evil, message: evil }] };
    proxy.on(
      { method: "GET", path: /\/timestamp\.json$/ },
      { serve: { status: 503, headers: {}, body: Buffer.from(JSON.stringify(body)) } },
    );
    const run = await sign(proxy);
    expect(run.code).toBe(1);
    // A code that is not a code (capitals and underscores) is not quoted at all.
    expect(run.stdout).toMatch(/^::error::.*GET timestamp\.json failed with HTTP 503 \(tried \d+ times\)/m);
    expect(run.stdout).not.toContain("set-output");
    expect(foreignCommands(run.stdout, [keyText, PASSPHRASE])).toEqual([]);

    const cli = await signWithCli(proxy, [], IN_ACTIONS);
    expect(cli.stderr).toMatch(/GET timestamp\.json failed with HTTP 503 \(tried \d+ times\)/);
    expect(cli.stderr).not.toContain("set-output");
    expect([...runnerCommands(cli.stderr), ...runnerCommands(cli.stdout)]).toEqual([]);
  });

  it("in tag names a co-signer published, as the CLI prints them on stdout, in text and in JSON", async () => {
    const names = ["::set-output name=digest::evil", "##[stop-commands]tok"];
    await repo.publishDelegation("targets/releases", (t) => {
      for (const name of names) t.targets.set(name, targetMeta(randomDigest(name), 100));
    });
    const server = (await notaryProxy()).url;
    const text = await runCli(["inspect", repo.gun, "--notary-server", server], null, IN_ACTIONS);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("##\u200b[stop-commands]tok");
    expect(text.stdout).toContain("set-output name=digest");
    expect([...runnerCommands(text.stdout), ...runnerCommands(text.stderr)]).toEqual([]);

    const json = await runCli(["inspect", repo.gun, "--notary-server", server, "--json"], null, IN_ACTIONS);
    expect(json.code, json.stderr).toBe(0);
    expect([...runnerCommands(json.stdout), ...runnerCommands(json.stderr)]).toEqual([]);
    // The same data as outside a GitHub step.
    const plain = await runCli(["inspect", repo.gun, "--notary-server", server, "--json"], null);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(JSON.stringify(JSON.parse(plain.stdout))).toContain(JSON.stringify(names[1]));
  });

  it("in the media type of a manifest, which is neither logged nor output", async () => {
    const registry = await startProxy({ upstream: stack.registry.url });
    proxies.push(registry);
    const host = new URL(registry.url).host;
    const own = await createOwnedRepo(stack, "secrets-media", stack.notary.local.url, host);
    try {
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: `application/vnd.oci.image.manifest.v1+json${evil}`,
          config: {},
          layers: [],
        }),
      );
      const digest = `sha256:${createHash("sha256").update(manifest).digest("hex")}`;
      registry.on(
        { method: "GET", path: /\/manifests\/v1$/ },
        {
          serve: {
            status: 200,
            headers: { "content-type": "application/json", "docker-content-digest": digest },
            body: manifest,
          },
        },
      );
      const run = await runAction(
        ".",
        {
          image: `${own.gun}:v1`,
          "signer-key": own.ciKeyPem,
          "notary-server": (await notaryProxy()).url,
          "insecure-registries": host,
        },
        DEBUG,
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.digest).toBe(digest);
      expect(run.stdout).toContain("unknown media type");
      expect(foreignCommands(run.stdout, [own.ciKeyPem])).toEqual([]);
      expect(visible(run)).not.toContain("set-output name=digest::evil");
      const cli = await runCli(
        [
          "sign",
          `${own.gun}:v1`,
          "--tags",
          "v2",
          "--notary-server",
          (await notaryProxy()).url,
          "--insecure-registry",
          host,
        ],
        own.ciKeyPem,
        IN_ACTIONS,
      );
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stderr).toContain("unknown media type");
      expect([...runnerCommands(cli.stderr), ...runnerCommands(cli.stdout)]).toEqual([]);
      expect(cli.stderr + cli.stdout).not.toContain("set-output");
    } finally {
      own.close();
    }
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** dist/cli with the key in a file of its own and its passphrase in the environment. */
/** The CLI's sign of the test's image through `proxy` (the Notary server), with the key file. */
function signWithCli(
  proxy: Proxy,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(
    ["sign", `${repo.gun}:v1`, "--notary-server", proxy.url, "--insecure-registry", stack.registry.host, ...extra],
    keyText,
    env,
  );
}

/** The CLI, with `key` as its signer key file (none when null). */
function runCli(
  args: string[],
  key: string | null = keyText,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(path.join(os.tmpdir(), "ct-secrets-cli-"));
  const keyFile = path.join(home, "ci.key");
  if (key !== null) writeFileSync(keyFile, key, { mode: 0o600 });
  const keyFlags = key === null ? [] : ["--signer-key", keyFile];
  return new Promise((resolve) => {
    const child = spawn(NODE24, [path.join(repoRoot, "dist/cli/index.js"), ...args, ...keyFlags], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, CONTENT_TRUST_PASSPHRASE: PASSPHRASE, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
