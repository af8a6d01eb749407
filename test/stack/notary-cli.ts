// The Go `notary` CLI (Debian package "notary", 0.7.0) as a repository builder and a judge, with its
// own trust directory (or one shared with a DockerTrust) and passphrases from the environment.
import { runCommand, type CommandResult } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export interface NotaryCliOptions {
  /** https://127.0.0.1:PORT */
  serverUrl: string;
  caFile: string;
  /** Trust directory (`-d`); a temp dir owned by this instance when omitted. */
  trustDir?: string | undefined;
  /** Passphrase of root keys (NOTARY_ROOT_PASSPHRASE). */
  rootPassphrase?: string | undefined;
  /** Passphrase of targets, snapshot and delegation keys, as docker's "repository" passphrase. */
  repositoryPassphrase?: string | undefined;
  /** Bound for each command (default 60 s). */
  timeoutMs?: number | undefined;
}

export interface NotaryTargetRow {
  name: string;
  /** Hex sha256. */
  digest: string;
  size: number;
  role: string;
}

export interface NotaryDelegationRow {
  role: string;
  /** As printed: `"" <all paths>` for all paths. */
  paths: string[];
  keyIds: string[];
  threshold: number;
}

export interface NotaryKeyRow {
  role: string;
  gun: string;
  keyId: string;
  location: string;
}

export const DEFAULT_ROOT_PASSPHRASE = "root-passphrase-for-tests";
export const DEFAULT_REPOSITORY_PASSPHRASE = "repository-passphrase-for-tests";

export class NotaryCli {
  readonly serverUrl: string;
  readonly caFile: string;
  readonly trustDir: string;
  private readonly ownsTrustDir: boolean;
  private readonly env: NodeJS.ProcessEnv;
  private readonly timeoutMs: number | undefined;

  constructor(options: NotaryCliOptions) {
    this.serverUrl = options.serverUrl;
    this.caFile = options.caFile;
    this.ownsTrustDir = options.trustDir === undefined;
    this.trustDir = options.trustDir ?? makeTempDir("notary-cli");
    this.timeoutMs = options.timeoutMs;
    const repository = options.repositoryPassphrase ?? DEFAULT_REPOSITORY_PASSPHRASE;
    this.env = {
      ...isolatedEnv(),
      HOME: this.trustDir,
      NOTARY_ROOT_PASSPHRASE: options.rootPassphrase ?? DEFAULT_ROOT_PASSPHRASE,
      NOTARY_TARGETS_PASSPHRASE: repository,
      NOTARY_SNAPSHOT_PASSPHRASE: repository,
      NOTARY_DELEGATION_PASSPHRASE: repository,
    };
  }

  /** `notary -s URL --tlscacert CA -d DIR ARGS…`; throws CommandError with its output on failure. */
  run(args: readonly string[], options: { input?: string } = {}): Promise<CommandResult> {
    const global = ["-s", this.serverUrl, "--tlscacert", this.caFile, "-d", this.trustDir];
    return runCommand("notary", [...global, ...args], {
      env: this.env,
      input: options.input,
      timeoutMs: this.timeoutMs,
    });
  }

  /**
   * Create and publish a repository. The snapshot key stays with the client unless
   * `serverManagedSnapshot`, which is then handed to the server (`key rotate GUN snapshot -r`), as
   * Docker-created repositories have it.
   */
  async init(
    gun: string,
    options: { serverManagedSnapshot?: boolean; rootKey?: string; rootCert?: string } = {},
  ): Promise<void> {
    const args = ["init", gun, "-p"];
    if (options.rootKey) args.push("--rootkey", options.rootKey);
    if (options.rootCert) args.push("--rootcert", options.rootCert);
    await this.run(args);
    if (options.serverManagedSnapshot) await this.keyRotate(gun, "snapshot", { serverManaged: true });
  }

  async publish(gun: string): Promise<void> {
    await this.run(["publish", gun]);
  }

  /** Stage (and by default publish) a target by hash into `roles` (`targets` when empty). */
  async addhash(
    gun: string,
    tag: string,
    size: number,
    sha256hex: string,
    roles: readonly string[] = [],
    options: { publish?: boolean } = {},
  ): Promise<void> {
    const args = ["addhash", gun, tag, String(size), "--sha256", sha256hex, ...roles.flatMap((role) => ["-r", role])];
    if (options.publish ?? true) args.push("-p");
    await this.run(args);
  }

  /** Stage (and by default publish) the removal of a target from `roles`. */
  async remove(
    gun: string,
    tag: string,
    roles: readonly string[] = [],
    options: { publish?: boolean } = {},
  ): Promise<void> {
    const args = ["remove", gun, tag, ...roles.flatMap((role) => ["-r", role])];
    if (options.publish ?? true) args.push("-p");
    await this.run(args);
  }

  /** `notary list GUN [-r ROLE]`: the targets it trusts (one row per name, the first role found). */
  async list(gun: string, role?: string): Promise<NotaryTargetRow[]> {
    const { stdout } = await this.run(role ? ["list", gun, "-r", role] : ["list", gun]);
    return parseTable(stdout).map((row) => ({
      name: first(row, "NAME"),
      digest: first(row, "DIGEST"),
      size: Number(first(row, "SIZE (BYTES)")),
      role: first(row, "ROLE"),
    }));
  }

