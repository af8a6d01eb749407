/** The action's vocabulary: settings are inputs, next steps are workflow steps. */
import { render, type Vocabulary } from "../wording.js";

const ACTIONS = "content-trust-action";

export const ACTION_WORDS: Vocabulary = {
  setting: {
    image: "image",
    images: "images",
    repository: "repository",
    dockerfile: "dockerfile",
    "build-args": "build-args",
    signers: "signers",
    "allow-unsigned": "allow-unsigned",
    pin: "pin",
    tags: "tags",
    digest: "digest",
    roles: "roles",
    expires: "expires",
    within: "within",
    "signer-key": "signer-key",
    "signer-key-passphrase": "signer-key-passphrase",
    "signer-name": "signer-name",
    "aws-kms-key": "aws-kms-key",
    "aws-region": "aws-region",
    "root-key-id": "root-key-id",
    "notary-server": "notary-server",
    "notary-servers": "notary-servers",
    "ca-cert": "ca-cert",
    "registry-username": "registry-username",
    "registry-password": "registry-password",
    timeout: "timeout",
    deadline: "deadline",
    "trust-cache": "trust-cache",
    "insecure-registries": "insecure-registries",
    "key-dir": "a key directory (not available in the action)",
    force: "force (not available in the action)",
    accept: "accept",
    "cosign-key": "cosign-key",
    "oci-signature": "oci-signature",
    witness: "witness",
  },
  step: (step, subject) => {
    const on = subject ? ` on ${subject}` : "";
    switch (step) {
      case "sign":
        return `a step with uses: ${ACTIONS}${on}`;
      case "renew":
        return `a step with uses: ${ACTIONS}/renew${on}`;
      case "revoke":
        return `a step with uses: ${ACTIONS}/revoke${on}`;
      case "migrate":
        return `a step with uses: ${ACTIONS}/migrate${on}`;
      case "key-inspect":
        return "the public key PEM that the content-trust CLI's key inspect prints for the key file";
      case "rotate-signer":
        return `the content-trust CLI's key rotate-signer${on}, run with the repository's targets key`;
      case "init":
        return `the content-trust CLI's init ${subject ?? "REPOSITORY"}`;
      case "signer-add":
        return `the content-trust CLI's signer add, for NAME on ${subject ?? "REPOSITORY"} with the public key NAME.pub`;
      case "signer-add-kms":
        return `the content-trust CLI's signer add, for NAME on ${subject ?? "REPOSITORY"} with the AWS KMS key`;
      case "inspect":
        return `the content-trust CLI's inspect ${subject ?? "IMAGE"}`;
    }
  },
  phrase: {
    "base-directory": "the workspace",
    "aws-credentials":
      "run aws-actions/configure-aws-credentials before this step (the job needs permissions: id-token: write for OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
    "trust-store":
      "the Actions cache (delete the cache entries whose key starts with content-trust-v1-, e.g. with gh cache delete)",
    // The actions read every key from signer-key, a root key too: its passphrase is given there.
    "root-passphrase": "signer-key-passphrase",
  },
};

/** A line in the action's words. */
export const words = (text: string): string => render(text, ACTION_WORDS);
