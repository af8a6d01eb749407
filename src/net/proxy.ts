/**
 * Forward proxies, chosen as Go's net/http (and so docker and notary) chooses them: HTTPS_PROXY for
 * https URLs, HTTP_PROXY for http URLs, NO_PROXY for the exceptions, and loopback never proxied.
 * Pure: the front ends read the environment and pass the values in; nothing here reads it.
 *
 * NO_PROXY entries, comma- or space-separated: `*` (no proxy at all), a host or domain (`example.com`
 * matches it and its subdomains, `.example.com` and `*.example.com` only subdomains), any of those
 * with `:port`, an IP address, or a CIDR range of IP addresses.
 */
import net from "node:net";
import { domainToASCII } from "node:url";
import { UsageError } from "../errors.js";
import { registerSecret } from "../redaction.js";

export interface ProxyServer {
  /** The proxy's URL without user info: `http://proxy.example:3128` (http: or https:). */
  readonly url: URL;
  /** `Basic …` from the URL's user info, when it had one. A secret: never log or show it. */
  readonly authorization?: string;
  /** The user name and password from the URL, for the front end to mask. */
  readonly secrets: readonly string[];
}

/**
 * A proxy variable whose value cannot be used (not a URL, or a scheme such as socks5 that we do not
 * speak): refused only by a request that would go through it, so that a runner whose http_proxy
 * names a SOCKS proxy still reaches https servers through its HTTPS_PROXY, or directly.
 */
export interface UnusableProxy {
  readonly unusable: UsageError;
}

export interface ProxyConfig {
  /** For https URLs. */
  readonly https?: ProxyServer | UnusableProxy;
  /** For http URLs. */
  readonly http?: ProxyServer | UnusableProxy;
  /** NO_PROXY, as written. */
  readonly noProxy?: string;
}

/** The variables, upper case first as Go reads them; an empty value counts as unset. */
export function proxyConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProxyConfig | undefined {
  const pick = (name: string) => {
    for (const n of [name, name.toLowerCase()]) {
      const v = env[n]?.trim();
      if (v) return { name: n, value: v };
    }
    return undefined;
  };
  const https = pick("HTTPS_PROXY");
  const http = pick("HTTP_PROXY");
  const noProxy = pick("NO_PROXY");
  if (!https && !http) return undefined;
  const parse = (v: { name: string; value: string }): ProxyServer | UnusableProxy => {
    try {
      return parseProxyUrl(v.value, v.name);
    } catch (err) {
      if (err instanceof UsageError) return { unusable: err };
      throw err;
    }
  };
  return {
    ...(https ? { https: parse(https) } : {}),
    ...(http ? { http: parse(http) } : {}),
    ...(noProxy ? { noProxy: noProxy.value } : {}),
  };
}

