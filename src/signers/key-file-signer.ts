/**
 * A Signer over a private key loaded from a file (tuf/data/keys.go signing):
 * ecdsa → sha256, raw r‖s padded to the curve size; rsa → RSASSA-PSS sha256, MGF1-sha256, salt 32;
 * ed25519 → pure Ed25519 over the message.
 */
import { constants, sign } from "node:crypto";
import { shortId, type PublicKey, type SignatureMethod } from "../tuf/keys.js";
import type { LoadedPrivateKey } from "./key-file.js";
import type { Signer } from "../tuf/signer.js";

const METHODS: Record<string, SignatureMethod> = { ecdsa: "ecdsa", rsa: "rsapss", ed25519: "eddsa" };

export class KeyFileSigner implements Signer {
  readonly keyId: string;
  readonly publicKey: PublicKey;
  readonly method: SignatureMethod;
  readonly description: string;
  readonly #key: LoadedPrivateKey["keyObject"];

  constructor(key: LoadedPrivateKey) {
    const method = METHODS[key.publicKey.type];
    if (!method) throw new TypeError(`no signature method for key type ${key.publicKey.type}`);
    this.keyId = key.keyId;
    this.publicKey = key.publicKey;
    this.method = method;
    this.description = `key file ${shortId(key.keyId)}${key.role ? ` (role ${key.role})` : ""}`;
    this.#key = key.keyObject;
  }

  async sign(message: Uint8Array): Promise<Uint8Array> {
    switch (this.method) {
      case "ecdsa":
        return new Uint8Array(sign("sha256", message, { key: this.#key, dsaEncoding: "ieee-p1363" }));
      case "rsapss":
        return new Uint8Array(
          sign("sha256", message, { key: this.#key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }),
        );
      default:
        return new Uint8Array(sign(null, message, this.#key));
    }
  }

  async signRsaPkcs1v15(message: Uint8Array): Promise<Uint8Array> {
    if (this.method !== "rsapss") throw new TypeError(`a ${this.publicKey.type} key does not sign RSASSA-PKCS1-v1_5`);
    return new Uint8Array(sign("sha256", message, { key: this.#key, padding: constants.RSA_PKCS1_PADDING }));
  }
}
