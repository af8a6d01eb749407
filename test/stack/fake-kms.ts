// A local AWS KMS for tests: the JSON 1.1 protocol of GetPublicKey and Sign (POST / with
// X-Amz-Target: TrentService.<Operation>, base64 blobs, errors as {"__type","message"}), real keys
// from node:crypto addressed by key ID, key ARN, alias and alias ARN in one region each, and the
// documented limits: messages of 1-4096 bytes, DIGEST of the algorithm's hash length, only the
// algorithms a key spec offers, ED25519_SHA_512 with RAW only and ED25519_PH_SHA_512 with DIGEST
// only, SIGN_VERIFY usage, key states, DER ECDSA signatures. The region of a request is the one in
// its SigV4 credential scope (a request without Authorization is refused); signatures themselves
// are not checked. Faults can be injected: throttling, 5xx, access denied. One handler serves both
// the SDK in-process (`requestHandler`) and a loopback HTTP server (`listen`).
import { createHash, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { KMSClientConfig } from "@aws-sdk/client-kms";
import {
  DIGEST_BYTES,
  ecdsaSignDigest,
  ed25519phSign,
  ed25519Sign,
  hashOf,
  rsaPkcs1SignDigest,
  rsaPssSignDigest,
} from "./fake-kms-crypto.js";

export type FakeKeySpec =
  | "ECC_NIST_P256"
  | "ECC_NIST_P384"
  | "ECC_SECG_P256K1"
  | "RSA_2048"
  | "RSA_3072"
  | "RSA_4096"
  | "ECC_NIST_EDWARDS25519"
  | "SYMMETRIC_DEFAULT";
export type FakeKeyUsage = "SIGN_VERIFY" | "ENCRYPT_DECRYPT";
type Operation = "GetPublicKey" | "Sign";

export interface FakeKmsKey {
  readonly keyId: string;
  readonly arn: string;
  readonly region: string;
  readonly keySpec: FakeKeySpec;
  readonly keyUsage: FakeKeyUsage;
  state: "Enabled" | "Disabled" | "PendingDeletion";
  readonly alias: string | undefined;
  readonly aliasArn: string | undefined;
  readonly privateKey: KeyObject | undefined;
}

export interface KmsCall {
  operation: string;
  region: string | undefined;
  keyId: string | undefined;
  messageType?: string;
  signingAlgorithm?: string;
  messageBytes?: number;
  status: number;
  errorType?: string;
}

export interface FakeKmsResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const RSA_ALGORITHMS = [
  "RSASSA_PKCS1_V1_5_SHA_256",
  "RSASSA_PKCS1_V1_5_SHA_384",
  "RSASSA_PKCS1_V1_5_SHA_512",
  "RSASSA_PSS_SHA_256",
  "RSASSA_PSS_SHA_384",
  "RSASSA_PSS_SHA_512",
];
const SIGNING_ALGORITHMS: Record<string, string[]> = {
  ECC_NIST_P256: ["ECDSA_SHA_256"],
  ECC_NIST_P384: ["ECDSA_SHA_384"],
  ECC_SECG_P256K1: ["ECDSA_SHA_256"],
  RSA_2048: RSA_ALGORITHMS,
  RSA_3072: RSA_ALGORITHMS,
  RSA_4096: RSA_ALGORITHMS,
  ECC_NIST_EDWARDS25519: ["ED25519_SHA_512", "ED25519_PH_SHA_512"],
};
const ALGORITHM_ENUM = [
  ...new Set(Object.values(SIGNING_ALGORITHMS).flat()),
  "ECDSA_SHA_512",
  "SM2DSA",
  "ML_DSA_SHAKE_256",
];
const MESSAGE_TYPES = ["RAW", "DIGEST", "EXTERNAL_MU"];
const MAX_MESSAGE_BYTES = 4096;

class KmsFault extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function generate(keySpec: FakeKeySpec): KeyObject | undefined {
  if (keySpec === "SYMMETRIC_DEFAULT") return undefined;
  if (keySpec.startsWith("RSA_"))
    return generateKeyPairSync("rsa", { modulusLength: Number(keySpec.slice(4)) }).privateKey;
  if (keySpec === "ECC_NIST_EDWARDS25519") return generateKeyPairSync("ed25519").privateKey;
  const curves: Record<string, string> = {
    ECC_NIST_P256: "P-256",
    ECC_NIST_P384: "P-384",
    ECC_SECG_P256K1: "secp256k1",
  };
  return generateKeyPairSync("ec", { namedCurve: curves[keySpec]! }).privateKey;
}

export class FakeKms {
  readonly account: string;
  readonly region: string;
  readonly calls: KmsCall[] = [];
  readonly #keys = new Map<string, FakeKmsKey>();
  readonly #faults: { type: string; status: number; message: string; remaining: number; operation?: Operation }[] = [];
  readonly #denied = new Map<string, Set<Operation>>();
  readonly #unresolvable = new Set<string>();
  #server: Server | undefined;

  constructor(options: { account?: string; region?: string } = {}) {
    this.account = options.account ?? "111122223333";
    this.region = options.region ?? "us-east-1";
  }

  /** A new key (Enabled) with real key material, and an alias when `alias` is given (`alias/NAME`). */
  createKey(
    options: { keySpec?: FakeKeySpec; keyUsage?: FakeKeyUsage; alias?: string; region?: string } = {},
  ): FakeKmsKey {
    const keySpec = options.keySpec ?? "ECC_NIST_P256";
    const region = options.region ?? this.region;
    const keyId = randomUUID();
    const prefix = `arn:aws:kms:${region}:${this.account}`;
    const key: FakeKmsKey = {
      keyId,
      arn: `${prefix}:key/${keyId}`,
      region,
      keySpec,
      keyUsage: options.keyUsage ?? (keySpec === "SYMMETRIC_DEFAULT" ? "ENCRYPT_DECRYPT" : "SIGN_VERIFY"),
      state: "Enabled",
      alias: options.alias,
      aliasArn: options.alias ? `${prefix}:${options.alias}` : undefined,
      privateKey: generate(keySpec),
    };
    this.#keys.set(keyId, key);
    return key;
  }

  disableKey(key: FakeKmsKey): void {
    key.state = "Disabled";
  }
  enableKey(key: FakeKmsKey): void {
    key.state = "Enabled";
  }
  scheduleKeyDeletion(key: FakeKmsKey): void {
    key.state = "PendingDeletion";
  }
  /** The caller's principal is not allowed these operations on `key` (AccessDeniedException). */
  denyAccess(key: FakeKmsKey, operations: Operation[] = ["GetPublicKey", "Sign"]): void {
    this.#denied.set(key.keyId, new Set(operations));
  }
  /** The next `count` requests (of `operation`, or any) answer 400 ThrottlingException. */
  throttleNext(count: number, operation?: Operation): void {
    this.#faults.push({
      type: "ThrottlingException",
      status: 400,
      message: "Rate exceeded",
      remaining: count,
      ...(operation ? { operation } : {}),
    });
  }
  /** The next `count` requests answer a server fault (default 500 KMSInternalException). */
  failNext(
    count: number,
    options: { status?: number; type?: string; message?: string; operation?: Operation } = {},
  ): void {
    const { status = 500, type = "KMSInternalException", message = "An internal error occurred", operation } = options;
    this.#faults.push({
      type,
      status,
      message,
      remaining: count,
      ...(operation ? { operation } : {}),
    });
  }

  /** In-process only: requests to this host name fail as a DNS miss does (ENOTFOUND). */
  unresolvableHost(hostname: string): void {
    this.#unresolvable.add(hostname);
  }

  /** Calls of one operation, for assertions on retries. */
  callsOf(operation: Operation): KmsCall[] {
    return this.calls.filter((c) => c.operation === operation);
  }

  /** One request: lower-cased header names, the JSON body as text. */
  handle(headers: Record<string, string | undefined>, body: string): FakeKmsResponse {
    const operation = (headers["x-amz-target"] ?? "").replace(/^TrentService\./, "");
    const region = /Credential=[^/]+\/\d{8}\/([^/]+)\/kms\/aws4_request/.exec(headers["authorization"] ?? "")?.[1];
    const call: KmsCall = { operation, region, keyId: undefined, status: 200 };
    this.calls.push(call);
    try {
      const fault = this.#faults.find((f) => f.remaining > 0 && (!f.operation || f.operation === operation));
      if (fault) {
        fault.remaining--;
        throw new KmsFault(fault.type, fault.message, fault.status);
      }
      if (!region) throw new KmsFault("MissingAuthenticationTokenException", "Missing Authentication Token");
      if (!(headers["content-type"] ?? "").startsWith("application/x-amz-json-1.1"))
        throw new KmsFault("SerializationException", "unexpected content type");
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(body || "{}") as Record<string, unknown>;
      } catch {
        throw new KmsFault("SerializationException", "body is not JSON");
      }
      call.keyId = typeof input["KeyId"] === "string" ? input["KeyId"] : undefined;
      const output =
        operation === "GetPublicKey" || operation === "Sign" ? this.#run(operation, region, input, call) : undefined;
      if (!output) throw new KmsFault("UnknownOperationException", `unknown operation ${operation}`);
      return {
        status: 200,
        headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": randomUUID() },
        body: JSON.stringify(output),
      };
    } catch (err) {
      const fault =
        err instanceof KmsFault
          ? err
          : new KmsFault("KMSInternalException", err instanceof Error ? err.message : String(err), 500);
      call.status = fault.status;
      call.errorType = fault.type;
      return {
        status: fault.status,
        headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": randomUUID() },
        body: JSON.stringify({ __type: fault.type, message: fault.message }),
      };
    }
  }

  #run(operation: Operation, region: string, input: Record<string, unknown>, call: KmsCall): Record<string, unknown> {
    const key = this.#resolve(input["KeyId"], region);
    if (this.#denied.get(key.keyId)?.has(operation)) {
      throw new KmsFault(
        "AccessDeniedException",
        `User: arn:aws:sts::${this.account}:assumed-role/ci/session is not authorized to perform: kms:${operation} on resource: ${key.arn} because no identity-based policy allows the kms:${operation} action`,
      );
    }
    if (key.state === "Disabled") throw new KmsFault("DisabledException", `${key.arn} is disabled.`);
    if (key.state === "PendingDeletion")
      throw new KmsFault("KMSInvalidStateException", `${key.arn} is pending deletion.`);
    if (!key.privateKey)
      throw new KmsFault(
        "UnsupportedOperationException",
        `${key.arn} key usage is ENCRYPT_DECRYPT which is not valid for ${operation}: it is not an asymmetric KMS key.`,
      );
    if (operation === "GetPublicKey") {
      const algorithms =
        key.keyUsage === "SIGN_VERIFY"
          ? { SigningAlgorithms: SIGNING_ALGORITHMS[key.keySpec] }
          : { EncryptionAlgorithms: ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"] };
      const spki = createPublicKey(key.privateKey).export({ type: "spki", format: "der" });
      return {
        KeyId: key.arn,
        PublicKey: spki.toString("base64"),
        KeySpec: key.keySpec,
        CustomerMasterKeySpec: key.keySpec,
        KeyUsage: key.keyUsage,
        ...algorithms,
      };
    }
    return { KeyId: key.arn, ...this.#sign(key, input, call) };
  }

  #sign(key: FakeKmsKey, input: Record<string, unknown>, call: KmsCall): Record<string, unknown> {
    const message = typeof input["Message"] === "string" ? Buffer.from(input["Message"], "base64") : undefined;
    const algorithm = input["SigningAlgorithm"];
    const messageType = input["MessageType"] ?? "RAW";
    Object.assign(call, { messageType, signingAlgorithm: algorithm, messageBytes: message?.length });
    if (!message)
      throw new KmsFault(
        "ValidationException",
        "1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null",
      );
    if (message.length < 1 || message.length > MAX_MESSAGE_BYTES) {
      throw new KmsFault(
        "ValidationException",
        `1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length ${message.length < 1 ? "greater than or equal to 1" : `less than or equal to ${MAX_MESSAGE_BYTES}`}`,
      );
    }
    if (typeof algorithm !== "string" || !ALGORITHM_ENUM.includes(algorithm)) {
      throw new KmsFault(
        "ValidationException",
        `1 validation error detected: Value '${String(algorithm)}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [${ALGORITHM_ENUM.join(", ")}]`,
      );
    }
    if (typeof messageType !== "string" || !MESSAGE_TYPES.includes(messageType)) {
      throw new KmsFault(
        "ValidationException",
        `1 validation error detected: Value '${String(messageType)}' at 'messageType' failed to satisfy constraint: Member must satisfy enum value set: [${MESSAGE_TYPES.join(", ")}]`,
      );
    }
    if (key.keyUsage !== "SIGN_VERIFY")
      throw new KmsFault(
        "InvalidKeyUsageException",
        `${key.arn} key usage is ${key.keyUsage} which is not valid for Sign.`,
      );
    if (!SIGNING_ALGORITHMS[key.keySpec]!.includes(algorithm)) {
      throw new KmsFault(
        "InvalidKeyUsageException",
        `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
      );
    }
    if (messageType === "EXTERNAL_MU")
      throw new KmsFault(
        "ValidationException",
        `MessageType EXTERNAL_MU is only valid for ML-DSA keys, not ${algorithm}.`,
      );
    if (algorithm === "ED25519_SHA_512" && messageType !== "RAW")
      throw new KmsFault("ValidationException", "ED25519_SHA_512 requires MessageType RAW.");
    if (algorithm === "ED25519_PH_SHA_512" && messageType !== "DIGEST")
      throw new KmsFault("ValidationException", "ED25519_PH_SHA_512 requires MessageType DIGEST.");
    const hash = hashOf(algorithm);
    if (messageType === "DIGEST" && message.length !== DIGEST_BYTES[hash])
      throw new KmsFault("ValidationException", `Digest is invalid length for algorithm ${algorithm}.`);
    const digest = messageType === "DIGEST" ? message : createHash(hash).update(message).digest();
    const privateKey = key.privateKey!;
    let signature: Buffer;
    if (algorithm === "ED25519_SHA_512") signature = ed25519Sign(privateKey, message);
    else if (algorithm === "ED25519_PH_SHA_512") signature = ed25519phSign(privateKey, message);
    else if (algorithm.startsWith("ECDSA_")) signature = ecdsaSignDigest(privateKey, digest);
    else if (algorithm.startsWith("RSASSA_PSS_")) signature = rsaPssSignDigest(privateKey, digest, hash);
    else signature = rsaPkcs1SignDigest(privateKey, digest, hash);
    return { Signature: signature.toString("base64"), SigningAlgorithm: algorithm };
  }

  /** Key ID, key ARN, alias name or alias ARN, looked up in the request's region as KMS does. */
  #resolve(value: unknown, region: string): FakeKmsKey {
    if (typeof value !== "string" || value.length < 1 || value.length > 2048) {
      throw new KmsFault(
        "ValidationException",
        "1 validation error detected: Value at 'keyId' failed to satisfy constraint: Member must have length between 1 and 2048",
      );
    }
    const arn = /^arn:aws:kms:([^:]+):(\d{12}):(key|alias)\/(.+)$/.exec(value);
    if (value.startsWith("arn:") && (!arn || arn[1] !== region || arn[2] !== this.account))
      throw new KmsFault("NotFoundException", `Invalid arn ${arn?.[1] ?? value}`);
    const keys = [...this.#keys.values()].filter((k) => k.region === region);
    const found =
      value.startsWith("alias/") || arn?.[3] === "alias"
        ? keys.find((k) => k.alias === (arn ? `alias/${arn[4]}` : value))
        : keys.find((k) => k.keyId === (arn ? arn[4] : value));
    if (found) return found;
    const name = value.startsWith("arn:")
      ? value
      : `arn:aws:kms:${region}:${this.account}:${value.startsWith("alias/") ? value : `key/${value}`}`;
    throw new KmsFault(
      "NotFoundException",
      value.startsWith("alias/") || arn?.[3] === "alias"
        ? `Alias ${name} is not found.`
        : `Key '${name}' does not exist`,
    );
  }

  /** For `new KMSClient({ requestHandler })`: the SDK's HTTP handler, answered in-process. */
  get requestHandler(): NonNullable<KMSClientConfig["requestHandler"]> {
    const handle = async (request: { hostname: string; headers: Record<string, string>; body?: unknown }) => {
      if (this.#unresolvable.has(request.hostname)) {
        this.calls.push({ operation: "(dns)", region: undefined, keyId: undefined, status: 0, errorType: "ENOTFOUND" });
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${request.hostname}`), {
          code: "ENOTFOUND",
          syscall: "getaddrinfo",
          hostname: request.hostname,
        });
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const body =
        typeof request.body === "string"
          ? request.body
          : request.body instanceof Uint8Array
            ? new TextDecoder().decode(request.body)
            : "";
      const res = this.handle(headers, body);
      return { response: { statusCode: res.status, headers: res.headers, body: new TextEncoder().encode(res.body) } };
    };
    return { handle, updateHttpClientConfig() {}, httpHandlerConfigs: () => ({}), destroy() {} };
  }

  /** Serves the same handler on a loopback port; returns http://127.0.0.1:PORT. */
  /** Serves on a loopback port: plain HTTP, or HTTPS with `tls` (PEM certificate chain and key). */
  async listen(tls?: { cert: string; key: string }): Promise<string> {
    const handler = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]),
        );
        const out =
          req.method === "POST"
            ? this.handle(headers, Buffer.concat(chunks).toString("utf8"))
            : { status: 405, headers: {}, body: "" };
        res.writeHead(out.status, out.headers).end(out.body);
      });
    };
    const server: Server = tls ? createTlsServer(tls, handler) : createServer(handler);
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
    this.#server = server;
    return `${tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
