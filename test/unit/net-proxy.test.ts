import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import {
  isLoopbackHost,
  parseProxyUrl,
  proxyConfigFromEnv,
  proxyFor,
  type ProxyServer,
  type UnusableProxy,
} from "../../src/net/proxy.js";

const via = (url: string, env: Record<string, string>) => proxyFor(new URL(url), proxyConfigFromEnv(env))?.url.href;
const hrefOf = (server: ProxyServer | UnusableProxy | undefined) =>
  server && "url" in server ? server.url.href : server;

describe("proxyConfigFromEnv", () => {
  it("reads either case, upper case first as Go does, and nothing when no proxy is set", () => {
    expect(proxyConfigFromEnv({})).toBeUndefined();
    expect(proxyConfigFromEnv({ NO_PROXY: "x" })).toBeUndefined();
    expect(hrefOf(proxyConfigFromEnv({ https_proxy: "http://lower:3128" })?.https)).toBe("http://lower:3128/");
    expect(
      hrefOf(proxyConfigFromEnv({ HTTPS_PROXY: "http://upper:3128", https_proxy: "http://lower:3128" })?.https),
    ).toBe("http://upper:3128/");
    expect(hrefOf(proxyConfigFromEnv({ HTTPS_PROXY: "", https_proxy: "http://lower:3128" })?.https)).toBe(
      "http://lower:3128/",
    );
    expect(hrefOf(proxyConfigFromEnv({ http_proxy: "proxy.corp:8080" })?.http)).toBe("http://proxy.corp:8080/");
  });

  it("takes credentials out of the URL into a Basic Proxy-Authorization value, and lists them as secrets", () => {
    const server = parseProxyUrl("http://us%40er:p%3Ass@proxy.corp:3128", "HTTPS_PROXY");
    expect(server.url.href).toBe("http://proxy.corp:3128/");
    expect(server.authorization).toBe(`Basic ${Buffer.from("us@er:p:ss").toString("base64")}`);
    expect(server.secrets).toContain("p:ss");
    expect(server.secrets).toContain(server.authorization);
  });

  it("lists a user name given without a password as a secret (a token as user name), in both spellings", () => {
    const server = parseProxyUrl("http://tok%2Fen@proxy.corp:3128", "HTTPS_PROXY");
    expect(server.authorization).toBe(`Basic ${Buffer.from("tok/en:").toString("base64")}`);
    expect(server.secrets).toEqual(expect.arrayContaining(["tok/en", "tok%2Fen", server.authorization]));
  });

  it("lists the password as written in the URL too, and not a user name that has a password", () => {
    const server = parseProxyUrl("http://alice:p%40ss@proxy.corp:3128", "HTTPS_PROXY");
    expect(server.secrets).toEqual(expect.arrayContaining(["p@ss", "p%40ss"]));
    expect(server.secrets).not.toContain("alice");
  });

  it("refuses a SOCKS proxy and a URL that is none, naming the variable but not the value", () => {
    const socks = (() => {
      try {
        parseProxyUrl("socks5://user:secret@proxy:1080", "HTTPS_PROXY");
      } catch (err) {
        return err;
      }
    })();
    expect(socks).toBeInstanceOf(UsageError);
    expect((socks as Error).message).toContain("HTTPS_PROXY");
    expect((socks as Error).message).not.toContain("secret");
    expect(() => parseProxyUrl("http://[bad", "http_proxy")).toThrow(/http_proxy is not a proxy URL/);
  });

  it("refuses a password whose / ? or # ended the host early, quoting neither host nor password", () => {
    for (const value of [
      "http://alice:Xy@corpHunter2/x9@proxy.corp:3128",
      "http://alice:Xy?corpHunter2@proxy.corp:3128",
      "http://alice:Xy#corpHunter2@proxy.corp:3128",
    ]) {
      let refused: unknown;
      try {
        parseProxyUrl(value, "HTTPS_PROXY");
      } catch (err) {
        refused = err;
      }
      expect(refused).toBeInstanceOf(UsageError);
      const text = `${(refused as UsageError).message} ${(refused as UsageError).hint ?? ""}`;
      expect(text).toContain("HTTPS_PROXY");
      expect(text).not.toMatch(/corpHunter2|Xy|proxy\.corp/);
    }
    // A path without an @ is no sign of credentials: ignored, as Go ignores it.
    expect(parseProxyUrl("http://proxy.corp:3128/pac", "HTTPS_PROXY").url.href).toBe("http://proxy.corp:3128/");
  });
});