  /**
   * Rotate a key of `role`. Root rotation asks for confirmation on stdin (without it notary prints
   * "Aborting action." and still exits 0), so it is answered here and success is checked.
   */
  async keyRotate(
    gun: string,
    role: string,
    options: { serverManaged?: boolean; keys?: readonly string[] } = {},
  ): Promise<void> {
    const args = ["key", "rotate", gun, role];
    if (options.serverManaged) args.push("-r");
    for (const key of options.keys ?? []) args.push("-k", key);
    const { stdout, stderr } = await this.run(args, { input: "yes\n" });
    if (!/Successfully rotated/.test(stdout + stderr)) {
      throw new Error(`notary key rotate ${gun} ${role} did not rotate:\n${stdout}${stderr}`);
    }
  }

  /** Add a delegation with public keys or x509 certificates (PEM files); publishes by default. */
  async delegationAdd(
    gun: string,
    role: string,
    keyFiles: string | readonly string[],
    options: { allPaths?: boolean; paths?: readonly string[]; publish?: boolean } = {},
  ): Promise<void> {
    const args = ["delegation", "add", gun, role, ...(typeof keyFiles === "string" ? [keyFiles] : keyFiles)];
    if (options.allPaths ?? !options.paths) args.push("--all-paths");
    if (options.paths?.length) args.push("--paths", options.paths.join(","));
    if (options.publish ?? true) args.push("-p");
    await this.run(args);
  }

  async delegationList(gun: string): Promise<NotaryDelegationRow[]> {
    const { stdout } = await this.run(["delegation", "list", gun]);
    return parseTable(stdout).map((row) => ({
      role: first(row, "ROLE"),
      paths: row.get("PATHS") ?? [],
      keyIds: row.get("KEY IDS") ?? [],
      threshold: Number(first(row, "THRESHOLD")),
    }));
  }

  /** Generate a key held in this trust dir (`notary key generate ALG --role ROLE`); returns its key ID. */
  async keyGenerate(role: string, algorithm: "ecdsa" | "ed25519" | "rsa" = "ecdsa"): Promise<string> {
    const { stdout } = await this.run(["key", "generate", algorithm, "--role", role]);
    const match = /keyID: ([0-9a-f]{64})/.exec(stdout);
    if (!match?.[1]) throw new Error(`notary key generate printed no key ID:\n${stdout}`);
    return match[1];
  }

  /**
   * Import a private key PEM. An unencrypted PKCS#8 key needs `role` (and `gun` for non-delegation
   * roles); notary 0.7 rejects an encrypted key without a `path` header.
   */
  async importKey(pemPath: string, options: { role?: string; gun?: string } = {}): Promise<void> {
    const args = ["key", "import", pemPath];
    if (options.role) args.push("-r", options.role);
    if (options.gun) args.push("-g", options.gun);
    await this.run(args);
  }

  /**
   * `notary key list`. notary prints long GUNs truncated to their last characters after "..."
   * (e.g. `...8/test/signer-1234abcd`); `gun` filters with that in mind and reports the full GUN.
   */
  async keyList(filter: { gun?: string; role?: string } = {}): Promise<NotaryKeyRow[]> {
    const { stdout } = await this.run(["key", "list"]);
    const rows = parseTable(stdout).map((row) => ({
      role: first(row, "ROLE"),
      gun: first(row, "GUN"),
      keyId: first(row, "KEY ID"),
      location: first(row, "LOCATION"),
    }));
    return rows
      .filter((row) => filter.role === undefined || row.role === filter.role)
      .filter((row) => filter.gun === undefined || sameGun(row.gun, filter.gun))
      .map((row) => (filter.gun === undefined || row.gun === "" ? row : { ...row, gun: filter.gun }));
  }

  /** Drop staged changes (`notary reset GUN --all`). */
  async reset(gun: string): Promise<void> {
    await this.run(["reset", gun, "--all"]);
  }

  /** Remove the trust dir if this instance made it. */
  async dispose(): Promise<void> {
    if (this.ownsTrustDir) await removeTempDir(this.trustDir);
  }
}

function sameGun(printed: string, gun: string): boolean {
  return printed === gun || (printed.startsWith("...") && gun.endsWith(printed.slice(3)));
}

/**
 * notary's tables (tabwriter-aligned): a header, a rule of dashes, then rows. Cells are cut at the
 * header's column starts; a line with an empty first cell continues the row above (more paths or
 * key IDs). Each row maps a column name to its non-empty values.
 */
function parseTable(stdout: string): Map<string, string[]>[] {
  const lines = stdout.split("\n");
  const rule = lines.findIndex((line) => /^-{2,}\s/.test(line));
  if (rule < 1) return [];
  const header = lines[rule - 1] ?? "";
  const columns = [...header.matchAll(/\S+(?: \S+)*/g)].map((match) => ({ name: match[0], start: match.index }));
  const rows: Map<string, string[]>[] = [];
  for (const line of lines.slice(rule + 1)) {
    if (line.trim() === "") continue;
    const cells = columns.map((column, i) => line.slice(column.start, columns[i + 1]?.start ?? line.length).trim());
    const row = cells[0] === "" && rows.length > 0 ? rows[rows.length - 1] : new Map<string, string[]>();
    if (row === undefined) continue;
    if (cells[0] !== "" || rows.length === 0) rows.push(row);
    columns.forEach((column, i) => {
      const cell = cells[i];
      if (cell) row.set(column.name, [...(row.get(column.name) ?? []), cell]);
    });
  }
  return rows;
}

function first(row: Map<string, string[]>, column: string): string {
  return row.get(column)?.[0] ?? "";
}

/** The parent environment without variables that configure docker or notary. */
export function isolatedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("NOTARY_") && !name.startsWith("DOCKER_")),
  );
}
