/**
 * The verify job as both entry points run it: collect images (list and Dockerfiles), verify them
 * all in parallel against the policy, optionally pin the verified digests into the Dockerfiles.
 */
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { UsageError, describeError } from "../errors.js";
import { DEFAULT_RUN_DEADLINE_MS } from "../net/deadline.js";
import { kmsCallOptions, type ConnectOptions } from "./connect.js";
import type { RootPinSettings } from "./first-use.js";
import type { PinOutcome } from "../dockerfile/pin.js";
import { TrustStore } from "./trust-store.js";
import { verifyConnections, type VerifyResult } from "./verify.js";
import { refuseSignersWithCosign, requireCosignKey, type AcceptRule } from "./verify-accept.js";
import { verifyAccepting } from "./verify-cosign.js";
import type { KmsSignerOptions } from "../signers/kms-signer.js";
import type { CosignKey } from "./cosign-keys.js";
import type { RootKeyPin } from "./verify-policy.js";
import { collectTargets } from "./collect-targets.js";
import { phrase, setting } from "../wording.js";
import { createRuntime, type Runtime } from "./runtime.js";

export interface VerifyConfig extends Omit<ConnectOptions, "transport" | "notaryServer">, RootPinSettings {
  /** Image references, one a line. */
  images?: string;
  /** Dockerfile paths or globs, one a line, relative to `cwd`. */
  dockerfiles?: string;
  buildArgs?: Record<string, string>;
  cwd: string;
  notaryServer?: string;
  notaryServers?: ReadonlyMap<string, string>;
  signers?: string[];
  rootKeyPins?: RootKeyPin[];
  allowUnsigned?: string[];
  /** Write verified digests into the Dockerfiles. */
  pin?: boolean;
  /** Which signatures pass, per repository (default: notary only). */
  accept?: AcceptRule[];
  /** Public key PEM(s) or an AWS KMS key ARN that cosign signatures must verify with. */
  cosignKey?: string;
  /** Name of the cosign key setting in messages (`cosign-key`, `--cosign-key`). */
  cosignKeyName?: string;
  trustDir?: string;
}

export interface VerifyRun {
  results: VerifyResult[];
  passed: boolean;
  /** Dockerfiles rewritten by `pin`, with what changed. */
  pinned: { file: string; outcome: PinOutcome }[];
  /** The cosign keys the run checked signatures with (`sha256:` + 12 hex each), for a summary. */
  cosignKeys?: string[];
}

export interface VerifyHooks {
  /** Clock, progress lines (each retried request) and warnings (default: the real clock, nothing printed). */
  runtime?: Runtime;
  kms?: Omit<KmsSignerOptions, "keyId">;
  /** Each image's result as soon as it is known. */
  onResult?: (result: VerifyResult) => void;
}

