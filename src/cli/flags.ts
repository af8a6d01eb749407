/**
 * The flags of the networked commands, as node:util parseArgs options. Kept apart from the commands
 * so that the entry point can read a command line (early-connect.ts) without loading them.
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
