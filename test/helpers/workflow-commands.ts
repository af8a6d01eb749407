/**
 * The workflow commands a GitHub Actions runner would read in a step's output, by the runner's own
 * two rules (actions/runner, ActionCommand.cs): `::name …::data` when a line starts with it after
 * leading white space, and the older `##[name …]data` anywhere in a line. Any name counts, not only
 * the runner's registered ones: a test then fails on a command the runner would learn later too.
 */
export interface ReadCommand {
  form: "::" | "##[";
  name: string;
  data: string;
  line: string;
}

/** What .NET's TrimStart trims (Char.IsWhiteSpace): not quite JavaScript's trimStart. */
const DOTNET_LEADING_SPACE = /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function runnerCommands(output: string): ReadCommand[] {
  const found: ReadCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(DOTNET_LEADING_SPACE, "");
    const end = trimmed.startsWith("::") ? trimmed.indexOf("::", 2) : -1;
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      found.push({ form: "::", name: info.split(" ")[0]!, data: trimmed.slice(end + 2), line });
      continue;
    }
    const at = line.indexOf("##[");
    const close = at >= 0 ? line.indexOf("]", at) : -1;
    if (close >= 0) {
      const info = line.slice(at + 3, close);
      found.push({ form: "##[", name: info.split(" ")[0]!, data: line.slice(close + 1), line });
    }
  }
  return found;
}
