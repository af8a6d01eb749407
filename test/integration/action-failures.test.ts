// What a person sees when a step fails: the job summary of a failed sign, revoke and renew (what
// failed, on which image and server, the reason code, what to do), messages in the action's words,
// inputs refused by name, booleans read as the runner reads them. The bundles run as the runner
// runs them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { runAction } from "../helpers/runner.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let keyText: string;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
  const key = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", uniqueRepo("fail-key")));
  keyText = await readFile(key.privateKeyPath, "utf8");
});
afterAll(() => docker?.dispose());

/** The rows of the failure summary, as a map from the first column to the second. */
function summaryRows(summary: string): Record<string, string> {
  return Object.fromEntries(
    [...summary.matchAll(/^\| ([^|]+?) \| (.*) \|$/gm)]
      .filter((m) => m[1] !== "---" && m[1]!.trim() !== "")
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** Words of the CLI that an action must never print. */
function cliWords(text: string): string[] {
  return [
    ...text.matchAll(
      /--(signer-key|aws-kms-key|aws-region|expires|within|build-arg|key-dir|root-key-id|notary-server)\b|content-trust (renew|sign|init|signer)\b|CONTENT_TRUST_\w+/g,
    ),
  ].map((m) => m[0]);
}

describe("failed steps write a job summary", () => {
  it("sign: an unreachable Notary server, with the image, the server, the reason code and what to do; each retry is logged", async () => {
    const repo = uniqueRepo("fail-sign");
    const image = `${stack.registry.host}/${repo}`;
    await pushImage(stack.registry.url, repo, "v1");
    const closed = "https://127.0.0.1:9";
    const run = await runAction(".", {
      image: `${image}:v1`,
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": closed,
      "insecure-registries": stack.registry.host,
      timeout: "5",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^content-trust-action \d+\.\d+\.\d+ \(sign\)$/m);
    expect(run.stdout).toMatch(
      /^GET https:\/\/127\.0\.0\.1:9\/\S+ failed \(UNREACHABLE: ECONNREFUSED\); retrying in \d+ ms \(attempt 2 of 4\)$/m,
    );
    // The server's every file fails alike: one line per attempt, not one per file.
    const retries = run.stdout.split("\n").filter((l) => / failed \(UNREACHABLE: ECONNREFUSED\); retrying in /.test(l));
    expect(retries.map((l) => /\(attempt (\d) of 4\)$/.exec(l)?.[1])).toEqual(["2", "3", "4"]);
    expect(run.summary).toContain("### ❌ Content trust: sign failed");
    const rows = summaryRows(run.summary);
    expect(rows["What failed"]).toContain("127.0.0.1:9");
    expect(rows["Image"]).toBe(`\`${image}:v1\``);
    expect(rows["Notary server"]).toBe(closed);
    expect(rows["Reason code"]).toBe("`UNREACHABLE`");
    expect(rows["What to do"]).toMatch(/\w+/);
    expect(cliWords(run.stdout + run.summary)).toEqual([]);
  });

  it("revoke: a digest instead of a tag says to give IMAGE:TAG, in the log and the summary", async () => {
    const image = `${stack.registry.host}/${uniqueRepo("fail-revoke")}`;
    const digest = `sha256:${"ab".repeat(32)}`;
    const run = await runAction("revoke", {
      image: `${image}@${digest}`,
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::${image}@${digest} names a digest, but what is revoked is a signed tag; give image as ${image}:TAG`,
    );
    expect(run.stdout).not.toMatch(/repository alone/);
    const rows = summaryRows(run.summary);
    expect(run.summary).toContain("### ❌ Content trust: revoke failed");
    expect(rows["Image"]).toBe(`\`${image}@${digest}\``);
    expect(rows["Notary server"]).toBe(server);
    expect(rows["Reason code"]).toBe("`USAGE`");
    expect(rows["What to do"]).toBe(`give image as ${image}:TAG`);
  });

  it("renew: a repository with no trust data, with advice in the action's words", async () => {
    const image = `${stack.registry.host}/${uniqueRepo("fail-renew")}`;
    const run = await runAction("renew", {
      repository: image,
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
    });
    expect(run.code).toBe(1);
    const rows = summaryRows(run.summary);
    expect(run.summary).toContain("### ❌ Content trust: renew failed");
    expect(rows["Repository"]).toBe(`\`${image}\``);
    expect(rows["Notary server"]).toBe(server);
    expect(rows["Reason code"]).toBe("`NOT_INITIALISED`");
    // Renewing needs a repository that exists: a missing one is a wrong name or server, not one to create.
    expect(rows["What to do"]).toBe(
      "check the repository's name and notary-server: the renewal changes a repository that exists",
    );
    expect(cliWords(run.stdout + run.summary)).toEqual([]);
  });

  it("migrate: a repository with no trust data is named as the repository, not an image", async () => {
    const image = `${stack.registry.host}/${uniqueRepo("fail-migrate")}`;
    const run = await runAction("migrate", {
      repository: image,
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
    });
    expect(run.code).toBe(1);
    const rows = summaryRows(run.summary);
    expect(run.summary).toContain("### ❌ Content trust: migrate failed");
    expect(rows["Repository"]).toBe(`\`${image}\``);
    expect(rows["Image"]).toBeUndefined();
    expect(rows["Reason code"]).toBe("`NOT_INITIALISED`");
  });
});

describe("inputs", () => {
  it("a missing image is refused by name before anything else, with a summary", async () => {
    const run = await runAction(".", { image: "", "signer-key": "" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::input image is required but was not given/m);
    expect(summaryRows(run.summary)["Reason code"]).toBe("`USAGE`");
  });

  it("an empty signer-key says the key (or the secret it comes from) is empty", async () => {
    const run = await runAction(".", { image: "registry.example/app:v1", "signer-key": "" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::no signing key: inputs signer-key and aws-kms-key are both empty \(a signer-key set from a secret that is empty/m,
    );
  });

  it("booleans are read as the runner's getBooleanInput reads them", async () => {
    const yes = await runAction("verify", { images: "registry.example/app:v1", pin: "yes" });
    expect(yes.code).toBe(1);
    expect(yes.stdout).toContain('::error::input pin is "yes", not a boolean; write pin: true or pin: false');
    const upper = await runAction("verify", {
      images: "registry.example/app:v1",
      "trust-cache": "TRUE",
      pin: "False",
      "allow-unsigned": "registry.example/**",
    });
    expect(upper.code, upper.stdout).toBe(0);
  });
});

describe("not checked does not look passed", () => {
  it("an allowed-unsigned image reads as not checked in the log, the result output and the summary", async () => {
    const run = await runAction("verify", {
      images: "registry.example/app:v1",
      "allow-unsigned": "registry.example/**",
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "○ registry.example/app:v1: registry.example/app matches allow-unsigned pattern registry.example/**: allowed unsigned, not checked",
    );
    expect(run.stdout).not.toContain("✓ registry.example/app:v1");
    expect(JSON.parse(run.outputs.result!)).toEqual([
      expect.objectContaining({ tag: "v1", passed: true, checked: false, reason: "ALLOWED_UNSIGNED" }),
    ]);
    expect(run.summary).toContain("No image checked; 1 not checked (allowed unsigned)");
    expect(run.summary).toContain("⚪ not checked");
    expect(run.summary).toContain("- Allowed unsigned (not checked): `registry.example/**`");
  });
});

describe("warnings", () => {
  it("each warning is printed once, though the repository is read again after publishing", async () => {
    const repo = uniqueRepo("warn-once");
    const image = `${stack.registry.host}/${repo}`;
    await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("once", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("once", image, key.pubPath);
    const run = await runAction(".", {
      image: `${image}:v1`,
      tags: "not-pushed",
      expires: "30d",
      "signer-key": await readFile(key.privateKeyPath, "utf8"),
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
    });
    expect(run.code, run.stdout).toBe(0);
    const warnings = run.stdout.split("\n").filter((l) => l.startsWith("::warning"));
    expect(warnings.some((w) => w.includes("not-pushed is not in the registry"))).toBe(true);
    expect(warnings).toEqual([...new Set(warnings)]);
  });
});