describe("a proxy variable we cannot use", () => {
  const env = { http_proxy: "socks5://user:secret@socks.corp:1080", HTTPS_PROXY: "http://sp:1" };

  it("is refused only by a request that would go through it, naming the variable but not the value", () => {
    const config = proxyConfigFromEnv(env);
    expect(proxyFor(new URL("https://notary.example/v2/"), config)?.url.href).toBe("http://sp:1/");
    let refused: unknown;
    try {
      proxyFor(new URL("http://registry.example/v2/"), config);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(UsageError);
    expect((refused as UsageError).message).toContain("http_proxy");
    expect((refused as UsageError).message).not.toContain("secret");
  });

  it("is not refused for a loopback host or a host NO_PROXY exempts", () => {
    const config = proxyConfigFromEnv({ ...env, NO_PROXY: "registry.internal" });
    expect(proxyFor(new URL("http://127.0.0.1:5000/v2/"), config)).toBeUndefined();
    expect(proxyFor(new URL("http://registry.internal/v2/"), config)).toBeUndefined();
    expect(() => proxyFor(new URL("http://other.example/v2/"), config)).toThrow(UsageError);
  });
});

describe("proxyFor", () => {
  const env = { HTTPS_PROXY: "http://sp:1", HTTP_PROXY: "http://p:2" };

  it("uses HTTPS_PROXY for https and HTTP_PROXY for http", () => {
    expect(via("https://notary.example/v2/", env)).toBe("http://sp:1/");
    expect(via("http://registry.example:5000/v2/", env)).toBe("http://p:2/");
    expect(via("http://registry.example/", { HTTPS_PROXY: "http://sp:1" })).toBeUndefined();
  });

  it("never proxies loopback: localhost, 127.0.0.0/8 and ::1", () => {
    for (const url of [
      "https://localhost:5000/",
      "https://LOCALHOST/",
      "https://127.0.0.1:4443/",
      "https://127.8.9.10/",
      "http://[::1]:5000/",
    ]) {
      expect(via(url, env), url).toBeUndefined();
    }
    expect(via("https://128.0.0.1/", env)).toBe("http://sp:1/");
  });

  it("proxies names under localhost and localhost. as Go does: upstream DNS may answer them with any address", () => {
    expect(via("https://registry.localhost/", env)).toBe("http://sp:1/");
    expect(via("http://a.b.localhost:5000/", env)).toBe("http://p:2/");
    expect(via("https://localhost./", env)).toBe("http://sp:1/");
  });

  it("honours NO_PROXY hosts, domains, subdomain-only entries, ports, IPs, CIDR ranges and *", () => {
    const with_ = (noProxy: string) => ({ ...env, NO_PROXY: noProxy });
    expect(via("https://notary.corp.example/", with_("corp.example"))).toBeUndefined();
    expect(via("https://corp.example/", with_("corp.example"))).toBeUndefined();
    expect(via("https://notcorp.example/", with_("corp.example"))).toBe("http://sp:1/");
    expect(via("https://corp.example/", with_(".corp.example"))).toBe("http://sp:1/");
    expect(via("https://a.corp.example/", with_(".corp.example"))).toBeUndefined();
    expect(via("https://a.corp.example/", with_("*.corp.example"))).toBeUndefined();
    expect(via("https://corp.example/", with_("*.corp.example"))).toBe("http://sp:1/");
    expect(via("https://notary.example:4443/", with_("notary.example:4443"))).toBeUndefined();
    expect(via("https://notary.example/", with_("notary.example:4443"))).toBe("http://sp:1/");
    expect(via("https://notary.example/", with_("notary.example:443"))).toBeUndefined();
    expect(via("https://10.1.2.3/", with_("10.0.0.0/8"))).toBeUndefined();
    expect(via("https://11.1.2.3/", with_("10.0.0.0/8"))).toBe("http://sp:1/");
    expect(via("https://192.0.2.7:8443/", with_("192.0.2.7"))).toBeUndefined();
    expect(via("https://[2001:db8::1]/", with_("2001:db8::1"))).toBeUndefined();
    expect(via("https://anything.example/", with_("*"))).toBeUndefined();
    expect(via("https://b.example/", { ...env, no_proxy: "a.example, b.example" })).toBeUndefined();
    expect(via("https://NOTARY.Example./", with_("notary.example"))).toBeUndefined();
    // A name in Unicode matches the host as a URL writes it (punycode), as Go's clients match it.
    expect(via("https://bücher.example/", with_("bücher.example"))).toBeUndefined();
    expect(via("https://a.bücher.example/", with_(".bücher.example"))).toBeUndefined();
    expect(via("https://buecher.example/", with_("bücher.example"))).toBe("http://sp:1/");
  });
});

describe("isLoopbackHost", () => {
  it("knows loopback names and addresses, and nothing else", () => {
    for (const h of [
      "localhost",
      "LocalHost",
      "127.0.0.1",
      "127.255.0.1",
      "[::1]",
      "::1",
      "0:0:0:0:0:0:0:1",
      "::ffff:127.0.0.1",
      // As a URL writes an IPv4-mapped address.
      new URL("https://[::ffff:127.0.0.1]/").hostname,
      "::ffff:7f00:1",
    ])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["localhost.example", "10.0.0.1", "::2", "registry.test", "128.0.0.1", "::ffff:a00:1", "::7f00:1"])
      expect(isLoopbackHost(h), h).toBe(false);
  });

  it("counts only the literal localhost among names: not names under it, not localhost.", () => {
    for (const h of ["a.localhost", "registry.localhost", "x.y.LOCALHOST", "localhost.", "127.0.0.1.example"])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});

describe("proxy credentials that are not valid percent-encoding", () => {
  it("are taken as written, not refused with an error that could show them", () => {
    const server = parseProxyUrl("http://ci:100%zz@proxy.corp:3128", "HTTPS_PROXY");
    expect(server.authorization).toBe(`Basic ${Buffer.from("ci:100%zz").toString("base64")}`);
    expect(server.secrets).toContain("100%zz");
  });

  it("are masked as written when they are a token given as user name", () => {
    const server = parseProxyUrl("http://to%E0ken@proxy.corp:3128", "HTTPS_PROXY");
    expect(server.authorization).toBe(`Basic ${Buffer.from("to%E0ken:").toString("base64")}`);
    expect(server.secrets).toEqual(expect.arrayContaining(["to%E0ken", server.authorization]));
  });
});
