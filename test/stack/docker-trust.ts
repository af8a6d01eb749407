// The docker CLI's `docker trust` commands that work without a daemon (key generate, signer add,
// inspect), each instance with its own DOCKER_CONFIG and the trust server's CA installed in it.
import { createHash } from "node:crypto";
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_REPOSITORY_PASSPHRASE, DEFAULT_ROOT_PASSPHRASE, NotaryCli, isolatedEnv } from "./notary-cli.js";
import { runCommand, type CommandResult } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export interface DockerTrustOptions {
  /** https://127.0.0.1:PORT (docker only speaks https to a trust server). */
  serverUrl: string;
  /** PEM of the CA of the trust server's certificate. */
  caPem: string;
  rootPassphrase?: string;
  repositoryPassphrase?: string;
  /** Bound for each command (default 60 s). */
  timeoutMs?: number;
}

export interface GeneratedKey {
  /** `<dir>/<name>.pub`, a PUBLIC KEY PEM with a `role: <name>` header. */
  pubPath: string;
  /** Canonical key ID (hex sha256 of the TUF public key JSON), as `docker trust inspect` shows. */
  keyId: string;
  /** `$DOCKER_CONFIG/trust/private/<keyId>.key`, encrypted with the repository passphrase. */
  privateKeyPath: string;
}

/** One element of `docker trust inspect` JSON output. */
export interface TrustInspection {
  Name: string;
  SignedTags: { SignedTag: string; Digest: string; Signers: string[] }[];
  Signers: { Name: string; Keys: { ID: string }[] }[];
  AdministrativeKeys: { Name: string; Keys: { ID: string }[] }[];
}

export class DockerTrust {
  readonly serverUrl: string;
  /** DOCKER_CONFIG of this instance (a temp dir). */
  readonly configDir: string;
  /** `$DOCKER_CONFIG/trust`: the notary trust dir docker uses (keys in `private/`). */
  readonly trustDir: string;
  /** The CA as installed for docker: `$DOCKER_CONFIG/tls/<host:port>/ca.crt`. */
  readonly caFile: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly options: DockerTrustOptions;

  private constructor(options: DockerTrustOptions, configDir: string, caFile: string) {
    this.options = options;
    this.serverUrl = options.serverUrl;
    this.configDir = configDir;
    this.trustDir = path.join(configDir, "trust");
    this.caFile = caFile;
    this.env = {
      ...isolatedEnv(),
      HOME: configDir,
      DOCKER_CONFIG: configDir,
      DOCKER_CONTENT_TRUST_SERVER: options.serverUrl,
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: options.rootPassphrase ?? DEFAULT_ROOT_PASSPHRASE,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: options.repositoryPassphrase ?? DEFAULT_REPOSITORY_PASSPHRASE,
      DOCKER_CLI_HINTS: "false",
    };
  }

  static async create(options: DockerTrustOptions): Promise<DockerTrust> {
    const configDir = makeTempDir("docker-config");
    const tlsDir = path.join(configDir, "tls", new URL(options.serverUrl).host);
    await mkdir(tlsDir, { recursive: true });
    const caFile = path.join(tlsDir, "ca.crt");
    await writeFile(caFile, options.caPem);
    return new DockerTrust(options, configDir, caFile);
  }

  /** `docker ARGS…` in this instance's environment; throws CommandError with its output on failure. */
  run(args: readonly string[]): Promise<CommandResult> {
    return runCommand("docker", args, { env: this.env, timeoutMs: this.options.timeoutMs });
  }

  /** `docker trust key generate NAME --dir DIR` (DIR defaults to `$DOCKER_CONFIG/keys`). */
  async keyGenerate(name: string, dir = path.join(this.configDir, "keys")): Promise<GeneratedKey> {
    await mkdir(dir, { recursive: true });
    await this.run(["trust", "key", "generate", name, "--dir", dir]);
    const pubPath = path.join(dir, `${name}.pub`);
    const keyId = ecdsaKeyId(await readFile(pubPath, "utf8"));
    const privateKeyPath = path.join(this.trustDir, "private", `${keyId}.key`);
    await access(privateKeyPath).catch(() => {
      throw new Error(`docker trust key generate ${name}: no private key at ${privateKeyPath}`);
    });
    return { pubPath, keyId, privateKeyPath };
  }

  /** `docker trust signer add --key PUB… NAME REPO` (initialises REPO, server-managed snapshot, if new). */
  async signerAdd(name: string, repo: string, pubPaths: string | readonly string[]): Promise<void> {
    const keys = (typeof pubPaths === "string" ? [pubPaths] : pubPaths).flatMap((key) => ["--key", key]);
    await this.run(["trust", "signer", "add", ...keys, name, repo]);
  }

  /** Parsed `docker trust inspect REPO…`; throws when docker cannot read the repository. */
  async inspect(repo: string): Promise<TrustInspection[]> {
    const { stdout } = await this.run(["trust", "inspect", repo]);
    return JSON.parse(stdout) as TrustInspection[];
  }

  /** `docker trust inspect --pretty REPO`. */
  async inspectPretty(repo: string): Promise<string> {
    return (await this.run(["trust", "inspect", "--pretty", repo])).stdout;
  }

  /** A notary CLI on the same server and trust dir, so it can sign with keys docker generated. */
  notary(): NotaryCli {
    return new NotaryCli({
      serverUrl: this.serverUrl,
      caFile: this.caFile,
      trustDir: this.trustDir,
      rootPassphrase: this.options.rootPassphrase,
      repositoryPassphrase: this.options.repositoryPassphrase,
      timeoutMs: this.options.timeoutMs,
    });
  }

  async dispose(): Promise<void> {
    await removeTempDir(this.configDir);
  }
}

/**
 * Key ID notary gives an ECDSA public key PEM (PEM headers such as `role: alice` are skipped); see
 * tufKeyId.
 */
export function ecdsaKeyId(publicKeyPem: string): string {
  const base64 = publicKeyPem
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("-----") && !line.includes(":"))
    .join("");
  return tufKeyId("ecdsa", base64);
}

/**
 * Notary's key ID: hex sha256 of the canonical JSON
 * `{"keytype":KEYTYPE,"keyval":{"private":null,"public":PUBLIC}}` (`public` as in metadata: base64).
 */
export function tufKeyId(keytype: string, publicBase64: string): string {
  const json = `{"keytype":${JSON.stringify(keytype)},"keyval":{"private":null,"public":${JSON.stringify(publicBase64)}}}`;
  return createHash("sha256").update(json).digest("hex");
}
