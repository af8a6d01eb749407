// The Go reference clients used as builders and judges in integration tests.
export {
  DockerTrust,
  ecdsaKeyId,
  tufKeyId,
  type DockerTrustOptions,
  type GeneratedKey,
  type TrustInspection,
} from "./docker-trust.js";
export {
  NotaryCli,
  DEFAULT_REPOSITORY_PASSPHRASE,
  DEFAULT_ROOT_PASSPHRASE,
  type NotaryCliOptions,
  type NotaryDelegationRow,
  type NotaryKeyRow,
  type NotaryTargetRow,
} from "./notary-cli.js";
export { CommandError, runCommand, type CommandResult, type RunOptions } from "./processes.js";
export { makeCertificateKey, makeEcdsaKey, type EcdsaKeyFiles } from "./pki.js";
