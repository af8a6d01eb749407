/**
 * Registry credentials, resolved as the docker CLI does from a docker config directory (the one
 * docker/login-action writes): explicit credentials win; then `auths[host]` (`auth` or
 * `identitytoken`), then `credHelpers[host]`, then `credsStore`, both run as
 * `docker-credential-<helper> get` with the server URL on stdin. Nothing here reads process.env:
 * the caller passes the config directory and, when it wants, the PATH to search for helpers.
 * `source` says where credentials came from, for messages; secrets never leave the returned object.
 */
import { constants as fsConstants } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { readFileAtMost } from "../bounded-file.js";
import { TrustError, UsageError } from "../errors.js";
import { redactSecrets, registerSecret } from "../redaction.js";
import { HUB_CREDENTIAL_HOSTS, HUB_CREDENTIALS_KEY, isHubCredentialHost } from "./docker-hub.js";

export type Credentials = { username: string; password: string } | { identityToken: string };

export interface ResolvedCredentials {
  credentials: Credentials;
  /**
   * Where they came from, for messages: "inputs", "docker config for ghcr.io", "docker config credHelpers ecr-
   * login".
   */
  source: string;
}

export interface ResolveCredentialsOptions {
  explicit?: Credentials;
  /** Described as this in messages; "inputs" by default. */
  explicitSource?: string;
  /** Directory holding config.json (what $DOCKER_CONFIG or ~/.docker is); the caller decides. */
  dockerConfigDir?: string;
  /** PATH-style list of directories searched for docker-credential-* helpers. When absent the OS finds them. */
  helperPath?: string;
  /** Environment of helper processes; the parent's when absent (ecr-login needs AWS variables). */
  helperEnv?: Record<string, string>;
  helperTimeoutMs?: number;
}

const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT = 64 * 1024;

interface DockerConfig {
  auths?: Record<string, { auth?: string; identitytoken?: string; username?: string; password?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export async function resolveCredentials(
  host: string,
  options: ResolveCredentialsOptions = {},
): Promise<ResolvedCredentials | undefined> {
  const resolved = await lookUp(host, options);
  // Whatever they are and wherever they came from, no message or log line of ours shows them.
  const c = resolved?.credentials;
  if (c) registerSecret("password" in c ? c.password : c.identityToken);
  return resolved;
}

async function lookUp(host: string, options: ResolveCredentialsOptions): Promise<ResolvedCredentials | undefined> {
  if (options.explicit) return { credentials: options.explicit, source: options.explicitSource ?? "inputs" };
  if (!options.dockerConfigDir) return undefined;
  const configPath = path.join(options.dockerConfigDir, "config.json");
  const config = await readDockerConfig(configPath);
  if (!config) return undefined;
  const hosts = hostAliases(host);

  const authKey = findKey(config.auths, hosts);
  if (authKey !== undefined) {
    const fromFile = decodeAuthEntry(config.auths![authKey]!, authKey, configPath);
    if (fromFile) return { credentials: fromFile, source: `docker config for ${host}` };
  }
  const helperKey = findKey(config.credHelpers, hosts);
  const serverUrl = isHubCredentialHost(host) ? HUB_CREDENTIALS_KEY : host;
  if (helperKey !== undefined) {
    const helper = config.credHelpers![helperKey]!;
    return runLookup(helper, `docker config credHelpers ${helper}`, serverUrl, options);
  }
  if (config.credsStore) {
    return runLookup(config.credsStore, `docker config credsStore ${config.credsStore}`, serverUrl, options);
  }
  return undefined;
}

function hostAliases(host: string): readonly string[] {
  return isHubCredentialHost(host) ? HUB_CREDENTIAL_HOSTS : [host.toLowerCase()];
}

/** Docker's ConvertToHostname: "https://host:5000/v1/" -> "host:5000". */
function keyHostname(key: string): string {
  return key
    .replace(/^https?:\/\//i, "")
    .split("/")[0]!
    .toLowerCase();
}

function findKey(map: Record<string, unknown> | undefined, hosts: readonly string[]): string | undefined {
  if (!map || typeof map !== "object") return undefined;
  const keys = Object.keys(map);
  for (const h of hosts) {
    const exact = keys.find((k) => k.toLowerCase() === h);
    if (exact !== undefined) return exact;
  }
  if (hosts === HUB_CREDENTIAL_HOSTS && HUB_CREDENTIALS_KEY in map) return HUB_CREDENTIALS_KEY;
  return keys.find((k) => hosts.includes(keyHostname(k)));
}

async function readDockerConfig(configPath: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    const read = await readFileAtMost(configPath, MAX_CONFIG_BYTES);
    if (read.tooLarge) throw new UsageError(`docker config ${configPath} is larger than 1 MiB`);
    text = read.bytes.toString("utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    if (err instanceof UsageError) throw err;
    throw new UsageError(
      `cannot read docker config ${configPath} (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      { cause: err },
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed;
  } catch {
    throw new UsageError(`docker config ${configPath} is not a JSON object`);
  }
}

function decodeAuthEntry(
  entry: { auth?: string; identitytoken?: string; username?: string; password?: string },
  key: string,
  configPath: string,
): Credentials | undefined {
  if (!entry || typeof entry !== "object") return undefined;
  if (typeof entry.identitytoken === "string" && entry.identitytoken) return { identityToken: entry.identitytoken };
  if (typeof entry.auth === "string" && entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) {
      throw new UsageError(`docker config ${configPath}: auths["${key}"].auth is not base64 of user:password`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === "string" && typeof entry.password === "string" && entry.username) {
    return { username: entry.username, password: entry.password };
  }
  return undefined;
}

async function runLookup(
  helper: string,
  source: string,
  serverUrl: string,
  options: ResolveCredentialsOptions,
): Promise<ResolvedCredentials | undefined> {
  const credentials = await runCredentialHelper(helper, serverUrl, options);
  return credentials ? { credentials, source } : undefined;
}

/** `docker-credential-<helper> get`; undefined when the helper has nothing for this server. */
async function runCredentialHelper(
  helper: string,
  serverUrl: string,
  options: Pick<ResolveCredentialsOptions, "helperPath" | "helperEnv" | "helperTimeoutMs"> = {},
): Promise<Credentials | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(helper)) {
    throw new UsageError(`docker config names an invalid credential helper ${JSON.stringify(helper.slice(0, 64))}`);
  }
  const program = `docker-credential-${helper}`;
  const executable = options.helperPath === undefined ? program : await findExecutable(program, options.helperPath);
  const timeoutMs = options.helperTimeoutMs ?? 10_000;
  const result = await runProcess(executable, ["get"], serverUrl, timeoutMs, options.helperEnv).catch(
    (err: NodeJS.ErrnoException) => {
      const why =
        err.code === "ENOENT" ? "is not installed or not on PATH" : `could not start (${err.code ?? "error"})`;
      throw new TrustError("CREDENTIAL_HELPER", `${program} ${why}`, {
        cause: err,
        hint: `install it or remove "${helper}" from the docker config`,
      });
    },
  );
  if (result.timedOut) {
    throw new TrustError(
      "CREDENTIAL_HELPER",
      `${program} get for ${serverUrl} did not finish within ${timeoutMs / 1000} s`,
    );
  }
  if (result.overflow) {
    throw new TrustError(
      "CREDENTIAL_HELPER",
      `${program} get for ${serverUrl} printed more than ${MAX_HELPER_OUTPUT / 1024} KiB`,
    );
  }
  if (result.code !== 0) {
    if (/credentials not found/i.test(result.stdout + result.stderr)) return undefined;
    // What a helper prints on stdout is its answer, which holds the secret: quoted only when it is
    // not JSON (docker-credential-helpers print their error there). A helper that failed may still
    // have printed its answer: the secret in it is the run's secret too, and is cleared from the
    // line quoted (as from any message).
    if (isJsonObject(result.stdout)) registerSecret(secretOf(result.stdout));
    const detail = result.stderr.trim()
      ? firstLine(result.stderr)
      : isJsonObject(result.stdout)
        ? ""
        : firstLine(result.stdout);
    throw new TrustError(
      "CREDENTIAL_HELPER",
      `${program} get for ${serverUrl} failed (exit ${result.code})${detail ? `: ${detail}` : ""}`,
    );
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(result.stdout) as { Username?: unknown; Secret?: unknown };
  } catch {
    throw new TrustError("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed something that is not JSON`);
  }
  const username = typeof parsed.Username === "string" ? parsed.Username : "";
  const secret = typeof parsed.Secret === "string" ? parsed.Secret : "";
  if (!secret) return undefined;
  return username === "<token>" ? { identityToken: secret } : { username, password: secret };
}

async function findExecutable(program: string, searchPath: string): Promise<string> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, program);
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  const err: NodeJS.ErrnoException = new Error(`${program} not found`);
  err.code = "ENOENT";
  throw new TrustError("CREDENTIAL_HELPER", `${program} is not installed or not on PATH`, {
    cause: err,
    hint: `install it or remove "${program.slice("docker-credential-".length)}" from the docker config`,
  });
}

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  overflow: boolean;
}

