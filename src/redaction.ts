/**
 * The run's secrets, registered where each one is read or received: a key's passphrase and the
 * key itself, registry passwords and the Basic form that carries them, tokens a token service
 * issued, credentials from a docker config or a credential helper, a proxy's password, AWS
 * credentials. Importable from every layer, like errors.ts.
 *
 * - Text we show (messages, warnings, log lines, job summaries, outputs) passes through
 *   `redactSecrets`, which replaces each registered secret and the user-info of any URL
 *   (`scheme://user:password@`). A server or helper that repeats a request back in its error, or a
 *   setting written with a password in it, then shows `***` where the secret was.
 * - The action forwards each secret to the runner as it is registered (`onSecret`), which masks it
 *   in the job's log; that covers secrets shorter than the ones redacted here, and text that is not
 *   ours.
 */

/** Registered secrets shorter than this are masked by the runner only: replacing them here would garble text. */
const MIN_REDACTED = 6;

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
  if (added) ordered = [...secrets].filter((s) => s.length >= MIN_REDACTED).sort((a, b) => b.length - a.length);
}

/** Calls `listener` with each secret part registered from now on, and with those registered so far. */
export function onSecret(listener: (secret: string) => void): void {
  listeners.push(listener);
  for (const part of secrets) listener(part);
}

/**
 * `scheme://user:password@` (or `scheme://user@`) in text, whether or not the URL around it
 * parses: everything from the scheme to the last `@` before white space or a quote, so that a
 * password written with `@`, `/`, `?` or `#` in it goes whole (a URL parser would end the host at
 * the `/`). The placeholders of our own advice (`http://USER:PASSWORD@HOST:PORT`) stay.
 */
const URL_USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s"'<>]*)@/gi;
const PLACEHOLDER_USER_INFO = /^(USER:PASSWORD|USER|TOKEN)$/;

/** `text` with every registered secret and every URL's user-info replaced by `***`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join("***");
  return out.replace(URL_USER_INFO, (all, scheme: string, userInfo: string) =>
    PLACEHOLDER_USER_INFO.test(userInfo) ? all : `${scheme}***@`,
  );
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
