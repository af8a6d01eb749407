/**
 * A Notary signer signing a cosign payload with the same key, in the scheme cosign verifies
 * (../cosign/signature.ts): ECDSA signatures turned from Notary's raw r‖s into DER, Ed25519 as is,
 * RSA through the signer's PKCS#1 v1.5 method. The result is checked against the public key.
 */
import { UsageError } from "../errors.js";
import { ecdsaRawToDer, verifyCosignSignature } from "../cosign/signature.js";
import { keyObjectOf } from "../tuf/keys.js";
import type { Signer } from "../tuf/signer.js";

/** The base64 signature for the `dev.cosignproject.cosign/signature` annotation. */
export async function signCosignPayload(signer: Signer, payload: Uint8Array): Promise<string> {
  let signature: Uint8Array;
  switch (signer.method) {
    case "ecdsa":
      signature = ecdsaRawToDer(await signer.sign(payload));
      break;
    case "eddsa":
      signature = await signer.sign(payload);
      break;
    case "rsapss":
    case "rsapkcs1v15":
      if (!signer.signRsaPkcs1v15)
        throw new UsageError(`${signer.description} cannot make the RSASSA-PKCS1-v1_5 signatures cosign verifies`);
      signature = await signer.signRsaPkcs1v15(payload);
      break;
    default:
      throw new UsageError(`${signer.description} signs with ${String(signer.method)}, which cosign does not verify`);
  }
  const base64 = Buffer.from(signature).toString("base64");
  const key = keyObjectOf(signer.publicKey);
  if (!key || !verifyCosignSignature(key, payload, base64)) {
    throw new UsageError(`${signer.description} made a cosign signature that does not verify with its own public key`);
  }
  return base64;
}
