/**
 * Standard base64 (RFC 4648 §4, with padding) as Go's base64.StdEncoding accepts it: whole groups
 * of four characters from the standard alphabet, the last group padded with one or two `=`.
 *
 * A loop over character codes rather than a regular expression: a role of 10,000 tags holds 10,000
 * digests, and each is checked every time the role is read.
 */

/** 1 for each character of the standard alphabet, by character code. */
const ALPHABET = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") ALPHABET[c.charCodeAt(0)] = 1;
const PAD = 0x3d;

/** True when `s` is standard padded base64 (the empty string included). */
export function isStandardBase64(s: string): boolean {
  const n = s.length;
  if (n % 4 !== 0) return false;
  let end = n;
  if (n > 0 && s.charCodeAt(n - 1) === PAD) end = s.charCodeAt(n - 2) === PAD ? n - 2 : n - 1;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || ALPHABET[c] === 0) return false;
  }
  return true;
}

/**
 * How many bytes standard padded base64 decodes to, counted from its length and padding without
 * decoding it; only for a string isStandardBase64 accepts.
 */
export function standardBase64ByteLength(s: string): number {
  const n = s.length;
  const padding = n > 0 && s.charCodeAt(n - 1) === PAD ? (s.charCodeAt(n - 2) === PAD ? 2 : 1) : 0;
  return (n / 4) * 3 - padding;
}

/**
 * Whether `text`, whitespace ignored (base64 wrapped in lines), reads as base64 or base64url of at
 * least `minChars` characters rather than as a path or PEM text: a key kept encoded in a CI
 * variable, which a message must describe and not repeat.
 */
export function looksLikeBase64(text: string, minChars: number): boolean {
  const t = text.replace(/\s+/g, "");
  return t.length >= minChars && /^[A-Za-z0-9+/_-]+={0,2}$/.test(t);
}
