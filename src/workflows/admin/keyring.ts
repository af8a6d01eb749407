/**
 * The keys an admin command may sign with: keys given explicitly (a key file, an AWS KMS key) and,
 * when asked, the private keys of a key directory found by canonical key ID, as Docker finds them
 * in `~/.docker/trust/private`. A role is signed by the first key on hand that it lists, and the
 * signature carries the ID the role lists the key under (for a certificate key that is the
 * certificate's ID, not the plain key's).
 */
import type { KeyDirectory, PassphraseSource } from "../../signers/key-directory.js";
import { KeyFileSigner } from "../../signers/key-file-signer.js";
import { listedAs, type Signer } from "../../tuf/signer.js";

export { listedAs };
import { canonicalKeyIdOf, listedCanonicalKeyId, shortId, type PublicKey } from "../../tuf/keys.js";

export interface Keyring {
  /** A signer for one of `keys` (by the ID the role lists it under), or undefined when none is on hand. */
  signerFor(keys: ReadonlyMap<string, PublicKey>): Promise<Signer | undefined>;
  /** Where keys are looked for, for messages: "the given key 1f3c…", "the key directory". */
  readonly sources: string;
}

export interface KeyringOptions {
  signers?: readonly Signer[];
  directory?: KeyDirectory;
  /** Passphrases of encrypted files in the directory. */
  passphrase?: PassphraseSource;
}

export function createKeyring(options: KeyringOptions): Keyring {
  const explicit = (options.signers ?? []).map((s) => ({ signer: s, canonical: canonicalKeyIdOf(s.publicKey) }));
  const directory = options.directory;
  const passphrase: PassphraseSource = options.passphrase ?? (async () => undefined);
  const sources =
    [...explicit.map((e) => `the given key ${shortId(e.canonical)}`), ...(directory ? ["the key directory"] : [])].join(
      " and ",
    ) || "no keys";
  return {
    sources,
    async signerFor(keys) {
      const listed = [...keys].map(([id, key]) => ({ id, key, canonical: listedCanonicalKeyId(key) }));
      for (const { id, key, canonical } of listed) {
        const hit = explicit.find((e) => e.canonical === canonical);
        if (hit) return listedAs(hit.signer, id, key);
      }
      if (!directory) return undefined;
      for (const { id, key, canonical } of listed) {
        if (!canonical) continue;
        const loaded = await directory.load(canonical, passphrase);
        if (loaded) return listedAs(new KeyFileSigner(loaded), id, key);
      }
      return undefined;
    },
  };
}
