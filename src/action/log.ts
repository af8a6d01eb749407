/**
 * Logging for the action. Every line is rendered in the action's words (inputs, workflow steps),
 * and text that may come from a server is neutralised so it cannot start a workflow command
 * (`::add-mask::`, `::set-output::`, `::stop-commands::`) on a log line.
 */
import * as core from "./runner.js";
import { onSecret, redactSecrets, registerSecret } from "../redaction.js";
import { workflowLogText } from "../text.js";
import { words } from "./words.js";
import { createRuntime, type Runtime } from "../workflows/runtime.js";

export function neutralise(text: string): string {
  return workflowLogText(words(redactSecrets(text)));
}

export const log = {
  info: (m: string) => core.info(neutralise(m)),
  warning: (m: string, props?: core.AnnotationProperties) => core.warning(neutralise(m), props),
  error: (m: string, props?: core.AnnotationProperties) => core.error(neutralise(m), props),
  debug: (m: string) => core.debug(neutralise(m)),
};

const warned = new Set<string>();

/** The action's runtime: the real clock and timers, log lines, each warning once as an annotation. */
export const runtime: Runtime = createRuntime({
  log: (m: string) => log.info(m),
  warn: (m: string) => {
    if (warned.has(m)) return;
    warned.add(m);
    log.warning(m);
  },
});

/**
 * An output, in the action's words (messages inside JSON outputs carry terms too). Outputs are
 * data for the next steps and are not redacted as a whole (a password that happens to equal a
 * repository name would garble them): the messages in them already are, as every message is.
 */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, words(value));
}

let forwarding = false;

/** From now on, every secret registered anywhere in the process is masked by the runner too. */
export function maskSecretsWithRunner(): void {
  if (forwarding) return;
  forwarding = true;
  onSecret((secret) => core.setSecret(secret));
}

const SECRET_INPUTS = ["signer-key", "signer-key-passphrase", "registry-password"];

/**
 * Masks every secret input (a key file line by line) before any input is validated or logged:
 * runStep calls it first, for every action. Here, not with the other inputs (inputs.ts): runStep
 * loads with every action, and that module's imports would come with it.
 */
export function maskSecretInputs(): void {
  for (const name of SECRET_INPUTS) registerSecret(core.getInput(name) || undefined);
}
