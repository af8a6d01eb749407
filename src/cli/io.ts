/**
 * What the CLI reads from and writes to the outside: arguments, environment, files, streams.
 * Commands take it as a parameter so tests can run them in-process.
 */
import os from "node:os";
import path from "node:path";
import { readFileAtMost } from "../bounded-file.js";
import { looksLikeBase64 } from "../codec/base64.js";
import { UsageError } from "../errors.js";
import { CommandLineError } from "./args.js";

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Asks for a secret on the terminal; undefined when there is no terminal. */
  promptSecret?: (question: string) => Promise<string>;
  /** Asks a yes/no question on the terminal; undefined when there is no terminal. */
  confirm?: (question: string) => Promise<boolean>;
  cwd: string;
  /** True when stderr is a terminal (progress bars); lines otherwise. */
  stderrIsTerminal?: boolean;
  /** Width of that terminal. */
  columns?: number;
}

export async function readInputFile(file: string, what: string, cwd: string): Promise<string> {
  const full = path.resolve(cwd, file);
  try {
    const read = await readFileAtMost(full, 1024 * 1024);
    if (read.tooLarge) throw new CommandLineError(`${what} ${file} is larger than 1 MiB`);
    const text = read.bytes.toString("utf8");
    if (text.trim() === "")
      throw new CommandLineError(`${what} ${file} is empty`, { hint: `give the file that holds the ${what}` });
    return text;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    // A key kept encoded in a CI variable (base64, one line or wrapped) and given where the path
    // goes: the value is the key, and is not repeated; nor is anything that is no path's shape.
    if (looksLikeBase64(file, 64) && !/^[./~]/.test(file))
      throw new CommandLineError(
        `cannot read ${what}: the value given is no file (${code}) and looks like encoded text, such as a base64 key`,
        { hint: `decode it into a file and give the file's path` },
      );
    if (/[\r\n]/.test(file) || file.length > MAX_SHOWN_PATH)
      throw new CommandLineError(`cannot read ${what}: the value given is no file's path (${code})`, {
        hint: `give the path of the file that holds the ${what}`,
      });
    throw new CommandLineError(`cannot read ${what} ${file}: ${code}`);
  }
}

/** A path longer than this is not repeated in a message: it is most likely something else. */
const MAX_SHOWN_PATH = 255;

/** `$DOCKER_CONFIG`, else `~/.docker`, as the docker CLI chooses. */
export function dockerConfigDir(env: CliIo["env"]): string {
  return env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker");
}

/** Whether a key file's text is encrypted (PKCS#8 or legacy PEM encryption). */
function isEncryptedKey(text: string): boolean {
  return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}

/**
 * What a passphrase variable's value may decrypt a key with: the value as given (docker uses it
 * so), then without one trailing line break (a CI variable pasted from a file, or a secret saved
 * with the file's last newline, holds one that no prompt could have typed; the action trims its
 * inputs). Empty when the variable is not set.
 */
export function passphraseCandidates(env: CliIo["env"], name: string): string[] {
  const value = env[name];
  if (value === undefined) return [];
  const trimmed = value.replace(/\r?\n$/, "");
  return trimmed === value ? [value] : [value, trimmed];
}

/**
 * The passphrase from CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (what
 * `docker trust` reads for delegation and repository keys), else a terminal prompt; never a flag.
 * `names` replaces those two variables (a root key's).
 */
export async function passphraseFor(
  text: string,
  io: CliIo,
  what = "signer key",
  names: readonly string[] = ["CONTENT_TRUST_PASSPHRASE", "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE"],
): Promise<string | undefined> {
  if (!isEncryptedKey(text)) return undefined;
  const set = names.flatMap((n) => passphraseCandidates(io.env, n));
  // An empty one (a workflow's unset secret) is no candidate when another is set.
  const fromEnv = [...new Set(set.filter((p) => p !== ""))];
  if (fromEnv.length === 0 && set.length > 0) return "";
  // Several (a job that holds two keys' passphrases, or one as given and without its trailing line
  // break): the one that decrypts this key, tried here; with one, it is used as it is and a wrong
  // one is reported where it is used.
  if (fromEnv.length > 1) {
    // Loaded here only: this module is read before the early connections are opened.
    const { loadPrivateKey } = await import("../signers/key-file.js");
    return fromEnv.find((p) => decrypts(() => loadPrivateKey(text, p))) ?? fromEnv[0];
  }
  if (fromEnv.length === 1) return fromEnv[0];
  if (io.promptSecret) return io.promptSecret(`Passphrase for the ${what}: `);
  throw new UsageError(`the ${what} is encrypted`, { hint: `set ${names[0]}` });
}

/** Whether `load` decrypts the key (any other problem with the file: also no). */
function decrypts(load: () => unknown): boolean {
  try {
    load();
    return true;
  } catch {
    return false;
  }
}
