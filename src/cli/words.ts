/** The CLI's vocabulary: settings are flags (or the environment variables that hold secrets). */
import { render, type Vocabulary } from "../wording.js";

export const CLI_WORDS: Vocabulary = {
  setting: {
    image: "IMAGE",
    images: "IMAGE arguments",
    repository: "REPOSITORY",
    dockerfile: "--dockerfile",
    "build-args": "--build-arg NAME=VALUE",
    signers: "--signers",
    "allow-unsigned": "--allow-unsigned",
    pin: "--pin",
    tags: "--tags",
    digest: "--digest",
    roles: "--roles",
    expires: "--expires",
    within: "--within",
    "signer-key": "--signer-key FILE",
    "signer-key-passphrase": "CONTENT_TRUST_PASSPHRASE",
    "signer-name": "--signer-name",
    "aws-kms-key": "--aws-kms-key",
    "aws-region": "--aws-region",
    "root-key-id": "--root-key-id",
    "notary-server": "--notary-server",
    "notary-servers": "--notary-servers",
    "ca-cert": "--ca-cert",
    "registry-username": "--registry-username",
    "registry-password": "CONTENT_TRUST_REGISTRY_PASSWORD",
    timeout: "--timeout",
    deadline: "--deadline",
    "trust-cache": "--trust-dir",
    "insecure-registries": "--insecure-registry",
    "key-dir": "--key-dir DIR",
    force: "--force",
    accept: "--accept",
    "cosign-key": "--cosign-key",
    "oci-signature": "--oci-signature",
    witness: "--witness",
  },
  step: (step, subject) => {
    switch (step) {
      case "sign":
        return `content-trust sign ${subject ?? "IMAGE"}`;
      case "renew":
        return `content-trust renew ${subject ?? "REPOSITORY"}`;
      case "revoke":
        return `content-trust revoke ${subject ?? "IMAGE:TAG"}`;
      case "init":
        return `content-trust init ${subject ?? "REPOSITORY"}`;
      case "signer-add":
        return `content-trust signer add NAME ${subject ?? "REPOSITORY"} --key NAME.pub`;
      case "signer-add-kms":
        return `content-trust signer add NAME ${subject ?? "REPOSITORY"} --aws-kms-key KEY`;
      case "migrate":
        return `content-trust migrate ${subject ?? "REPOSITORY"}`;
      case "key-inspect":
        return "the public key PEM that content-trust key inspect KEYFILE prints";
      case "rotate-signer":
        return `content-trust key rotate-signer NAME ${subject ?? "REPOSITORY"} --new-key FILE`;
      case "inspect":
        return `content-trust inspect ${subject ?? "IMAGE"}`;
    }
  },
  phrase: {
    "base-directory": "the current directory",
    "aws-credentials":
      "configure AWS credentials (aws configure or aws sso login, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
    "trust-store": "the trust directory (--trust-dir, default $DOCKER_CONFIG/trust)",
    "root-passphrase":
      "CONTENT_TRUST_ROOT_PASSPHRASE (or DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE or CONTENT_TRUST_PASSPHRASE: each one set is tried)",
  },
};

/** A line in the CLI's words. */
export const words = (text: string): string => render(text, CLI_WORDS);
