/**
 * Logging for the action. Every line is rendered in the action's words (inputs, workflow steps),
 * and text that may come from a server is neutralised so it cannot start a workflow command
 * (`::add-mask::`, `::set-output::`, `::stop-commands::`) on a log line.
 */
import * as core from "./runner.js";
import { workflowLogText } from "../text.js";
import { words } from "./words.js";
import { createRuntime, type Runtime } from "../workflows/runtime.js";

export function neutralise(text: string): string {
  return workflowLogText(words(text));
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

/** An output, in the action's words (messages inside JSON outputs carry terms too). */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, words(value));
}

/** Registers a secret with the runner: the whole value and each line of it (a PEM body line by line). */
export function maskSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trim();
    // Armor lines and `role:`/`gun:` headers are not secret; masking them would hide names in logs.
    if (line.length < 4 || /^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line) || /^[A-Za-z-]+: [^\s]/.test(line)) continue;
    core.setSecret(line);
  }
}
