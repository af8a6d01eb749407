/**
 * Logging for the action. Text that may come from a server is neutralised so it cannot start a
 * workflow command (`::add-mask::`, `::set-output::`, `::stop-commands::`) on a log line.
 */
import * as core from "@actions/core";

export function neutralise(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/::/g, ":\u200b:");
}

export const log = {
  info: (m: string) => core.info(neutralise(m)),
  warning: (m: string, props?: core.AnnotationProperties) => core.warning(neutralise(m), props),
  error: (m: string, props?: core.AnnotationProperties) => core.error(neutralise(m), props),
  debug: (m: string) => core.debug(neutralise(m)),
};

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

/** Runs an entry point, failing the step for any thrown value (Error or not), with one line. */
export async function runStep(entry: () => Promise<void>, describe: (err: unknown) => string): Promise<void> {
  try {
    await entry();
  } catch (err) {
    core.setFailed(neutralise(describe(err)));
    if (err instanceof Error && err.stack && core.isDebug()) core.debug(neutralise(err.stack.split("\n").slice(0, 8).join(" | ")));
  }
}
