/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files and certificates contain. Not a general ASN.1 library: definite lengths only,
 * single-byte tags only.
 */
import { TrustError, type TrustErrorOptions } from "../errors.js";

/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
export class EncodingError extends TrustError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("MALFORMED_ENCODING", message, options);
  }
}

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** One TLV inside `source`: `content` is a view of its value bytes, `end` the offset after it. */
export interface DerNode {
  readonly tag: number;
  readonly content: Buffer;
  readonly start: number;
  readonly end: number;
}

/** Reads the TLV that starts at `offset`. */
export function readDer(source: Buffer, offset = 0): DerNode {
  if (offset + 2 > source.length) throw new EncodingError("truncated DER");
  const tag = source[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new EncodingError("multi-byte DER tags are not supported");
  let length = source[offset + 1]!;
  let pos = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new EncodingError("unsupported DER length");
    if (pos + count > source.length) throw new EncodingError("truncated DER");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + source[pos + i]!;
    pos += count;
    if (length < 0x80 || (count > 1 && source[pos - count] === 0)) throw new EncodingError("non-minimal DER length");
  }
  if (pos + length > source.length) throw new EncodingError("truncated DER");
  return { tag, content: source.subarray(pos, pos + length), start: offset, end: pos + length };
}

/** Reads a whole buffer as exactly one TLV with the expected tag. */
export function readWhole(source: Buffer, tag: number): DerNode {
  const node = readDer(source);
  if (node.tag !== tag)
    throw new EncodingError(`expected DER tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
  if (node.end !== source.length) throw new EncodingError("trailing bytes after DER structure");
  return node;
}

/** The children of a constructed node, in order. */
export function childrenOf(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.content.length) {
    const child = readDer(node.content, offset);
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** The child at `index`, which must have `tag`. */
export function childAt(children: readonly DerNode[], index: number, tag: number, what: string): DerNode {
  const child = children[index];
  if (!child || child.tag !== tag) throw new EncodingError(`missing or malformed ${what}`);
  return child;
}

/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
export function oidToString(content: Buffer): string {
  if (content.length === 0) throw new EncodingError("empty OID");
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) throw new EncodingError("OID arc too large");
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (content[content.length - 1]! & 0x80) throw new EncodingError("truncated OID");
  const first = arcs.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join(".");
}

/** A non-negative INTEGER small enough for a JS number (iteration counts, versions). */
export function readSmallInteger(node: DerNode, what: string): number {
  if (node.tag !== TAG.integer || node.content.length === 0 || node.content.length > 6) {
    throw new EncodingError(`malformed ${what}`);
  }
  if (node.content[0]! & 0x80) throw new EncodingError(`negative ${what}`);
  return node.content.readUIntBE(0, node.content.length);
}

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One TLV. */
export function encodeDer(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}

export function derSequence(...items: Uint8Array[]): Buffer {
  return encodeDer(TAG.sequence, Buffer.concat(items));
}

export function derOctetString(content: Uint8Array): Buffer {
  return encodeDer(TAG.octetString, content);
}

/** A non-negative INTEGER from a JS number, minimal as DER requires. */
export function derInteger(value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new EncodingError("bad INTEGER value");
  const bytes: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  if (bytes.length === 0 || bytes[0]! & 0x80) bytes.unshift(0);
  return encodeDer(TAG.integer, Buffer.from(bytes));
}

export function derOid(dotted: string): Buffer {
  const arcs = dotted.split(".").map(Number);
  if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0)) throw new EncodingError("bad OID");
  const values = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    const chunk: number[] = [value & 0x7f];
    for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift((n & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return encodeDer(TAG.oid, Buffer.from(bytes));
}

export function derSet(...items: Uint8Array[]): Buffer {
  return encodeDer(TAG.set, Buffer.concat(items));
}

/** A non-negative INTEGER from big-endian bytes (leading zeros trimmed, one added for the sign bit). */
export function derUnsigned(bytes: Uint8Array): Buffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const trimmed = Buffer.from(bytes.subarray(i));
  return encodeDer(TAG.integer, trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export function derBitString(bytes: Uint8Array): Buffer {
  return encodeDer(TAG.bitString, Buffer.concat([Buffer.from([0]), bytes]));
}

export function derBoolean(value: boolean): Buffer {
  return encodeDer(TAG.boolean, Buffer.from([value ? 0xff : 0]));
}

/** An explicitly tagged, constructed context element `[n]`. */
export function derExplicit(n: number, inner: Uint8Array): Buffer {
  return encodeDer(0xa0 | n, inner);
}

/** PrintableString when the text allows it (as Go's asn1 does), else UTF8String. */
export function derDirectoryString(text: string): Buffer {
  return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text)
    ? encodeDer(TAG.printableString, Buffer.from(text, "ascii"))
    : encodeDer(TAG.utf8String, Buffer.from(text, "utf8"));
}

/** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5), seconds precision. */
export function derTime(epochMs: number): Buffer {
  const iso = new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
  return Number(iso.slice(0, 4)) < 2050
    ? encodeDer(TAG.utcTime, Buffer.from(digits.slice(2)))
    : encodeDer(TAG.generalizedTime, Buffer.from(digits));
}
