/**
 * Glob patterns, read one way for repository patterns (allow-unsigned, root-key-id) and for
 * finding files (dockerfile), as bash's globstar and .gitignore read them:
 * - `*` any run of characters inside one path segment, `?` one such character;
 * - `**` as a whole segment: any number of segments, none included (`a/**\/b` matches `a/b`);
 *   as the last segment: everything below (`registry.example/**`);
 * - `**` inside a segment: any run of characters, `/` included (`registry.example/team-**`);
 * - every other character literally.
 */
export function globRegExp(pattern: string): RegExp {
  const segments = pattern.split("/");
  const body = segments.map((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") return last ? ".*" : "(?:[^/]+/)*";
    return `${segmentRegExp(segment)}${last ? "" : "/"}`;
  });
  return new RegExp(`^${body.join("")}$`);
}

function segmentRegExp(segment: string): string {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*" && segment[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return re;
}
