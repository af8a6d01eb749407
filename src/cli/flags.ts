/**
 * The flags of every command, as node:util parseArgs options. Kept apart from the commands so that
 * the entry point can read a command line (early-connect.ts) and tell a flag's value from an
 * argument (args.ts) without loading them.
 */
export const connectionFlags = {
  "notary-server": { type: "string" },
  "ca-cert": { type: "string" },
  "registry-username": { type: "string" },
  "root-key-id": { type: "string", multiple: true },
  "trust-dir": { type: "string" },
  timeout: { type: "string" },
  deadline: { type: "string" },
  "insecure-registry": { type: "string", multiple: true },
} as const;

export const SIGN_FLAGS = {
  ...connectionFlags,
  "signer-key": { type: "string" },
  "aws-kms-key": { type: "string" },
  "aws-region": { type: "string" },
  "signer-name": { type: "string" },
  tags: { type: "string", multiple: true },
  digest: { type: "string" },
  roles: { type: "string", multiple: true },
  expires: { type: "string" },
  "require-root-pin": { type: "boolean" },
  "oci-signature": { type: "string" },
  json: { type: "boolean" },
} as const;

export const INSPECT_FLAGS = {
  ...connectionFlags,
  json: { type: "boolean" },
  within: { type: "string" },
} as const;

export const VERIFY_FLAGS = {
  ...connectionFlags,
  dockerfile: { type: "string", multiple: true },
  "build-arg": { type: "string", multiple: true },
  signers: { type: "string", multiple: true },
  "allow-unsigned": { type: "string", multiple: true },
  "notary-servers": { type: "string", multiple: true },
  pin: { type: "boolean" },
  "require-root-pin": { type: "boolean" },
  accept: { type: "string", multiple: true },
  "cosign-key": { type: "string" },
  json: { type: "boolean" },
  markdown: { type: "boolean" },
} as const;

/** The admin commands' shared flags (init, signer, revoke, renew, key rotate-signer). */
export const ADMIN_FLAGS = {
  ...connectionFlags,
  "key-dir": { type: "string" },
  "signer-key": { type: "string" },
  "aws-kms-key": { type: "string" },
  "aws-region": { type: "string" },
  "require-root-pin": { type: "boolean" },
  json: { type: "boolean" },
} as const;

export const INIT_FLAGS = { ...ADMIN_FLAGS, "root-key": { type: "string" } } as const;

export const SIGNER_FLAGS = {
  ...ADMIN_FLAGS,
  key: { type: "string", multiple: true },
  init: { type: "boolean" },
  force: { type: "boolean" },
  "root-key": { type: "string" },
  "signer-aws-kms-key": { type: "string" },
} as const;

export const RENEW_FLAGS = {
  ...ADMIN_FLAGS,
  within: { type: "string" },
  expires: { type: "string" },
  witness: { type: "string", multiple: true },
} as const;

export const KEY_ROTATION_FLAGS = {
  ...ADMIN_FLAGS,
  "new-key": { type: "string" },
  "new-aws-kms-key": { type: "string" },
  "old-key": { type: "string", multiple: true },
} as const;

export const KEY_INSPECT_FLAGS = {
  json: { type: "boolean" },
  cosign: { type: "boolean" },
  "aws-kms-key": { type: "string" },
  "aws-region": { type: "string" },
  "signer-name": { type: "string" },
} as const;

export const MIGRATE_FLAGS = {
  ...connectionFlags,
  "signer-key": { type: "string" },
  "aws-kms-key": { type: "string" },
  "aws-region": { type: "string" },
  signers: { type: "string", multiple: true },
  concurrency: { type: "string" },
  "max-writes": { type: "string" },
  "dry-run": { type: "boolean" },
  "require-root-pin": { type: "boolean" },
  json: { type: "boolean" },
} as const;

/** Every command's table: what the command-line checks that run before a command loads consult. */
export const ALL_FLAG_TABLES = [
  SIGN_FLAGS,
  INSPECT_FLAGS,
  VERIFY_FLAGS,
  ADMIN_FLAGS,
  INIT_FLAGS,
  SIGNER_FLAGS,
  RENEW_FLAGS,
  KEY_ROTATION_FLAGS,
  KEY_INSPECT_FLAGS,
  MIGRATE_FLAGS,
] as const;
