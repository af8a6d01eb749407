/**
 * `WWW-Authenticate` parsing (RFC 7235): several challenges in one header (Node joins repeated
 * headers with ", "), auth-params as tokens or quoted strings that may hold commas, `=` and
 * escaped quotes. Scheme and parameter names are lower-cased; values are kept as sent.
 */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const TOKEN68 = /[A-Za-z0-9._~+/-]+=*/y;

export function parseChallenges(header: string | undefined): Challenge[] {
  if (!header) return [];
  const out: Challenge[] = [];
  let pos = 0;
  const skip = (chars: RegExp) => {
    while (pos < header.length && chars.test(header[pos]!)) pos++;
  };
  const read = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(header);
    if (!m) return undefined;
    pos = re.lastIndex;
    return m[0];
  };
  /** True when a `name =` auth-param starts at pos (so not the next challenge's scheme). */
  const paramAhead = (): boolean => {
    const save = pos;
    const name = read(TOKEN);
    skip(/[ \t]/);
    let isParam = name !== undefined && header[pos] === "=";
    if (isParam) {
      // "abc==" is a token68, not the parameter abc: a value is a token or a quoted string.
      pos++;
      skip(/[ \t]/);
      isParam = header[pos] === '"' || /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[pos] ?? "");
    }
    pos = save;
    return isParam;
  };
  const readValue = (): string => {
    if (header[pos] !== '"') return read(TOKEN) ?? "";
    pos++;
    let value = "";
    while (pos < header.length && header[pos] !== '"') {
      if (header[pos] === "\\" && pos + 1 < header.length) pos++;
      value += header[pos++];
    }
    pos++; // closing quote (or end of input)
    return value;
  };

  while (pos < header.length) {
    skip(/[\s,]/);
    const scheme = read(TOKEN);
    if (scheme === undefined) {
      pos++; // not a token: skip a stray character rather than loop forever
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    skip(/[ \t]/);
    if (!paramAhead()) {
      // token68 form (e.g. "Negotiate abc=="): not used by registries; skip it.
      const save = pos;
      if (read(TOKEN68) === undefined || /^\s*=/.test(header.slice(pos))) pos = save;
    }
    for (;;) {
      skip(/[ \t]/);
      if (!paramAhead()) break;
      const name = read(TOKEN)!.toLowerCase();
      skip(/[ \t]/);
      pos++; // "="
      skip(/[ \t]/);
      challenge.params[name] = readValue();
      skip(/[ \t]/);
      if (header[pos] !== ",") break;
      pos++;
      skip(/[\s,]/);
    }
  }
  return out;
}
