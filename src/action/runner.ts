/**
 * The runner's side of a step: inputs from `INPUT_*`, outputs and the job summary in the files the
 * runner names (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`), and workflow commands (`::error::`,
 * `::add-mask::`) on stdout, as GitHub documents them ("Workflow commands for GitHub Actions").
 *
 * The few calls the actions make, written here rather than taken from @actions/core: that package
 * loads an HTTP client (undici, about 1 MB of bundle) for OIDC tokens no step of ours asks for,
 * and parsing it was most of an action's start-up.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { access, appendFile, constants } from "node:fs/promises";
import { EOL } from "node:os";

/** Where an annotation points (a Dockerfile's FROM line, say). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** An input's value, trimmed; empty when the step does not set it (the runner passes defaults). */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** An output of the step: appended to the runner's output file, else the old stdout command. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issue("set-output", value, { name });
    return;
  }
  // A delimiter no name or value can contain ends the value (a multi-line value stays whole).
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`output ${name} contains its own delimiter`);
  appendToRunnerFile(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`);
}

/** Asks the runner to mask `secret` wherever it would appear in the log. */
export function setSecret(secret: string): void {
  issue("add-mask", secret);
}

/** Fails the step (exit code 1) with `message` as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Whether the run has debug logging on (re-run with debug logging, or ACTIONS_STEP_DEBUG). */
export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === "1";
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issue("debug", message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue("notice", message, annotation(properties));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue("warning", message, annotation(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue("error", message, annotation(properties));
}

/** Appends Markdown to the job summary; fails when the runner's summary file cannot be written. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error("GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary");
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`cannot write the job summary file ${file}`);
  }
  await appendFile(file, markdown + EOL, "utf8");
}

function appendToRunnerFile(file: string, text: string): void {
  if (!existsSync(file)) throw new Error(`the runner's file ${file} is missing`);
  appendFileSync(file, text + EOL, "utf8");
}

/** Command property names, as the runner reads them. */
function annotation(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** `::name key=value,…::message`, escaped so that neither can end the command early. */
function issue(name: string, message: string, properties: Record<string, string | number | undefined> = {}): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "" && entry[1] !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  process.stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}

const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
