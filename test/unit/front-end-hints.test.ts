// The front ends word errors whose fix is an input (action) or a flag (CLI), by code.
import { describe, expect, it } from "vitest";
import { actionHint, describeForAction } from "../../src/action/hints.js";
import { describeForCli } from "../../src/cli/hints.js";
import { ServerError, UsageError } from "../../src/errors.js";
import { fixHint, type Fix } from "../../src/wording.js";

const url = "https://registry.corp.example:5000/v2/app/manifests/v1";

describe("front-end hints", () => {
  it("name the insecure-registries input and the --insecure-registry flag for a plain-HTTP registry", () => {
    const err = new ServerError("REGISTRY_PLAIN_HTTP", "registry registry.corp.example:5000 speaks plain HTTP", {
      url,
      hint: "generic",
    });
    expect(describeForAction(err)).toBe(
      "registry registry.corp.example:5000 speaks plain HTTP; add registry.corp.example:5000 to the insecure-registries input",
    );
    expect(describeForCli(err)).toBe(
      "registry registry.corp.example:5000 speaks plain HTTP; pass --insecure-registry registry.corp.example:5000",
    );
  });

  it("say, for a Notary server that speaks plain HTTP, that it may be the registry the server defaulted to", () => {
    const err = new ServerError("PLAIN_HTTP", "registry.corp.example:5000 answered plain HTTP to an HTTPS request", {
      url,
      hint: "generic",
    });
    expect(describeForCli(err)).toContain(
      "if registry.corp.example:5000 is your registry, not its Notary server, pass the Notary server's URL with --notary-server (it defaults to https://<registry host>)",
    );
    expect(describeForAction(err)).toContain(
      "if registry.corp.example:5000 is your registry, not its Notary server, give the Notary server's URL in notary-server",
    );
  });

  it("name ca-cert / --ca-cert and docker's directory for an untrusted CA, differently for a wrong one", () => {
    const unknown = new ServerError(
      "TLS_UNKNOWN_CA",
      "the certificate of notary.corp:4443 is signed by a CA that is not trusted",
      { url: "https://notary.corp:4443/v2/" },
    );
    const wrong = new ServerError(
      "TLS_WRONG_CA",
      "the certificate of notary.corp:4443 is not signed by the CA certificates given for it",
      { url: "https://notary.corp:4443/v2/" },
    );
    expect(describeForAction(unknown)).toContain(
      "in the ca-cert input, or as $DOCKER_CONFIG/tls/notary.corp:4443/ca.crt",
    );
    expect(describeForCli(unknown)).toContain(
      "--ca-cert FILE, or put it in $DOCKER_CONFIG/tls/notary.corp:4443/ca.crt",
    );
    expect(describeForAction(wrong)).not.toBe(describeForAction(unknown));
    expect(describeForCli(wrong)).toContain(
      "--ca-cert (or $DOCKER_CONFIG/tls/notary.corp:4443/) holds a CA that did not issue",
    );
  });

  it("keep the error's own hint for codes they do not know", () => {
    const err = new UsageError("something else", { hint: "do this" });
    expect(describeForAction(err)).toBe("something else; do this");
    expect(describeForCli(err)).toBe("something else; do this");
    expect(describeForCli(new UsageError("bad entry", { code: "INSECURE_REGISTRY", hint: "x" }))).toBe(
      "bad entry; write --insecure-registry HOST:PORT (or http://HOST:PORT)",
    );
  });

  it("pick the sentence by code from one table per front end, with the host the error names", () => {
    const codes: Fix[] = [
      "REGISTRY_PLAIN_HTTP",
      "PLAIN_HTTP",
      "INSECURE_REGISTRY",
      "TLS_UNKNOWN_CA",
      "TLS_WRONG_CA",
      "CA_FILE_MISSING",
      "CA_NOT_CERTIFICATE",
    ];
    const errors = codes.map((code) => new ServerError(code, "failed", { url: "https://h.example:1/v2/" }));
    // The action takes ca-cert as PEM text, never a path: it has no words for a missing file.
    expect(errors.map((e) => actionHint(e) !== undefined)).toEqual([true, true, true, true, true, false, true]);
    expect(errors.map((e) => describeForCli(e) !== "failed")).toEqual(codes.map(() => true));
    expect(fixHint(errors[0], { REGISTRY_PLAIN_HTTP: (host) => `host ${host}` })).toBe("host h.example:1");
    expect(fixHint(new UsageError("x", { code: "INSECURE_REGISTRY" }), { INSECURE_REGISTRY: (host) => host })).toBe(
      "the server",
    );
    expect(fixHint(new Error("x"), { REGISTRY_PLAIN_HTTP: () => "never" })).toBeUndefined();
  });
});
