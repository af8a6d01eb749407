/**
 * One wrapper for every action entry: prints the version, runs the step, and on any thrown value
 * (Error or not) fails the step with one line and writes a job summary saying what failed, on
 * which image and server, the reason code and what to do.
 */
import * as core from "./runner.js";
import { TrustError, describeError } from "../errors.js";
import { actionHint, describeForAction } from "./hints.js";
import { markdownCode } from "../text.js";
import { VERSION } from "../version.js";
import { log, maskSecretInputs, maskSecretsWithRunner, neutralise } from "./log.js";
import { escapeCell, writeSummary } from "./summary.js";
import { words } from "./words.js";
import { exitOnceWritten, failIfUnsettled } from "../exit.js";

/** What the step knows about its subject, filled in as inputs are read. */
export interface StepContext {
  /** "sign", "verify", "revoke", "renew". */
  readonly action: string;
  /** The image or repository the step works on, once known. */
  subject?: string;
  /** The Notary server it talks to, once known. */
  server?: string;
}

export async function runStep(action: string, entry: (context: StepContext) => Promise<void>): Promise<void> {
  const context: StepContext = { action };
  let settled = false;
  failIfUnsettled(
    () => settled,
    () =>
      core.setFailed(
        `the ${action} step ended without a result (a bug): the step failed; re-run it, and report it if it repeats`,
      ),
  );
  // Before anything is printed: the secret inputs, and every secret the run meets later, are
  // masked by the runner as they become known.
  maskSecretsWithRunner();
  maskSecretInputs();
  log.info(`content-trust-action ${VERSION} (${action})`);
  try {
    await entry(context);
  } catch (err) {
    core.setFailed(neutralise(describeForAction(err)));
    if (err instanceof Error && err.stack && core.isDebug())
      core.debug(neutralise(err.stack.split("\n").slice(0, 8).join(" | ")));
    await writeFailureSummary(context, err).catch((e: unknown) =>
      log.warning(`could not write the job summary: ${describeError(e)}`),
    );
  }
  settled = true;
  // The step's work is done, and everything it waits for is awaited above. What is still open
  // belongs to a library that was given up on (a cache restore or save that the cache service never
  // answered, an AWS credentials request cut short by the deadline) and must not hold the step.
  await exitOnceWritten();
}

/** The job summary of a failed step: a person opening the run sees why without reading the log. */
async function writeFailureSummary(context: StepContext, err: unknown): Promise<void> {
  const code = err instanceof TrustError ? err.code : "ERROR";
  const message = err instanceof TrustError ? err.message : describeError(err);
  const hint = actionHint(err) ?? (err instanceof TrustError ? err.hint : undefined);
  const rows = [
    ["What failed", escapeCell(words(message))],
    ...(context.subject ? [[subjectLabel(context.action), markdownCode(context.subject)]] : []),
    ...(context.server ? [["Notary server", escapeCell(context.server)]] : []),
    ["Reason code", `\`${code}\``],
    ["What to do", escapeCell(words(hint ?? whatToDo(code)))],
  ];
  await writeSummary([
    `### ❌ Content trust: ${context.action} failed`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    "",
  ]);
}

/** What the step's subject is called: the input it comes from (renew and migrate take a repository). */
function subjectLabel(action: string): string {
  return action === "renew" || action === "migrate" ? "Repository" : "Image";
}

/** Advice for errors that carry no hint of their own. */
function whatToDo(code: string): string {
  switch (code) {
    case "UNREACHABLE":
    case "TIMEOUT":
    case "CONNECTION_RESET":
    case "SERVER_UNAVAILABLE":
      return "check that the server is up and reachable from the runner, then re-run the job";
    case "UNAUTHORIZED":
      return "check the registry credentials (docker/login-action, or registry-username and registry-password)";
    case "USAGE":
      return "correct the step's inputs";
    case "SERVICE_ENDED":
      return "move to cosign signatures: see Leaving Notary v1 in the README of content-trust-action";
    default:
      return "read the step's log for details; re-run with debug logging (ACTIONS_STEP_DEBUG) for more";
  }
}
