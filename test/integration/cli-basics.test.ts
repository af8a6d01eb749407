// The bundled CLI's basics, as a user meets them: --version, each subcommand's own help, mistakes on
// the command line answered with the command's usage and exit code 2 (and only those), messages in
// the CLI's words, images let through unchecked never shown as ok, --pin warning about FROM lines
// it cannot pin.
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { NODE24 } from "../helpers/runner.js";
import { startSilentServer } from "../helpers/silent-server.js";
import { createPki } from "../stack/pki.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
const version = (
  JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version: string }
).version;

function run(
  args: string[],
  env: Record<string, string> = {},
  cwd = os.tmpdir(),
  as: { node?: string; uid?: number; gid?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { node = NODE24, ...user } = as;
  return new Promise((resolve) => {
    const child = spawn(node, [cli, ...args], {
      ...user,
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The machine's Node, not the one npm puts first on PATH from node_modules/.bin; none when absent. */
function machineNode(): string | undefined {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((dir) => dir && !dir.includes("node_modules"))
    .map((dir) => path.join(dir, "node"))
    .find((file) => existsSync(file));
}

/** Words of the actions that the CLI must never print. */
function actionWords(text: string): string[] {
  return [
    ...text.matchAll(
      /(?<![\w-])(build-args|signer-key-passphrase|registry-password|trust-cache|insecure-registries)(?![\w-])|aws-actions\/|workspace|uses: /g,
    ),
  ].map((m) => m[0]);
}

let docker: DockerTrust;
let work: string;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  work = await mkdtemp(path.join(os.tmpdir(), "ct-cli-basics-"));
  await writeFile(path.join(work, "ca.pem"), stack.caPem);
});
afterAll(() => docker?.dispose());

/** A pushed image whose repository has signer NAME (docker trust signer add), with its key. */
async function signerRepo(name: string) {
  const repo = uniqueRepo(`cli-${name}`);
  const image = `${stack.registry.host}/${repo}`;
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate(name, path.join(docker.configDir, "keys", repo));
  await docker.signerAdd(name, image, key.pubPath);
  return { image, pushed, key };
}

/** The stack's server, CA (written into `work`) and registry, and a trust directory. */
const stackFlags = (trustDir: string) => [
  "--notary-server",
  stack.notary.local.url,
  "--ca-cert",
  "ca.pem",
  "--insecure-registry",
  stack.registry.host,
  "--trust-dir",
  trustDir,
];

/** `content-trust sign IMAGE:v1 …` with the key, against the stack, from `work`. */
const signV1 = (image: string, keyFile: string, trustDir: string, extra: string[] = []) =>
  run(
    ["sign", `${image}:v1`, ...extra, "--signer-key", keyFile, ...stackFlags(trustDir)],
    { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    work,
  );

describe("content-trust basics", () => {
  it("prints its version with --version and version", async () => {
    for (const args of [["--version"], ["version"]]) {
      const out = await run(args);
      expect(out.code).toBe(0);
      expect(out.stdout).toBe(`content-trust ${version}\n`);
    }
  });

  it("writes nothing to stderr when it succeeds, on Node 24 and on the machine's own Node (20 or later)", async () => {
    const own = machineNode();
    for (const node of [NODE24, ...(own ? [own] : [])]) {
      const out = await run(["--version"], {}, os.tmpdir(), { node });
      expect({ node, code: out.code, stderr: out.stderr }).toEqual({ node, code: 0, stderr: "" });
    }
  });

  it("a CA given for the Notary server adds to NODE_EXTRA_CA_CERTS, on Node 24 and on the machine's own Node", async () => {
    const { image } = await signerRepo("extra-ca");
    const other = await createPki();
    try {
      // The stack's CA only through the variable; the CA given is one that signed nothing here.
      const stackCa = path.join(work, "stack-ca.pem");
      await writeFile(stackCa, stack.caPem);
      for (const node of [NODE24, ...(machineNode() ? [machineNode()!] : [])]) {
        const inspected = await run(
          ["inspect", image, "--notary-server", stack.notary.local.url, "--ca-cert", other.caFile, "--json"],
          { NODE_EXTRA_CA_CERTS: stackCa },
          work,
          { node },
        );
        expect({ node, code: inspected.code, stderr: inspected.stderr }).toMatchObject({ node, code: 0 });
      }
    } finally {
      await other.dispose();
    }
  });

  it("gives each subcommand its own help", async () => {
    const inspect = await run(["key", "inspect", "--help"]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toMatch(/^Usage: content-trust key inspect FILE/);
    expect(inspect.stdout).not.toContain("rotate-signer");
    const rotate = await run(["key", "rotate-signer", "--help"]);
    expect(rotate.stdout).toMatch(/^Usage: content-trust key rotate-signer NAME REPOSITORY/);
    expect(rotate.stdout).not.toContain("key inspect");
    const add = await run(["signer", "add", "--help"]);
    expect(add.stdout).toMatch(/^Usage: content-trust signer add NAME/);
    expect(add.stdout).not.toContain("signer remove");
    const remove = await run(["signer", "remove", "--help"]);
    expect(remove.stdout).toMatch(/^Usage: content-trust signer remove NAME/);
    expect(remove.stdout).not.toContain("--init");
    const top = await run(["--help"]);
    expect(top.stdout).toContain("Exit codes:\n  0 ");
  });

  it("answers an unknown flag, a missing value or a bad flag value with the command's usage and exit code 2", async () => {
    const unknown = await run(["verify", "alpine:3", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^content-trust verify: unknown flag --frobnicate\n\nUsage: content-trust verify /);
    // A KMS alias where an ARN is needed is named as such, not as a missing file.
    const alias = await run(["verify", "alpine:3", "--accept", "cosign", "--cosign-key", "alias/ci-signer"]);
    expect(alias.code).toBe(2);
    expect(alias.stderr.split("\n")[0]).toBe(
      "content-trust verify: --cosign-key alias/ci-signer is no file; an AWS KMS key is given by its ARN here; --cosign-key arn:aws:kms:REGION:ACCOUNT:alias/ci-signer",
    );
    expect(unknown.stderr).not.toMatch(/positional|parseArgs|ERR_/);
    const sub = await run(["key", "inspect", "--bogus", "x"]);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(
      /^content-trust key inspect: unknown flag --bogus\n\nUsage: content-trust key inspect FILE/,
    );
    const noValue = await run(["sign", "registry.example/app:v1", "--signer-key"]);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toMatch(
      /^content-trust sign: flag --signer-key needs a value\n\nUsage: content-trust sign /,
    );
    const migrate = await run(["migrate", "registry.example/app", "--bogus"]);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toMatch(/^content-trust migrate: unknown flag --bogus\n\nUsage: content-trust migrate /);
    const badValue = await run(["renew", "registry.example/app", "--expires", "10"]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/^content-trust renew: --expires "10" is neither a duration/);
    const noRepository = await run(["signer", "add", "alice"]);
    expect(noRepository.code).toBe(2);
    expect(noRepository.stderr).toMatch(/\n\nUsage: content-trust signer add NAME/);
    const noKey = await run(["signer", "add", "alice", "registry.example/app"]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/\n\nUsage: content-trust signer add NAME/);
    for (const server of ["127.0.0.1:4443", "ftp://notary.example", "notaryhost"]) {
      const badServer = await run(["verify", "registry.example/app:v1", "--notary-server", server]);
      expect(badServer.code, badServer.stderr).toBe(2);
      expect(badServer.stderr).toMatch(/^content-trust verify: --notary-server .*\n\nUsage: content-trust verify /);
    }
    for (const [args, expected] of [
      [["revoke", "registry.example/app"], /has no tag to revoke/],
      [["revoke", `registry.example/app@sha256:${"a".repeat(64)}`], /names a digest/],
      [["renew", "registry.example/app:v1"], /names an image, not a repository/],
      [["migrate", "registry.example/app:v2", "--signer-key", "k.key"], /names an image, not a repository/],
      [["init", "registry.example/app:v1"], /names an image, not a repository/],
      [["signer", "remove", "ci", `registry.example/app@sha256:${"a".repeat(64)}`], /names an image, not a repository/],
      [
        ["key", "rotate-signer", "ci", "registry.example/app:v1", "--new-key", "n.key"],
        /names an image, not a repository/,
      ],
      [["renew", "registry.example/app", "--within", "1y", "--expires", "6mo"], /longer than the renewal window/],
      [["verify", "--dockerfile", "missing/Dockerfile"], /--dockerfile missing\/Dockerfile was not found/],
      [["verify", "registry.example/app:v1", "--allow-unsigned", "a:b"], /--allow-unsigned "a:b" is not a repository/],
      [["verify", "registry.example/app:v1", "--accept", "cosign"], /--cosign-key is not given/],
      [
        [
          "verify",
          "registry.example/app:v1",
          "--accept",
          "any",
          "--cosign-key",
          "arn:aws:kms:eu-west-1:1:key/x",
          "--signers",
          "alice",
        ],
        /--signers cannot be required of cosign signatures/,
      ],
    ] as const) {
      const shape = await run([...args]);
      expect(shape.code, shape.stderr).toBe(2);
      expect(shape.stderr).toMatch(expected);
      expect(shape.stderr).toMatch(/\n\nUsage: content-trust /);
    }
    // A private key given as the cosign public key is a mistake in the command, found before any request.
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await writeFile(path.join(work, "private.pem"), privateKey.export({ type: "pkcs8", format: "pem" }));
    const privateAsPublic = await run(
      ["verify", "registry.example/app:v1", "--accept", "cosign", "--cosign-key", "private.pem"],
      {},
      work,
    );
    expect(privateAsPublic.code, privateAsPublic.stderr).toBe(2);
    expect(privateAsPublic.stderr).toMatch(
      /^content-trust verify: --cosign-key: a private key .* where a public key is expected/,
    );
    const bothKeys = await run([
      "sign",
      "registry.example/app:v1",
      "--signer-key",
      "k.key",
      "--aws-kms-key",
      "alias/x",
    ]);
    expect(bothKeys.code).toBe(2);
    expect(bothKeys.stderr).toMatch(/^content-trust sign: sign takes --signer-key FILE or --aws-kms-key KEY, not both/);
    // Not used, and said so (a job may set it for every command it runs).
    const passwordOnly = await run(["inspect", "registry.example/app", "--notary-server", "https://127.0.0.1:1"], {
      CONTENT_TRUST_REGISTRY_PASSWORD: "s3cret-pw",
    });
    expect(passwordOnly.stderr).toMatch(
      /^warning: CONTENT_TRUST_REGISTRY_PASSWORD is set, but --registry-username is not: the password is not used/m,
    );
    expect(passwordOnly.stderr).not.toContain("s3cret-pw");
  });

  it("refuses a key pasted where a file's path goes, naming the flag and never repeating the key", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const body = pem.split("\n").filter((line) => line && !line.startsWith("-----"));
    const cases: [string[], RegExp][] = [
      [["sign", "registry.example/app:v1", "--signer-key", pem], /the value of --signer-key is PEM text/],
      [["sign", "registry.example/app:v1", `--signer-key=${pem}`], /the value of --signer-key is PEM text/],
      [["sign", "registry.example/app:v1", "--json", pem], /argument 4 is PEM text/],
      [["signer", "add", "ci", "registry.example/app", "--force", pem], /argument 6 is PEM text/],
      [["signer", "add", "ci", "registry.example/app", "--key", pem], /the value of --key is PEM text/],
      [["sign", "registry.example/app:v1", "--no-such-flag", pem], /argument 4 \(after --no-such-flag\) is PEM text/],
      [["key", "inspect", pem], /argument 3 is PEM text/],
      [["key", "inspect", "--", pem], /argument 4 is PEM text/],
      [[pem], /argument 1 is PEM text/],
    ];
    for (const [args, expected] of cases) {
      const out = await run(args);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(expected);
      expect(out.stderr).toContain("give the file's path");
      for (const line of body) expect(out.stderr + out.stdout).not.toContain(line);
      expect(out.stderr).not.toContain("BEGIN PRIVATE KEY");
    }
    // Kept base64-encoded in a masked CI variable (one line) and given where the path goes.
    const encoded = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    const out = await run(["sign", "registry.example/app:v1", "--signer-key", encoded]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("looks like encoded text, such as a base64 key");
    expect(out.stderr).not.toContain(encoded.slice(0, 40));
    // Wrapped at 76 columns, as base64 writes it by default.
    const wrapped = encoded.replace(/(.{76})/g, "$1\n");
    const outWrapped = await run(["sign", "registry.example/app:v1", "--signer-key", wrapped]);
    expect(outWrapped.code).toBe(2);
    expect(outWrapped.stderr).toContain("looks like encoded text, such as a base64 key");
    expect(outWrapped.stderr).not.toContain(encoded.slice(0, 40));
  });

  it("exits 1, not 2, for a wrong passphrase or a missing AWS region; 2 for a key file that is empty; advice in flags", async () => {
    const key = await docker.keyGenerate("basics", path.join(docker.configDir, "keys", uniqueRepo("basics")));
    const wrong = await run(["key", "inspect", key.privateKeyPath], {
      CONTENT_TRUST_PASSPHRASE: `${DEFAULT_REPOSITORY_PASSPHRASE}-not`,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/wrong passphrase/);
    // A variable saved with its file's last line break still decrypts the key…
    const newline = await run(["key", "inspect", key.privateKeyPath], {
      CONTENT_TRUST_PASSPHRASE: `${DEFAULT_REPOSITORY_PASSPHRASE}\r\n`,
    });
    expect(newline.code, newline.stderr).toBe(0);
    // …and a key encrypted with such a value as it is (docker uses the variable as given) too.
    const withBreak = `${DEFAULT_REPOSITORY_PASSPHRASE}\n`;
    const encrypted = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({
      format: "pem",
      type: "pkcs8",
      cipher: "aes-256-cbc",
      passphrase: withBreak,
    });
    await writeFile(path.join(work, "newline.key"), encrypted);
    const asGiven = await run(["key", "inspect", "newline.key"], { CONTENT_TRUST_PASSPHRASE: withBreak }, work);
    expect(asGiven.code, asGiven.stderr).toBe(0);
    const noRegion = await run(["key", "inspect", "--aws-kms-key", "alias/release"]);
    expect(noRegion.code).toBe(1);
    expect(noRegion.stderr).toContain(
      "no AWS region for AWS KMS key alias/release; give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or give --aws-region (or set AWS_REGION or AWS_DEFAULT_REGION)",
    );
    await writeFile(path.join(work, "empty.key"), "\n");
    const empty = await run(["sign", "registry.example/app:v1", "--signer-key", "empty.key"], {}, work);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(
      /^content-trust sign: signer key empty\.key is empty; give the file that holds the signer key\n\nUsage: content-trust sign /,
    );
    const missing = await run(["verify", "--dockerfile", "missing/Dockerfile"], {}, work);
    expect(missing.stderr).toContain(
      "--dockerfile missing/Dockerfile was not found; give a path relative to the current directory",
    );
    expect(actionWords(wrong.stderr + noRegion.stderr + empty.stderr + missing.stderr)).toEqual([]);
  });

  it("shows an allowed-unsigned image as not checked, and warns about a FROM built from ARGs that --pin cannot pin", async () => {
    const allowed = await run(["verify", "registry.example/app:v1", "--allow-unsigned", "registry.example/**"]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/^not checked +registry\.example\/app:v1 /m);
    expect(allowed.stdout).not.toMatch(/^ok /m);

    const repo = uniqueRepo("cli-pin");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "1.0");
    const key = await docker.keyGenerate("base", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("base", image, key.pubPath);
    await docker
      .notary()
      .addhash(image, "1.0", pushed.size, pushed.digest.slice(7), ["targets/releases", "targets/base"]);
    const [registry, ...rest] = image.split("/");
    await writeFile(
      path.join(work, "Dockerfile"),
      `ARG REGISTRY=${registry}\nARG REPO=${rest.join("/")}\nFROM \${REGISTRY}/\${REPO}:1.0\n`,
    );
    const pin = await run(
      [
        "verify",
        "--dockerfile",
        "Dockerfile",
        "--pin",
        "--notary-server",
        stack.notary.local.url,
        "--ca-cert",
        "ca.pem",
        "--trust-dir",
        "trust",
      ],
      {},
      work,
    );
    expect(pin.code, pin.stderr).toBe(0);
    expect(pin.stderr).toMatch(
      /^warning: not pinned Dockerfile:3: FROM \$\{REGISTRY\}\/\$\{REPO\}:1\.0 is built from variables/m,
    );
    expect(readFileSync(path.join(work, "Dockerfile"), "utf8")).not.toContain("@sha256:");
  });

  it("points a plain-HTTP URL given for a TLS Notary server to its https:// URL (Go's server answers such a request 400)", async () => {
    const tls = new URL(stack.notary.local.url);
    const image = `${stack.registry.host}/${uniqueRepo("cli-http")}:v1`;
    const inspect = await run(["inspect", image, "--notary-server", `http://${tls.host}`]);
    expect(inspect.code).toBe(1);
    expect(inspect.stderr).toMatch(/answered HTTP 400.*if it does, use its https:\/\/ URL/);
  });

  it("signs and inspects with a trust directory it cannot write: a warning, exit 0, the tag signed", async () => {
    const { image, key } = await signerRepo("ro");
    // A path through a regular file cannot be created, whoever runs the test.
    await writeFile(path.join(work, "not-a-directory"), "");
    const signed = await signV1(image, key.privateKeyPath, "not-a-directory/trust");
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stderr).toMatch(
      /^warning: \S+: could not store the trusted root \(ENOTDIR\b.*the next run trusts on first use again$/m,
    );
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => t.SignedTag)).toContain("v1");
    const inspected = await run(["inspect", `${image}:v1`, "--json", ...stackFlags("not-a-directory/trust")], {}, work);
    expect(inspected.code, inspected.stderr).toBe(0);
    expect(inspected.stderr).toContain("could not store the trusted root");
  });

  // Only root can run the CLI as another user (here nobody's, 65534), and only from a checkout that
  // user can read; as that user, a directory of root's with mode 0700 is closed.
  const asNobody = { uid: 65534, gid: 65534 };
  const nobodyRuns =
    process.getuid?.() === 0 && spawnSync(NODE24, [cli, "--version"], { ...asNobody, cwd: "/" }).status === 0;
  it.skipIf(!nobodyRuns)(
    "as a user who cannot enter the trust directory's parent (HOME of another user): says so, and which one",
    async () => {
      const home = await mkdtemp(path.join(os.tmpdir(), "ct-closed-home-"));
      await chmod(home, 0o700);
      const image = `${stack.registry.host}/${uniqueRepo("cli-closed")}:v1`;
      const inspected = await run(
        ["inspect", image, "--notary-server", stack.notary.local.url],
        { HOME: home },
        "/",
        asNobody,
      );
      expect(inspected.code).toBe(1);
      expect(inspected.stderr.trim().split("\n").pop()).toBe(
        `content-trust inspect: cannot tell whether a root is stored for ${image.slice(0, -3)}: this user cannot enter ${home} (EACCES); run as the user who owns it, or keep trusted roots where this user can: the trust directory (--trust-dir, default $DOCKER_CONFIG/trust)`,
      );
    },
  );

  it("stopped by SIGTERM (a cancelled CI job), says so and exits 143", async () => {
    const silent = await startSilentServer();
    // A key that loads, so that the run goes on to wait for the server that never answers.
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await writeFile(path.join(work, "sigterm.key"), privateKey.export({ format: "pem", type: "pkcs8" }));
    try {
      const child = spawn(
        NODE24,
        [
          cli,
          "sign",
          `${silent.host}/team/app:v1`,
          "--signer-key",
          "sigterm.key",
          "--notary-server",
          `http://${silent.host}`,
        ],
        { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: work }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d));
      const closed = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      // The handler is set before the first connection is opened.
      await silent.taken(1);
      child.kill("SIGTERM");
      expect(await closed).toBe(143);
      expect(stderr).toContain(
        "content-trust sign: stopped by SIGTERM before it finished; what it published before stands, and running the same command again completes it",
      );
    } finally {
      silent.drop();
      await silent.close();
    }
  });

  it("names the image ID given as --digest for what it is (the registry has no manifest by that digest)", async () => {
    const { image, pushed, key } = await signerRepo("imageid");
    // What build-push-action's imageid holds: the digest of the image's config blob.
    const configDigest = (JSON.parse(Buffer.from(pushed.bytes).toString("utf8")) as { config: { digest: string } })
      .config.digest;
    const signed = await signV1(image, key.privateKeyPath, "trust", ["--digest", configDigest]);
    expect(signed.code).toBe(1);
    expect(signed.stderr).toContain(
      `${image}:v1 points to ${pushed.digest} in the registry, and --digest ${configDigest} is no manifest there`,
    );
    expect(signed.stderr).toContain("not the image ID");
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([]);
    // A tag not pushed yet has nothing to compare with: the hint names both causes.
    const newTag = await run(
      ["sign", `${image}:v2`, "--digest", configDigest, "--signer-key", key.privateKeyPath, ...stackFlags("trust")],
      { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
      work,
    );
    expect(newTag.code).toBe(1);
    expect(newTag.stderr).toContain(
      `--digest ${configDigest} is no manifest in ${image} (HTTP 500), and ${image}:v2 is not in the registry; push the image first; if the digest is the image ID`,
    );
  });

  it("prints each warning once, on stderr", async () => {
    const { image, key } = await signerRepo("warn");
    const signed = await signV1(image, key.privateKeyPath, "trust", ["--tags", "not-pushed"]);
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stderr).toMatch(/^warning: \S+:not-pushed is not in the registry; signing it to sha256:/m);
    expect((signed.stdout + signed.stderr).split("not-pushed is not in the registry").length - 1).toBe(1);
    // Several such tags: one warning that lists them (a CI shows only a step's first annotations).
    const several = await signV1(image, key.privateKeyPath, "trust", ["--tags", "gone-1,gone-2,gone-3"]);
    expect(several.code, several.stderr).toBe(0);
    expect(several.stderr.match(/^warning: /gm)).toHaveLength(1);
    expect(several.stderr).toMatch(
      /^warning: 3 tags of \S+ are not in the registry \(gone-1, gone-2, gone-3\); signing them to sha256:/m,
    );
  });
});
