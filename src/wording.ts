/**
 * Words that depend on the front end. The action names inputs (`signer-key`), the CLI names flags
 * (`--signer-key FILE`); "run the renew action" and "run content-trust renew" are the same advice.
 * Code below the front ends never writes such a word itself: it writes a term (`setting`, `step`,
 * `phrase`), and each front end renders every line it prints with its own vocabulary.
 *
 * A term travels inside ordinary message strings (error messages, hints, warnings, verify results)
 * as a token between two private-use characters, so it survives every layer that passes text
 * along; `render` replaces it at the edge. Unknown tokens render as nothing.
 */

import { ServerError, TrustError, describeError, type ErrorCode } from "./errors.js";

/** Settings a user gives, by the action input's name. */
export type Setting =
  | "image"
  | "images"
  | "repository"
  | "dockerfile"
  | "build-args"
  | "signers"
  | "allow-unsigned"
  | "pin"
  | "tags"
  | "digest"
  | "roles"
  | "expires"
  | "within"
  | "signer-key"
  | "signer-key-passphrase"
  | "signer-name"
  | "aws-kms-key"
  | "aws-region"
  | "root-key-id"
  | "notary-server"
  | "notary-servers"
  | "ca-cert"
  | "registry-username"
  | "registry-password"
  | "timeout"
  | "deadline"
  | "trust-cache"
  | "insecure-registries"
  | "key-dir"
  | "force"
  | "accept"
  | "cosign-key"
  | "oci-signature"
  | "witness";

/** Things a user can do next, worded as a step of a workflow or as a command line. */
export type Step =
  | "sign"
  | "renew"
  | "revoke"
  | "init"
  | "signer-add"
  /** Adding a signer whose key is held in AWS KMS. */
  | "signer-add-kms"
  | "migrate"
  | "key-inspect"
  | "rotate-signer"
  /** Reading a repository's signed tags, signers and keys (its Root Key among them). */
  | "inspect";

/** Phrases that differ between a CI step and a terminal. */
export type Phrase =
  /** Where relative paths start: the workspace, or the current directory. */
  | "base-directory"
  /** How to give AWS credentials to the process. */
  | "aws-credentials"
  /** Where trusted roots are kept between runs. */
  | "trust-store"
  /** Where a root key's passphrase is given. */
  | "root-passphrase";

export interface Vocabulary {
  setting: Record<Setting, string>;
  /** `subject` is the repository or image the step is about, when there is one. */
  step: (step: Step, subject: string | undefined) => string;
  phrase: Record<Phrase, string>;
}

// Private-use characters around a term: a setting, a phrase, a step (with an optional subject).
const SETTING = "\uE000";
const PHRASE = "\uE002";
const STEP = "\uE003";
const SUBJECT = "\uE004";
const END = "\uE001";
const TOKEN = /([\uE000\uE002\uE003])([a-z-]+)(?:\uE004([^\uE000-\uE004]*))?\uE001/g;

/** A setting, as the front end names it (`signer-key` / `--signer-key FILE`). */
export function setting(name: Setting): string {
  return `${SETTING}${name}${END}`;
}

/** A next step (`a step with uses: …/renew` / `content-trust renew REPO`). */
export function step(name: Step, subject?: string): string {
  return `${STEP}${name}${subject === undefined ? "" : SUBJECT + subject.replace(/[\uE000-\uE004]/g, "")}${END}`;
}

export function phrase(name: Phrase): string {
  return `${PHRASE}${name}${END}`;
}

/** Text with every term replaced by the vocabulary's words. */
export function render(text: string, words: Vocabulary): string {
  return text.replace(TOKEN, (_all, kind: string, name: string, subject: string | undefined) => {
    if (kind === SETTING && Object.hasOwn(words.setting, name)) return words.setting[name as Setting];
    if (kind === PHRASE && Object.hasOwn(words.phrase, name)) return words.phrase[name as Phrase];
    if (kind === STEP) return words.step(name as Step, subject) ?? "";
    return "";
  });
}

/**
 * Errors whose fix is a setting the error cannot name in the front end's words (the server's host
 * goes into it): each front end words these fixes in a table of its own, and `fixHint` picks the
 * sentence by the error's code.
 */
export type Fix = Extract<
  ErrorCode,
  | "REGISTRY_PLAIN_HTTP"
  | "PLAIN_HTTP"
  | "INSECURE_REGISTRY"
  | "TLS_UNKNOWN_CA"
  | "TLS_WRONG_CA"
  | "CA_FILE_MISSING"
  | "CA_NOT_CERTIFICATE"
>;

/** A front end's sentence for each fix it has, given the host the error is about. */
export type FixWords = Partial<Record<Fix, (host: string) => string>>;

/** The front end's hint for `err`, by its code; undefined when the error's own hint fits. */
export function fixHint(err: unknown, fixes: FixWords): string | undefined {
  if (!(err instanceof TrustError) || !Object.hasOwn(fixes, err.code)) return undefined;
  const host = (err instanceof ServerError ? err.host : undefined) ?? "the server";
  return fixes[err.code as Fix]?.(host);
}

/** describeError with the front end's hint where it has one. */
export function describeWithFix(err: unknown, fixes: FixWords): string {
  const hint = fixHint(err, fixes);
  return hint && err instanceof TrustError ? `${err.message}; ${hint}` : describeError(err);
}

/** Text with its terms in their neutral form (the setting's name), for places no front end reads. */
export function plain(text: string): string {
  return text.replace(TOKEN, (_all, _kind: string, name: string, subject: string | undefined) =>
    subject ? `${name} ${subject}` : name,
  );
}
