/**
 * An independent judge of cosign signatures in a registry, written from cosign's specification
 * (SIGNATURE_SPEC.md, pkg/cosign/verify.go) with plain fetch and node:crypto, sharing no code with
 * src/: read `sha256-<hex>.sig`, and for each layer fetch the payload blob, check it hashes to the
 * layer digest, verify the base64 annotation over the payload with the key (ECDSA DER / RSA
 * PKCS#1 v1.5 over SHA-256, pure Ed25519), and check docker-manifest-digest.
 */
import { createHash, verify, type KeyObject } from "node:crypto";

export interface JudgedLayer {
  digest: string;
  verified: boolean;
  dockerReference: string;
  manifestDigest: string;
}

export interface Judgement {
  status: number;
  mediaType: string | null;
  config: { mediaType: string; digest: string } | undefined;
  layers: Array<{ mediaType: string; digest: string; signature: string | undefined }>;
}

export async function readSigManifest(registryUrl: string, repo: string, digest: string): Promise<Judgement> {
  const res = await fetch(`${registryUrl}/v2/${repo}/manifests/${digest.replace(":", "-")}.sig`, {
    headers: {
      accept: "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json",
    },
  });
  if (res.status !== 200) return { status: res.status, mediaType: null, config: undefined, layers: [] };
  const m = (await res.json()) as {
    config?: { mediaType: string; digest: string };
    layers?: Array<{ mediaType: string; digest: string; annotations?: Record<string, string> }>;
  };
  return {
    status: 200,
    mediaType: res.headers.get("content-type"),
    config: m.config,
    layers: (m.layers ?? []).map((l) => ({
      mediaType: l.mediaType,
      digest: l.digest,
      signature: l.annotations?.["dev.cosignproject.cosign/signature"],
    })),
  };
}

/** Layers of the digest's .sig manifest that verify with `key` under cosign's rules for `digest`. */
export async function cosignVerify(
  registryUrl: string,
  repo: string,
  digest: string,
  key: KeyObject,
): Promise<JudgedLayer[]> {
  const manifest = await readSigManifest(registryUrl, repo, digest);
  const out: JudgedLayer[] = [];
  for (const layer of manifest.layers) {
    if (layer.mediaType !== "application/vnd.dev.cosign.simplesigning.v1+json" || !layer.signature) continue;
    const blob = new Uint8Array(await (await fetch(`${registryUrl}/v2/${repo}/blobs/${layer.digest}`)).arrayBuffer());
    if (`sha256:${createHash("sha256").update(blob).digest("hex")}` !== layer.digest) continue;
    const sig = Buffer.from(layer.signature, "base64");
    const type = key.asymmetricKeyType;
    const ok =
      type === "ec"
        ? verify("sha256", blob, { key, dsaEncoding: "der" }, sig)
        : type === "rsa"
          ? verify("sha256", blob, key, sig)
          : verify(null, blob, key, sig);
    const payload = JSON.parse(Buffer.from(blob).toString()) as {
      critical: { identity: { "docker-reference": string }; image: { "docker-manifest-digest": string }; type: string };
    };
    if (
      !ok ||
      payload.critical.image["docker-manifest-digest"] !== digest ||
      payload.critical.type !== "cosign container image signature"
    )
      continue;
    out.push({
      digest: layer.digest,
      verified: true,
      dockerReference: payload.critical.identity["docker-reference"],
      manifestDigest: digest,
    });
  }
  return out;
}
