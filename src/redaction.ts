/**
 * The run's secrets, registered where each one is read or received: a key's passphrase and the
 * key itself, registry passwords and the Basic form that carries them, tokens a token service
 * issued, credentials from a docker config or a credential helper, a proxy's password, AWS
 * credentials. Importable from every layer, like errors.ts.
 *
 * - Text we show (messages, also those inside outputs, warnings, log lines, job summaries, the
 *   CLI's stderr) passes through `redactSecrets`, which replaces each registered secret and the
 *   user-info of any URL (`scheme://user:password@`). A server or helper that repeats a request
 *   back in its error, or a setting written with a password in it, then shows `***` where the
 *   secret was. Outputs and the CLI's stdout are data and are not redacted as a whole.
 * - The action forwards each secret to the runner as it is registered (`onSecret`), which masks it
 *   in the job's log; that covers secrets shorter than the ones redacted here, and text that is not
 *   ours.
 */

/** Registered secrets shorter than this are masked by the runner only: replacing them here would garble text. */
const MIN_REDACTED = 6;

/**
 * A shorter secret is replaced here too when it holds `#`, `:` or `[`: text for a GitHub Actions
 * log may get a zero-width space inside `##[` or a leading `::` (text.ts, workflowCommandFilter),
 * and the runner's mask, which looks for the secret as it is, would then miss it.
 */
const MIN_REDACTED_COMMAND_LIKE = 3;
const COMMAND_CHARS = /[#:[]/;

const redactedHere = (secret: string): boolean =>
  secret.length >= MIN_REDACTED || (secret.length >= MIN_REDACTED_COMMAND_LIKE && COMMAND_CHARS.test(secret));

const secrets = new Set<string>();
/** The secrets to replace, longest first (a secret that holds another is replaced whole). */
let ordered: string[] = [];
const listeners: ((secret: string) => void)[] = [];

/**
 * The parts of a secret that are registered: the value and each line of it, trimmed (a PEM body
 * line by line, as a log may show one line of it), without the lines that are not secret: armour
 * lines and `Name: value` headers (`role:`, `Proc-Type:`), which would hide names in a log.
 */
function partsOf(value: string): string[] {
  const parts = [value];
  if (/[\r\n]/.test(value)) {
    for (const raw of value.split(/\r?\n|\r/)) {
      const line = raw.trim();
      if (line.length < 4 || /^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line) || /^[A-Za-z-]+: \S/.test(line)) continue;
      parts.push(line);
    }
  }
  return parts;
}

/** Registers a secret (empty and undefined values are ignored); listeners hear each new part. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  let added = false;
  for (const part of partsOf(value)) {
    if (secrets.has(part)) continue;
    secrets.add(part);
    added = true;
    for (const listener of listeners) listener(part);
  }
  if (added) ordered = [...secrets].filter(redactedHere).sort((a, b) => b.length - a.length);
}

/** Calls `listener` with each secret part registered from now on, and with those registered so far. */
export function onSecret(listener: (secret: string) => void): void {
  listeners.push(listener);
  for (const part of secrets) listener(part);
}

/** The placeholders of our own advice (`http://USER:PASSWORD@HOST:PORT`), which stay. */
const PLACEHOLDER_USER_INFO = /^(USER:PASSWORD|USER|TOKEN)$/;
const SCHEME_CHAR = /[a-z0-9+.-]/i;

/**
 * `text` with every URL's user-info replaced by `***`, whether or not the URL parses: in each run
 * of text without white space, from the first `scheme://` to the last `@` of the run, so that a
 * password written with `@`, `/`, `?`, `#` or a quote in it goes whole (a URL parser would end the
 * host at the `/`). More is hidden that way, never less. One pass over the text (a regular
 * expression here backtracks for each position of a long run, a quadratic time on what a server
 * sends).
 */
function redactUserInfo(text: string): string {
  if (!text.includes("://")) return text;
  let out = "";
  let from = 0;
  for (const run of text.matchAll(/\S+/g)) {
    const start = run.index;
    const word = run[0];
    const sep = word.indexOf("://");
    const at = word.lastIndexOf("@");
    if (sep <= 0 || at <= sep + 3) continue;
    let scheme = sep;
    while (scheme > 0 && SCHEME_CHAR.test(word[scheme - 1]!)) scheme--;
    if (scheme === sep || !/[a-z]/i.test(word[scheme]!)) continue;
    if (PLACEHOLDER_USER_INFO.test(word.slice(sep + 3, at))) continue;
    out += `${text.slice(from, start + sep + 3)}***`;
    from = start + at;
  }
  return out + text.slice(from);
}

/** `text` with every registered secret and every URL's user-info replaced by `***`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join("***");
  return redactUserInfo(out);
}

/**
 * Input quoted in a message (JSON string syntax), at most `max` characters of it: cleared of
 * secrets before it is cut, so that a cut cannot keep half a secret or drop the `@` that marks
 * a URL's user-info.
 */
export function quotedInput(text: string, max: number): string {
  const clear = redactSecrets(text);
  return JSON.stringify(clear.slice(0, max));
}

/** Forgets every secret and listener (tests). */
export function forgetSecrets(): void {
  secrets.clear();
  ordered = [];
  listeners.length = 0;
}
