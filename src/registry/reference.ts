/**
 * Image references parsed as Docker does (github.com/distribution/reference: regexp.go grammar,
 * normalize.go `ParseNormalizedNamed`): `[domain[:port]/]path[:tag][@sha256:hex]`. A first path
 * element is a domain when it contains "." or ":", is "localhost", or has upper-case letters;
 * otherwise the image is on Docker Hub ("alpine" -> docker.io/library/alpine).
 */
import { quotedInput } from "../redaction.js";
import { UsageError } from "../errors.js";
import { isSha256Digest } from "../digest.js";
import { HUB_API_HOST, HUB_DOMAIN, HUB_LEGACY_DOMAIN } from "../net/docker-hub.js";
import { setting } from "../wording.js";

export interface ImageReference {
  /** Registry as written ("127.0.0.1:5000", "ghcr.io"); "docker.io" for Docker Hub. */
  registry: string;
  /** Host[:port] that serves the registry API ("registry-1.docker.io" for Docker Hub). */
  apiHost: string;
  /** Repository path in the registry API ("library/alpine"). */
  repository: string;
  /** Fully qualified name ("docker.io/library/alpine"): the Notary GUN. */
  name: string;
  tag?: string;
  /** "sha256:<64 hex>". */
  digest?: string;
}

const NAME_MAX = 255;

const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPat = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";

const REFERENCE = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = new RegExp(`^${tagPat}$`);

/** Parses `input` like `docker pull` does; throws UsageError saying what is wrong. */
export function parseReference(input: string): ImageReference {
  const s = input.trim();
  const bad = (why: string) => new UsageError(`invalid image reference ${quotedInput(s, 300)}: ${why}`);
  if (!s) throw bad("it is empty");
  if (IDENTIFIER.test(s)) throw bad("a 64-character hexadecimal string is an image ID, not a repository name");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s))
    throw bad("give the image name without a URL scheme (registry.example/app:tag)");

  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(":");
  const remote = tagSep >= 0 ? remainder.slice(0, tagSep) : remainder.split("@")[0]!;
  if (remote.toLowerCase() !== remote) throw bad(`repository name (${remote}) must be lowercase`);

  const full = `${domain}/${remainder}`;
  const m = REFERENCE.exec(full);
  if (!m) throw bad(explainMismatch(remainder));
  const nameWithDomain = m[1]!;
  if (nameWithDomain.length > NAME_MAX) throw bad(`repository name is longer than ${NAME_MAX} characters`);
  const tag = m[2];
  const digest = m[3];
  if (digest !== undefined && !isSha256Digest(digest)) {
    const algorithm = digest.split(":")[0]!;
    throw bad(
      algorithm.toLowerCase() === "sha256"
        ? "a sha256 digest is 64 lower-case hexadecimal characters"
        : `digest algorithm ${algorithm} is not supported; Docker Content Trust signs sha256 digests`,
    );
  }
  const nm = NAME.exec(nameWithDomain)!;
  const registry = nm[1]!;
  const repository = nm[2]!;
  return {
    registry,
    apiHost: registry === HUB_DOMAIN ? HUB_API_HOST : registry,
    repository,
    name: `${registry}/${repository}`,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** normalize.go splitDockerDomain. */
function splitDockerDomain(s: string): [string, string] {
  const slash = s.indexOf("/");
  if (slash < 0) return [HUB_DOMAIN, `library/${s}`];
  const maybeDomain = s.slice(0, slash);
  const rest = s.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (maybeDomain === "localhost" || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    domain = maybeDomain === HUB_LEGACY_DOMAIN ? HUB_DOMAIN : maybeDomain;
    remainder = rest;
  } else {
    domain = HUB_DOMAIN;
    remainder = s;
  }
  if (domain === HUB_DOMAIN && !remainder.split(/[:@]/)[0]!.includes("/")) remainder = `library/${remainder}`;
  return [domain, remainder];
}

function explainMismatch(remainder: string): string {
  const at = remainder.indexOf("@");
  const beforeDigest = at >= 0 ? remainder.slice(0, at) : remainder;
  const colon = beforeDigest.lastIndexOf(":");
  const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
  if (
    at >= 0 &&
    !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(remainder.slice(at + 1))
  ) {
    return "the digest must look like sha256:<64 hexadecimal characters>";
  }
  if (tag !== undefined && !TAG.test(tag)) {
    return "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
  }
  return "the name must be [registry[:port]/]path with lower-case path components of letters and digits separated by '.', '_', '__' or '-'";
}

/** Checks one tag (`v1`, `latest`) as Docker does; throws UsageError naming it. */
export function parseTag(tag: string): string {
  if (!TAG.test(tag)) {
    throw new UsageError(
      `invalid tag ${JSON.stringify(tag.slice(0, 200))}: a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`,
    );
  }
  return tag;
}

export interface FormatReferenceOptions {
  /** Docker's familiar form: no "docker.io/" and no "library/" for official images. */
  familiar?: boolean;
}

/** `name[:tag][@digest]`, fully qualified unless `familiar` is set. */
export function formatReference(
  ref: Pick<ImageReference, "name" | "tag" | "digest">,
  options: FormatReferenceOptions = {},
): string {
  let name = ref.name;
  if (options.familiar && name.startsWith(`${HUB_DOMAIN}/`)) {
    name = name.slice(HUB_DOMAIN.length + 1);
    const official = name.slice("library/".length);
    if (name.startsWith("library/") && !official.includes("/")) name = official;
  }
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

/** The repository of `text`; a tag is refused unless the command takes one. */
export function parseRepository(text: string, allowTag = false): ImageReference {
  const ref = parseReference(text);
  if (ref.digest && allowTag) {
    throw new UsageError(`${text} names a digest, but what is revoked is a signed tag`, {
      hint: `give ${setting("image")} as ${ref.name}:TAG`,
    });
  }
  if (ref.digest || (ref.tag && !allowTag)) {
    throw new UsageError(`${text} names an image, not a repository`, {
      hint: `give the repository alone, e.g. ${ref.name}`,
    });
  }
  return ref;
}
