/**
 * The images to verify, from the `images` input and the FROM lines of the `dockerfile` input
 * (paths or globs relative to the workspace). A FROM whose image cannot be worked out becomes a
 * failing target on its line; `scratch` and stage references are not images and are left out.
 */
import { describeError } from "../errors.js";
import { findDockerfiles, readDockerfile } from "../dockerfile/discovery.js";
import type { DockerfileFrom } from "../dockerfile/parse.js";
import { inputLines } from "../settings/lists.js";
import type { VerifyTarget } from "./verify.js";

export interface TargetSources {
  /** Input `images`: one reference a line. */
  images?: string | readonly string[];
  /** Input `dockerfile`: paths or globs, one a line. */
  dockerfiles?: string | readonly string[];
  /** Input `build-args`, parsed (see parseBuildArgs). */
  buildArgs?: Readonly<Record<string, string>>;
  /** The workspace: patterns are relative to it and file names in results are relative to it. */
  cwd: string;
}

export interface CollectedTargets {
  targets: VerifyTarget[];
  /** Every Dockerfile read, with all its FROMs (skipped ones too), for logs and pinning. */
  dockerfiles: { file: string; text: string; froms: DockerfileFrom[] }[];
}

/** The Dockerfile parser, loaded only by a run that reads Dockerfiles (start-up time). */
const dockerfileParser = () => import("../dockerfile/parse.js");

export async function collectTargets(sources: TargetSources): Promise<CollectedTargets> {
  const targets: VerifyTarget[] = inputLines(sources.images).map((reference) => ({ reference }));
  const dockerfiles: CollectedTargets["dockerfiles"] = [];
  for (const file of await findDockerfiles(inputLines(sources.dockerfiles), sources.cwd)) {
    const text = await readDockerfile(sources.cwd, file);
    const { DockerfileError, parseDockerfile } = await dockerfileParser();
    let froms: DockerfileFrom[];
    try {
      froms = parseDockerfile(text, { file, ...(sources.buildArgs ? { buildArgs: sources.buildArgs } : {}) });
    } catch (err) {
      if (!(err instanceof DockerfileError)) throw err;
      targets.push({ reference: file, file, line: err.line, error: describeError(err) });
      continue;
    }
    dockerfiles.push({ file, text, froms });
    if (!froms.length) targets.push({ reference: file, file, line: 1, error: `${file}: no FROM instruction` });
    for (const from of froms) {
      if (from.skipped) continue;
      targets.push({
        reference: from.image ?? from.raw,
        file,
        line: from.line,
        column: from.column,
        ...(from.error ? { error: from.error } : {}),
      });
    }
  }
  return { targets, dockerfiles };
}
