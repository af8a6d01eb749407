/**
 * Whether bytes already are Go's canonical JSON (canonical.ts), read without building anything.
 *
 * A signature is checked over the canonical form of the parsed `signed` object. Go clients write
 * that form into the file as it is, so for nearly every file the canonical bytes are a slice of
 * the file: proving that costs one pass over the bytes, where canonicalising a role of 10,000 tags
 * built a second copy of it out of tens of thousands of strings. When the proof fails (a file from
 * another writer, HTML escapes, an unusual key), the caller canonicalises as before: this decides
 * only how the bytes are found, never whether a signature is accepted.
 *
 * The proof is that every rule canonicalJson follows holds byte by byte: no whitespace; object
 * keys strictly increasing in UTF-8 byte order (so no duplicates); strings escaped only as `\"`
 * and `\\`, with no control characters; integers written in the shortest form and within the safe
 * range; nothing else. Bytes that pass parse (JSON.parse) to a value whose canonical form is
 * these bytes, once they are valid UTF-8, which the caller's decoder checks. A key holding an
 * escape is not taken: its escaped bytes sort differently from its characters.
 */

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Deeper than any metadata nests; deeper input is left to the caller's general path. */
const MAX_DEPTH = 32;
/** Digits of an integer certainly within Number.MAX_SAFE_INTEGER (16 digits). */
const SAFE_DIGITS = 15;

const NOT_CANONICAL = -1;

/**
 * The offset just past the JSON object that starts at `from` when its bytes are Go's canonical
 * form; -1 when they are not (or are not JSON at all).
 */
export function canonicalObjectEnd(b: Uint8Array, from: number): number {
  return b[from] === OPEN_OBJECT ? value(b, from, 0) : NOT_CANONICAL;
}

/**
 * For a walk through the members of an object already known to be canonical: the offset just past
 * the key at `from` (a string holding no escape), or -1.
 */
export function canonicalKeyEnd(b: Uint8Array, from: number): number {
  return b[from] === QUOTE ? string(b, from, false) : NOT_CANONICAL;
}

/** The offset just past the canonical value at `from`, `depth` objects and lists deep; -1 when not canonical. */
export function canonicalValueEnd(b: Uint8Array, from: number, depth: number): number {
  return value(b, from, depth);
}

function value(b: Uint8Array, i: number, depth: number): number {
  switch (b[i]) {
    case OPEN_OBJECT:
      return depth >= MAX_DEPTH ? NOT_CANONICAL : object(b, i, depth + 1);
    case OPEN_ARRAY:
      return depth >= MAX_DEPTH ? NOT_CANONICAL : array(b, i, depth + 1);
    case QUOTE:
      return string(b, i, true);
    case 0x74: // t
      return literal(b, i, TRUE);
    case 0x66: // f
      return literal(b, i, FALSE);
    case 0x6e: // n
      return literal(b, i, NULL);
    default:
      return integer(b, i);
  }
}

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

function literal(b: Uint8Array, i: number, word: readonly number[]): number {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return NOT_CANONICAL;
  return i + word.length;
}

/** `0`, or a non-zero digit then digits, optionally after `-` (not `-0`); no fraction, no exponent. */
function integer(b: Uint8Array, i: number): number {
  let k = i;
  if (b[k] === MINUS) k++;
  const first = b[k];
  if (first === undefined || first < ZERO || first > NINE) return NOT_CANONICAL;
  if (first === ZERO) return k === i ? k + 1 : NOT_CANONICAL;
  const start = k;
  while (k < b.length && b[k]! >= ZERO && b[k]! <= NINE) k++;
  return k - start > SAFE_DIGITS ? NOT_CANONICAL : k;
}

/**
 * A string whose only escapes are `\"` and `\\` and which holds no control character; `escapes`
 * false refuses any escape at all (object keys).
 */
function string(b: Uint8Array, i: number, escapes: boolean): number {
  for (let k = i + 1; k < b.length; k++) {
    const c = b[k]!;
    if (c === QUOTE) return k + 1;
    if (c < 0x20) return NOT_CANONICAL;
    if (c === BACKSLASH) {
      const next = b[k + 1];
      if (!escapes || (next !== QUOTE && next !== BACKSLASH)) return NOT_CANONICAL;
      k++;
    }
  }
  return NOT_CANONICAL;
}

function array(b: Uint8Array, i: number, depth: number): number {
  let k = i + 1;
  if (b[k] === CLOSE_ARRAY) return k + 1;
  for (;;) {
    k = value(b, k, depth);
    if (k < 0) return NOT_CANONICAL;
    if (b[k] === CLOSE_ARRAY) return k + 1;
    if (b[k] !== COMMA) return NOT_CANONICAL;
    k++;
  }
}

function object(b: Uint8Array, i: number, depth: number): number {
  let k = i + 1;
  if (b[k] === CLOSE_OBJECT) return k + 1;
  let previous = -1;
  let previousEnd = -1;
  for (;;) {
    if (b[k] !== QUOTE) return NOT_CANONICAL;
    const keyEnd = string(b, k, false);
    if (keyEnd < 0) return NOT_CANONICAL;
    if (previous >= 0 && !increasing(b, previous + 1, previousEnd - 1, k + 1, keyEnd - 1)) return NOT_CANONICAL;
    previous = k;
    previousEnd = keyEnd;
    if (b[keyEnd] !== COLON) return NOT_CANONICAL;
    k = value(b, keyEnd + 1, depth);
    if (k < 0) return NOT_CANONICAL;
    if (b[k] === CLOSE_OBJECT) return k + 1;
    if (b[k] !== COMMA) return NOT_CANONICAL;
    k++;
  }
}

/** Whether bytes [a, aEnd) sort strictly before [c, cEnd): Go's order of the keys they spell. */
function increasing(b: Uint8Array, a: number, aEnd: number, c: number, cEnd: number): boolean {
  const n = Math.min(aEnd - a, cEnd - c);
  for (let k = 0; k < n; k++) {
    const x = b[a + k]!;
    const y = b[c + k]!;
    if (x !== y) return x < y;
  }
  return aEnd - a < cEnd - c;
}
