/**
 * PEM blocks with RFC 1421 headers, read leniently (CRLF, surrounding text, several blocks) and
 * written exactly as Go's `encoding/pem.EncodeToMemory` does, because notary compares and names
 * keys by those bytes.
 */
import { isStandardBase64 } from "./base64.js";
import { EncodingError } from "./der.js";

export interface PemBlock {
  /** The word(s) between `BEGIN ` and `-----`, e.g. `ENCRYPTED PRIVATE KEY`. */
  readonly type: string;
  /** `Key: value` lines before the body (`role`, `gun`, `Proc-Type`, `DEK-Info`), trimmed. */
  readonly headers: Readonly<Record<string, string>>;
  /** The base64-decoded body. */
  readonly bytes: Buffer;
}

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;

/** Every PEM block in `text`, in order. Text outside blocks is ignored. */
export function decodePemBlocks(text: string): PemBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: PemBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const begin = BEGIN.exec(lines[i]!.trim());
    if (!begin) continue;
    const type = begin[1]!;
    const end = `-----END ${type}-----`;
    const headers: Record<string, string> = {};
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const colon = line.indexOf(":");
      if (colon < 0) break;
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    const body: string[] = [];
    for (; j < lines.length && lines[j]!.trim() !== end; j++) body.push(lines[j]!.trim());
    if (j >= lines.length) throw new EncodingError(`PEM block ${type} has no END line`);
    const base64 = body.join("");
    if (!isStandardBase64(base64)) {
      throw new EncodingError(`PEM block ${type} has a body that is not base64`);
    }
    blocks.push({ type, headers, bytes: Buffer.from(base64, "base64") });
    i = j;
  }
  return blocks;
}

/** Go's header order: `Proc-Type` first, then the other keys sorted bytewise. */
function orderedHeaderKeys(headers: Readonly<Record<string, string>>): string[] {
  const keys = Object.keys(headers).filter((k) => k !== "Proc-Type");
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return "Proc-Type" in headers ? ["Proc-Type", ...keys] : keys;
}

/**
 * Byte-for-byte `pem.EncodeToMemory`: `\n` line ends, headers then a blank line, base64 in lines
 * of 64 characters, and a trailing newline.
 */
export function encodePem(block: {
  type: string;
  headers?: Readonly<Record<string, string>>;
  bytes: Uint8Array;
}): string {
  let out = `-----BEGIN ${block.type}-----\n`;
  const headers = block.headers ?? {};
  const keys = orderedHeaderKeys(headers);
  for (const key of keys) {
    if (key.includes(":") || /[\r\n]/.test(key + headers[key])) {
      throw new EncodingError("PEM header names cannot contain ':' and values cannot contain line breaks");
    }
    out += `${key}: ${headers[key]}\n`;
  }
  if (keys.length > 0) out += "\n";
  const base64 = Buffer.from(block.bytes).toString("base64");
  for (let i = 0; i < base64.length; i += 64) out += `${base64.slice(i, i + 64)}\n`;
  return `${out}-----END ${block.type}-----\n`;
}
