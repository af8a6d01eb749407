/**
 * The verifier configurations users paste once their images carry cosign signatures by their
 * Notary key: `cosign verify`, a Kyverno ClusterPolicy (verifyImages with publicKeys), a sigstore
 * policy-controller ClusterImagePolicy and a Connaisseur validator. Keys without a transparency
 * log entry: each one is told not to require Rekor. Pure text.
 */
import { createPublicKey } from "node:crypto";
import { sha256Hex } from "../sha256.js";
import { parseReference } from "../registry/reference.js";
import { cosignDockerReference } from "./cosign-read.js";

export interface VerifierConfigs {
  /** The key as cosign reads it (SPKI PEM, no headers). */
  publicKeyPem: string;
  cosign: string;
  kyverno: string;
  policyController: string;
  connaisseur: string;
}

/** `image` is a repository name (`registry.example/app`); `pattern` the glob policies match. */
export function verifierConfigs(publicKeyPem: string, image: string): VerifierConfigs {
  const pem = createPublicKey(publicKeyPem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, ""))
    .export({ type: "spki", format: "pem" })
    .toString();
  const indented = (n: number) =>
    pem
      .trimEnd()
      .split("\n")
      .map((l) => `${" ".repeat(n)}${l}`)
      .join("\n");
  // Tags and digests of this repository only: `repo*` also matched repo-worker and repo2.
  const patterns = (repo: string) => [`${repo}:*`, `${repo}@*`];
  // policy-controller matches the name go-containerregistry gives Docker Hub images, as cosign writes it.
  const policyControllerImage = cosignDockerReference(parseReference(image));
  const name = resourceName(image);
  return {
    publicKeyPem: pem,
    cosign: `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${image}:TAG`,
    kyverno: [
      "apiVersion: kyverno.io/v1",
      "kind: ClusterPolicy",
      "metadata:",
      `  name: verify-${name}`,
      "spec:",
      "  validationFailureAction: Enforce",
      "  webhookTimeoutSeconds: 30",
      "  rules:",
      "    - name: cosign-key",
      "      match:",
      "        any:",
      "          - resources:",
      "              kinds: [Pod]",
      "      verifyImages:",
      "        - imageReferences:",
      ...patterns(image).map((p) => `            - "${p}"`),
      "          attestors:",
      "            - entries:",
      "                - keys:",
      "                    publicKeys: |-",
      indented(22),
      "                    rekor:",
      "                      ignoreTlog: true",
      "                    ctlog:",
      "                      ignoreSCT: true",
      "",
    ].join("\n"),
    policyController: [
      "apiVersion: policy.sigstore.dev/v1beta1",
      "kind: ClusterImagePolicy",
      "metadata:",
      `  name: ${name}-cosign-key`,
      "spec:",
      "  images:",
      ...patterns(policyControllerImage).map((p) => `    - glob: "${p}"`),
      "  authorities:",
      "    - key:",
      "        hashAlgorithm: sha256",
      "        data: |",
      indented(10),
      "      # no ctlog: these signatures have no transparency log entry to check",
      "",
    ].join("\n"),
    connaisseur: [
      "# Connaisseur 3.x helm values (2.x: validators and policy at the top level)",
      "application:",
      "  validators:",
      `    - name: ${name}`,
      "      type: cosign",
      "      trustRoots:",
      "        - name: default",
      "          key: |",
      indented(12),
      "  policy:",
      ...patterns(image).flatMap((p) => [
        `    - pattern: "${p}"`,
        `      validator: ${name}`,
        "      with:",
        "        trustRoot: default",
        "        verifyInTransparencyLog: false",
      ]),
      "",
    ].join("\n"),
  };
}

/**
 * A Kubernetes-safe name for the repository's policies (lower-case letters, digits and dashes, at
 * most 50 characters): its whole path, readable, and a hash of it, so that two repositories never
 * share one (team-a/app and team-b/app, my_app and my-app, app-worker and app/worker).
 */
function resourceName(image: string): string {
  const name = image
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const hash = sha256Hex(Buffer.from(image)).slice(0, 8);
  return `${name.slice(0, 41).replace(/-+$/, "") || "images"}-${hash}`;
}
