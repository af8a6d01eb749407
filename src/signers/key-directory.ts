/**
 * A directory of private key files as Docker and notary keep them (`~/.docker/trust/private`,
 * trustmanager/keystore.go, storage/filestore.go): one file per key, named by the key's canonical
 * ID plus `.key`, mode 0600 in a 0700 directory, encrypted PKCS#8 with `role:` (and `gun:` for
 * repository keys) PEM headers. Keys are found by ID, so `docker trust`, `notary` and this tool can
 * share one directory. Messages name keys by ID, never by the directory's path.
 */
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmod, mkdir, open } from "node:fs/promises";
import path from "node:path";
import { readFileAtMost } from "../bounded-file.js";
import { UsageError } from "../errors.js";
import { isKeyId, shortId } from "../tuf/keys.js";
import { loadPrivateKey, type LoadedPrivateKey } from "./key-file.js";
import { WrongPassphraseError } from "./pbes2.js";
import { encodePrivateKeyFile } from "./key-file-writer.js";
import { decodePemBlocks } from "../codec/pem.js";
import { setting } from "../wording.js";

const MAX_KEY_FILE_BYTES = 64 * 1024;

/** What a passphrase is asked for: the key's ID and the headers of its file. */
export interface KeyRequest {
  keyId: string;
  role?: string;
  gun?: string;
}

/**
 * Gives the passphrase of an existing key file (undefined: none, the file is not encrypted), or
 * several to try in turn: the first that decrypts the file is the one.
 */
export type PassphraseSource = (request: KeyRequest) => Promise<string | readonly string[] | undefined>;

export interface NewKeyOptions {
  /** `root`, `targets`, or a signer name, as the `role:` header. */
  role: string;
  /** Only for repository keys (`targets`, `snapshot`). */
  gun?: string;
  /** Non-empty: new keys are always encrypted. */
  passphrase: string;
}

export interface WrittenKey {
  key: LoadedPrivateKey;
  /** Canonical key ID, which names the file. */
  keyId: string;
  /** `<key id>.key`, relative to the directory. */
  fileName: string;
}

/** `<canonical key id>.key`; refuses anything that is not a 64-digit hex ID. */
export function keyFileName(canonicalKeyId: string): string {
  if (!isKeyId(canonicalKeyId))
    throw new UsageError(`key ID ${JSON.stringify(canonicalKeyId.slice(0, 80))} is not 64 hex digits`);
  return `${canonicalKeyId}.key`;
}

/** The `role:` and `gun:` headers of a key file, without decrypting it. */
export function keyFileHeaders(text: string): { role?: string; gun?: string } {
  try {
    const block = decodePemBlocks(text).find((b) => /PRIVATE KEY$/.test(b.type));
    const role = block?.headers["role"];
    const gun = block?.headers["gun"];
    return { ...(role ? { role } : {}), ...(gun ? { gun } : {}) };
  } catch {
    return {};
  }
}

function isEncryptedKeyFile(text: string): boolean {
  return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}

export class KeyDirectory {
  readonly #dir: string;
  readonly #loaded = new Map<string, LoadedPrivateKey>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The text of `<id>.key`, or undefined when the directory has no such file. */
  async read(canonicalKeyId: string): Promise<string | undefined> {
    const file = path.join(this.#dir, keyFileName(canonicalKeyId));
    try {
      const read = await readFileAtMost(file, MAX_KEY_FILE_BYTES);
      if (read.tooLarge)
        throw new UsageError(`key file ${shortId(canonicalKeyId)}.key is larger than ${MAX_KEY_FILE_BYTES} bytes`);
      return read.bytes.toString("utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      if (err instanceof UsageError) throw err;
      throw new UsageError(
        `cannot read key file ${shortId(canonicalKeyId)}.key in the key directory: ${code ?? "error"}`,
      );
    }
  }

  /** Whether the directory holds `<id>.key`. */
  async has(canonicalKeyId: string): Promise<boolean> {
    return (await this.read(canonicalKeyId)) !== undefined;
  }

  /**
   * The private key of `<id>.key`, or undefined when there is no such file. The passphrase is asked
   * for only when the file is encrypted; the key inside must have the ID the file is named by.
   */
  async load(canonicalKeyId: string, passphrase: PassphraseSource): Promise<LoadedPrivateKey | undefined> {
    const cached = this.#loaded.get(canonicalKeyId);
    if (cached) return cached;
    const text = await this.read(canonicalKeyId);
    if (text === undefined) return undefined;
    const secret = isEncryptedKeyFile(text)
      ? await passphrase({ keyId: canonicalKeyId, ...keyFileHeaders(text) })
      : undefined;
    const key = loadWithAny(text, typeof secret === "string" || secret === undefined ? [secret] : secret);
    if (key.keyId !== canonicalKeyId) {
      throw new UsageError(
        `key file ${shortId(canonicalKeyId)}.key holds key ${shortId(key.keyId)}, not the key it is named after`,
        {
          hint: "rename or remove the file; Docker and notary find keys by the ID in the file name",
        },
      );
    }
    this.#loaded.set(canonicalKeyId, key);
    return key;
  }

  /** Writes a private key as `<canonical id>.key` (0600), refusing to replace a different file. */
  async write(privateKey: KeyObject, options: NewKeyOptions): Promise<WrittenKey> {
    if (!options.passphrase)
      throw new UsageError("new keys are always encrypted: the passphrase is empty", {
        hint: `give a passphrase in ${setting("signer-key-passphrase")}`,
      });
    const text = encodePrivateKeyFile(privateKey, {
      role: options.role,
      ...(options.gun ? { gun: options.gun } : {}),
      passphrase: options.passphrase,
    });
    const key = loadPrivateKey(text, options.passphrase);
    const fileName = keyFileName(key.keyId);
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    let handle;
    try {
      handle = await open(path.join(this.#dir, fileName), "wx", 0o600);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST")
        throw new UsageError(`the key directory already holds ${shortId(key.keyId)}.key; refusing to overwrite it`);
      throw new UsageError(`cannot write key file ${shortId(key.keyId)}.key in the key directory: ${code ?? "error"}`, {
        hint: `check that the key directory (${setting("key-dir")}) is writable`,
      });
    }
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(path.join(this.#dir, fileName), 0o600);
    this.#loaded.set(key.keyId, key);
    return { key, keyId: key.keyId, fileName };
  }

  /** Generates an ECDSA P-256 key (the only kind Docker and notary generate) and writes it. */
  async generate(options: NewKeyOptions): Promise<WrittenKey> {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    return this.write(privateKey, options);
  }
}

/**
 * The key of `text`, decrypted with the first of `passphrases` that is not wrong; the last one's
 * error when none is right (what a single passphrase reports).
 */
function loadWithAny(text: string, passphrases: readonly (string | undefined)[]): LoadedPrivateKey {
  const candidates = passphrases.length > 0 ? passphrases : [undefined];
  for (const [i, passphrase] of candidates.entries()) {
    try {
      return loadPrivateKey(text, passphrase);
    } catch (err) {
      if (!(err instanceof WrongPassphraseError) || i === candidates.length - 1) throw err;
    }
  }
  throw new Error("unreachable: the last candidate returns or throws");
}