export async function runVerify(config: VerifyConfig, hooks: VerifyHooks = {}): Promise<VerifyRun> {
  // Settings that cannot work together, refused before anything is read (the CLI checks them
  // too, to answer with exit code 2).
  requireCosignKey(config.accept ?? [], config.cosignKey !== undefined);
  refuseSignersWithCosign(config.accept ?? [], config.signers ?? []);
  const { targets, dockerfiles } = await collectTargets({
    ...(config.images ? { images: config.images } : {}),
    ...(config.dockerfiles ? { dockerfiles: config.dockerfiles } : {}),
    ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
    cwd: config.cwd,
  });
  const runtime = hooks.runtime ?? createRuntime();
  if (targets.length === 0 && dockerfiles.length === 0)
    throw new UsageError(
      `nothing to verify: no image in ${setting("images")} or the FROM lines of ${setting("dockerfile")}`,
      { hint: `give ${setting("images")} (e.g. docker.io/library/alpine:3.20) or ${setting("dockerfile")}` },
    );
  if (targets.length === 0) {
    // Every FROM is scratch or an earlier stage: the build pulls no image, so none needs a signature.
    // A warning, not a progress line: it is all the run has to say, and a terminal keeps it.
    runtime.warn(
      `no base image to verify: every FROM in ${dockerfiles.map((d) => d.file).join(", ")} is scratch or an earlier stage`,
    );
    return { results: [], passed: true, pinned: [] };
  }
  const deadlineAt = runtime.now() + (config.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS);
  // Dockerfile pinning and cosign keys are loaded only by the runs that use them (start-up time),
  // the keys only once an image needs a cosign signature checked: a KMS key needs AWS credentials,
  // which a pull request from a fork does not get.
  // A read that failed is not kept: one made while a Notary server was slow (accept any) fails
  // nothing if Notary then passes the images, and is made again if an image still needs the keys.
  let loaded: Promise<readonly CosignKey[]> | undefined;
  const cosignKey = config.cosignKey;
  const loadKeys = cosignKey
    ? () => {
        if (loaded) return loaded;
        const read = import("./cosign-keys.js").then(({ loadCosignKeys }) =>
          loadCosignKeys(cosignKey, config.cosignKeyName ?? "cosign-key", {
            ...kmsCallOptions(config, deadlineAt, runtime.now),
            ...hooks.kms,
          }),
        );
        loaded = read;
        read.catch(() => {
          if (loaded === read) loaded = undefined;
        });
        return read;
      }
    : undefined;
  // A PEM costs nothing to read and is checked at once: a bad one is a mistake to say up front.
  if (loadKeys && !/^arn:/i.test(cosignKey!.trim())) await loadKeys();
  const connections = verifyConnections({
    ...config,
    deadlineAt,
    logRetry: runtime.log,
    now: runtime.now,
    // Cosign signatures are read many blobs at a time: such runs keep the full pool.
    ...((config.accept ?? []).every((rule) => rule.mode === "notary")
      ? { firstWaveImages: targets.map((t) => t.reference) }
      : {}),
  });
  try {
    const results = await verifyAccepting(
      targets,
      {
        ...(config.signers?.length ? { signers: config.signers } : {}),
        ...(config.rootKeyPins?.length ? { rootKeyIds: config.rootKeyPins } : {}),
        ...(config.allowUnsigned?.length ? { allowUnsigned: config.allowUnsigned } : {}),
        ...(config.accept?.length ? { accept: config.accept } : {}),
        ...(loadKeys ? { cosignKeys: loadKeys } : {}),
      },
      {
        connect: (ref) => connections.connect(ref),
        ...(config.trustDir ? { store: new TrustStore(config.trustDir) } : {}),
        runtime,
        rootPin: {
          requireRootPin: config.requireRootPin ?? false,
          ...(config.pinNames ? { pinNames: config.pinNames } : {}),
        },
        ...(hooks.onResult ? { onResult: hooks.onResult } : {}),
      },
    );
    const pinned = config.pin ? await pinDockerfiles(dockerfiles, results, config, runtime) : [];
    const keysRead = await loaded?.catch(() => undefined);
    return {
      results,
      passed: results.every((r) => r.passed),
      pinned,
      // The keys' fingerprints when they were read.
      ...(keysRead ? { cosignKeys: keysRead.map((k) => k.fingerprint) } : {}),
    };
  } finally {
    connections.close();
  }
}

/**
 * Writes the verified digests into the Dockerfiles, each from the text that was verified: a file
 * changed since (another step, a race), not valid UTF-8 (its other bytes would not survive), out
 * of the workspace, or that cannot be written is left as it is, with a warning; the verdicts stand
 * either way. Each file is replaced whole (a new file renamed over it, with its mode), never left
 * half written.
 */
async function pinDockerfiles(
  dockerfiles: readonly { file: string; text: string }[],
  results: readonly VerifyResult[],
  config: VerifyConfig,
  runtime: Runtime,
): Promise<VerifyRun["pinned"]> {
  const { pinDockerfile } = await import("../dockerfile/pin.js");
  const { pinnablePath, readDockerfileBytes } = await import("../dockerfile/discovery.js");
  const pinned: VerifyRun["pinned"] = [];
  for (const { file, text } of dockerfiles) {
    const outcome = pinDockerfile(text, results, {
      file,
      ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
    });
    if (outcome.text === text) {
      pinned.push({ file, outcome });
      continue;
    }
    const notPinned = (why: string) => runtime.warn(`${file} is not pinned: ${why}`);
    const target = await pinnablePath(config.cwd, file);
    if (!target) {
      notPinned(`it is outside ${phrase("base-directory")} (through a link or ../)`);
      continue;
    }
    try {
      const bytes = await readDockerfileBytes(config.cwd, file);
      if (!bytes.equals(Buffer.from(text, "utf8"))) {
        notPinned(
          bytes.toString("utf8") === text
            ? "it is not valid UTF-8, and its other bytes would not be kept"
            : "it changed after it was verified",
        );
        continue;
      }
      const { mode } = await stat(target);
      const temporary = `${target}.content-trust-${process.pid}`;
      await writeFile(temporary, outcome.text, { mode, flag: "wx" });
      // The mode as it was: the one given at creation is narrowed by the umask.
      await chmod(temporary, mode)
        .then(() => rename(temporary, target))
        .catch(async (err: unknown) => {
          await rm(temporary, { force: true });
          throw err;
        });
    } catch (err) {
      notPinned(`it could not be written (${(err as NodeJS.ErrnoException).code ?? describeError(err)})`);
      continue;
    }
    pinned.push({ file, outcome });
  }
  return pinned;
}
