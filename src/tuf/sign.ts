/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader. An
 * edit of a large role proves the same of what it wrote, and takes the rest from the bytes it read
 * (signTargetsEdit).
 */
import { MalformedMetadataError, TrustError } from "../errors.js";
import type { Signer } from "./signer.js";
import {
  canonicalSigned,
  envelopeAround,
  parseWrittenEnvelope,
  serialiseEnvelope,
  type AnySigned,
  type Envelope,
  type Signature,
  type TargetsSigned,
} from "./metadata.js";
import { ENVELOPE_HEAD, sameData } from "./canonical.js";
import { splicedTargets } from "./targets-splice.js";
import { parseGoTime } from "./time.js";

const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;

export async function signEnvelope(signed: AnySigned, signers: readonly Signer[]): Promise<Uint8Array> {
  return (await signToEnvelope(signed, signers)).bytes;
}

/**
 * As signEnvelope, returning the file parsed back as a reader parses it: a large role's bytes and
 * its parsed form are then at hand for the checks after publishing without a second parse.
 */
export async function signToEnvelope<S extends AnySigned>(signed: S, signers: readonly Signer[]): Promise<Envelope<S>> {
  goExpires(signed);
  const canonical = canonicalSigned(signed);
  const message = new TextEncoder().encode(canonical);
  const signatures = await signatureList(signed, message, signers);
  const bytes = serialiseEnvelope(signed, signatures, canonical);
  return assertFixedPoint(bytes, signed, { canonical, message, signatures }) as Envelope<S>;
}

/**
 * As signToEnvelope for `next`, an edit of the parsed role `base` (undefined for a role never
 * published): the same file, byte for byte, with the bytes of the entries the edit left alone taken
 * from `base` (targets-splice.ts) instead of written and parsed again.
 *
 * What the file holds beyond those bytes (the shell, the changed entries, the signatures) goes
 * through the same round trip as a whole file does, in a file of its own that holds only them;
 * the unchanged entries' bytes are the canonical form of what they were read from, which writes
 * back as it was read. The file returned carries `next` as its parsed form: the data parsing it
 * gives, its entries in the edit's order rather than the file's (an order nothing reads: the
 * metadata's maps have none). The caller leaves `next` as it is from then on.
 */
export async function signTargetsEdit(
  base: Envelope<TargetsSigned> | undefined,
  next: TargetsSigned,
  signers: readonly Signer[],
): Promise<Envelope<TargetsSigned>> {
  const expiresAt = goExpires(next);
  const spliced = base && splicedTargets(base, next);
  if (!spliced) return signToEnvelope(next, signers);
  const message = spliced.text;
  const signatures = await signatureList(next, message, signers);
  const part: TargetsSigned = {
    ...next,
    targets: new Map(
      spliced.changed.flatMap((name) => {
        const meta = next.targets.get(name);
        return meta ? [[name, meta] as const] : [];
      }),
    ),
  };
  const partCanonical = canonicalSigned(part);
  assertFixedPoint(serialiseEnvelope(part, signatures, partCanonical), part, {
    canonical: partCanonical,
    message: new TextEncoder().encode(partCanonical),
    signatures,
  });
  const bytes = envelopeAround(message, signatures);
  const from = ENVELOPE_HEAD.length;
  return {
    signed: next,
    signatures: signatures.map((g) => ({ ...g, method: g.method.toLowerCase() })),
    signedBytes: bytes.subarray(from, from + message.length),
    bytes,
    expiresAt,
  };
}

/** `expires` as an instant, once it is checked to be in the form Go writes. */
function goExpires(signed: AnySigned): number {
  if (!GO_EXPIRES.test(signed.expires)) {
    throw new MalformedMetadataError(`expires ${signed.expires} is not in Go's UTC form`);
  }
  return parseGoTime(signed.expires);
}

async function signatureList(signed: AnySigned, message: Uint8Array, signers: readonly Signer[]): Promise<Signature[]> {
  const signatures: Signature[] = [];
  for (const signer of signers) {
    if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
      throw new TrustError(
        "MESSAGE_TOO_LARGE",
        `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`,
        { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" },
      );
    }
    const sig = await signer.sign(message);
    signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
  }
  return signatures;
}

/**
 * Throws unless parse → serialise gives back exactly `bytes`; returns the parsed file. The file is
 * envelopeJson(canonical, signatures), and that function is one-to-one (canonical text holds no
 * `\u003c` of its own to confuse with an escape), so serialising the parse gives back the same bytes
 * exactly when the parsed `signed` object writes the same canonical text and the signatures come
 * back as written: those are compared, without escaping and encoding a large role a second time.
 * `written.message`, the canonical bytes the file was written from, saves re-canonicalising the
 * parsed object as a reader would: the comparison proves it. When the parsed object holds the same
 * data as `signed`, the object the text was written from, it writes the same text (sameData), which
 * is proof enough; only when it does not is its text written and compared. `signed` is the object
 * the caller passed to signToEnvelope, which no caller changes while it is being signed.
 */
function assertFixedPoint(
  bytes: Uint8Array,
  signed: AnySigned,
  written: { canonical: string; message: Uint8Array; signatures: readonly Signature[] },
): Envelope {
  const type = signed.type;
  const env = parseWrittenEnvelope(bytes, type, "metadata to upload", written.message);
  const sameSignatures =
    env.signatures.length === written.signatures.length &&
    env.signatures.every((s, i) => {
      const w = written.signatures[i]!;
      return s.keyId === w.keyId && s.method.toLowerCase() === w.method.toLowerCase() && s.sig === w.sig;
    });
  if (!sameSignatures || !(sameData(env.signed, signed) || canonicalSigned(env.signed) === written.canonical)) {
    throw new MalformedMetadataError(
      `${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`,
    );
  }
  return env;
}