async function runProcess(
  file: string,
  args: string[],
  input: string,
  timeoutMs: number,
  env?: Record<string, string>,
): Promise<ProcessResult> {
  // Loaded by the runs that start a helper only (start-up time of the others).
  const { spawn } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    // Own process group, so that a timeout also ends whatever the helper started (and holds our pipes).
    const group = process.platform !== "win32";
    const child = spawn(file, args, {
      stdio: ["pipe", "pipe", "pipe"],
      ...(env ? { env } : {}),
      windowsHide: true,
      detached: group,
    });
    const out: Buffer[] = [];
    const errOut: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let done = false;
    const stop = () => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const finish = (result: ProcessResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      stop();
      child.stdout.destroy();
      child.stderr.destroy();
      finish({ code: null, stdout: "", stderr: "", timedOut: true, overflow: false });
    }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => {
      outBytes += c.length;
      if (outBytes > MAX_HELPER_OUTPUT) stop();
      else out.push(c);
    });
    child.stderr.on("data", (c: Buffer) => {
      errBytes += c.length;
      if (errBytes <= 4096) errOut.push(c);
    });
    child.on("error", (err) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      finish({
        code,
        stdout,
        stderr: Buffer.concat(errOut).toString("utf8"),
        timedOut: false,
        overflow: outBytes > MAX_HELPER_OUTPUT,
      });
    });
    child.stdin.on("error", () => {
      /* the helper may exit without reading stdin */
    });
    child.stdin.end(input);
  });
}

/** The `Secret` of a helper's JSON answer, if it has one. */
function secretOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { Secret?: unknown };
    return typeof parsed?.Secret === "string" ? parsed.Secret : undefined;
  } catch {
    return undefined;
  }
}

function isJsonObject(text: string): boolean {
  return text.trimStart().startsWith("{");
}

function firstLine(text: string): string {
  // Cleared of the run's secrets before it is cut: a cut must not keep part of one.
  const line = redactSecrets(text).trim().split(/\r?\n/)[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