/** A proxy URL (`host:port` alone means http://host:port, as in Go); `variable` names it in errors. */
export function parseProxyUrl(value: string, variable: string): ProxyServer {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    throw new UsageError(`${variable} is not a proxy URL`, {
      hint: "write http://HOST:PORT (credentials as http://USER:PASSWORD@HOST:PORT)",
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${variable} uses ${url.protocol.replace(/:$/, "")}, which is not supported`, {
      hint: "use an http:// or https:// proxy",
    });
  }
  if (!url.hostname) throw new UsageError(`${variable} names no proxy host`, { hint: "write http://HOST:PORT" });
  // A proxy URL has no path. An `@` after the host is a password's `@` that was not encoded, after
  // a `/`, `?` or `#` of that password ended the host early: what stands as the host is then part
  // of the password, and neither is quoted.
  if (/@/.test(url.pathname + url.search + url.hash)) {
    throw new UsageError(`${variable} has an @ after its host: its credentials hold a character that must be encoded`, {
      hint: "percent-encode / ? # @ and : in the user name and password (%2F %3F %23 %40 %3A): http://USER:PASSWORD@HOST:PORT",
    });
  }
  const user = decoded(url.username);
  const password = decoded(url.password);
  const bare = new URL(`${url.protocol}//${url.host}`);
  if (!user && !password) return { url: bare, secrets: [] };
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  // The password is the secret, decoded and as written; with none, the user name is (a token given
  // as http://TOKEN@HOST:PORT).
  const secret = password ? [password, url.password] : [user, url.username];
  const secrets = [...new Set([...secret, authorization])].filter((s) => s.length > 0);
  for (const s of secrets) registerSecret(s);
  return { url: bare, authorization, secrets };
}

/**
 * The proxy variable that covers `url`'s scheme, and whether NO_PROXY exempts its host; undefined
 * when none covers it, or for a loopback host (never proxied).
 */
function configuredFor(
  url: URL,
  config: ProxyConfig | undefined,
): { server: ProxyServer | UnusableProxy; host: string; exempt: boolean } | undefined {
  const server = url.protocol === "https:" ? config?.https : url.protocol === "http:" ? config?.http : undefined;
  if (!server) return undefined;
  const host = bareHost(url.hostname);
  if (isLoopbackHost(host)) return undefined;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return { server, host, exempt: bypassed(host, port, config?.noProxy ?? "") };
}

/** Whether NO_PROXY sends a request to `url` past the proxy its scheme would go through. */
export function bypassedByNoProxy(url: URL, config: ProxyConfig | undefined): boolean {
  const configured = configuredFor(url, config);
  return configured !== undefined && configured.exempt && !("unusable" in configured.server);
}

/**
 * The proxy that a request to `url` goes through, or undefined for a direct connection. Throws the
 * variable's UsageError when that proxy is one we cannot use.
 */
export function proxyFor(url: URL, config: ProxyConfig | undefined): ProxyServer | undefined {
  const configured = configuredFor(url, config);
  if (!configured || configured.exempt) return undefined;
  const { server, host } = configured;
  if ("unusable" in server) {
    const { unusable } = server;
    throw new UsageError(`${unusable.message}, and a request to ${url.host} would go through it`, {
      cause: unusable,
      ...(unusable.hint ? { hint: `${unusable.hint}, or exempt ${host} in NO_PROXY` } : {}),
    });
  }
  return server;
}

/**
 * The literal name `localhost` and loopback IP literals (127.0.0.0/8, ::1): never proxied, and plain
 * HTTP allowed as docker does. As in Go, no other name counts: `*.localhost` or `localhost.` may be
 * answered by upstream DNS with any address.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = bareHost(hostname).toLowerCase();
  if (host === "localhost") return true;
  if (net.isIPv4(host)) return host.startsWith("127.");
  if (net.isIPv6(host)) {
    const parts = expandIPv6(host);
    // An IPv4-mapped address (::ffff:127.0.0.1, which a URL writes ::ffff:7f00:1) is IPv4's, as in Go.
    if (parts.slice(0, 5).every((p) => p === 0) && parts[5] === 0xffff) return parts[6]! >> 8 === 127;
    return parts.every((part, i) => (i < 7 ? part === 0 : part === 1));
  }
  return false;
}

/** Whether NO_PROXY exempts host:port (host lower case, without brackets). */
function bypassed(rawHost: string, port: string, noProxy: string): boolean {
  const host = rawHost.toLowerCase().replace(/\.$/, "");
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    if (entry.includes("/")) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    let entryPort = "";
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (withPort) {
      entry = withPort[1]!;
      entryPort = withPort[2]!;
    }
    entry = asciiName(bareHost(entry).replace(/\.$/, ""));
    if (entryPort && entryPort !== port) continue;
    if (net.isIP(entry)) {
      if (net.isIP(host) && sameIp(entry, host)) return true;
      continue;
    }
    if (entry.startsWith("*.")) entry = entry.slice(1);
    if (entry.startsWith(".")) {
      if (host.endsWith(entry)) return true;
    } else if (host === entry || host.endsWith(`.${entry}`)) {
      return true;
    }
  }
  return false;
}

/**
 * A NO_PROXY name as a URL gives a host: Unicode labels in punycode, as Go's idna does; a leading
 * `.` or `*.` kept.
 */
function asciiName(entry: string): string {
  if (!/[^\x00-\x7f]/.test(entry)) return entry;
  const lead = /^\*?\./.exec(entry)?.[0] ?? "";
  return lead + (domainToASCII(entry.slice(lead.length)) || entry.slice(lead.length));
}

/** Percent-decoded user info; as written when it is not valid percent-encoding. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function bareHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1");
}

function sameIp(a: string, b: string): boolean {
  if (net.isIPv4(a) && net.isIPv4(b)) return a === b;
  if (net.isIPv6(a) && net.isIPv6(b)) return expandIPv6(a).join(":") === expandIPv6(b).join(":");
  return false;
}

function inCidr(host: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  if (!base || !Number.isInteger(bits) || !net.isIP(host)) return false;
  const list = new net.BlockList();
  try {
    list.addSubnet(base, bits, net.isIPv6(base) ? "ipv6" : "ipv4");
  } catch {
    return false;
  }
  return list.check(host, net.isIPv6(host) ? "ipv6" : "ipv4");
}

/** Eight 16-bit groups of an IPv6 address (the caller checked it is one). */
function expandIPv6(address: string): number[] {
  let text = address.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill: string[] = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => parseInt(g || "0", 16));
}
