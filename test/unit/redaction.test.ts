import { afterEach, describe, expect, it } from "vitest";
import { describeError, ServerError, UsageError } from "../../src/errors.js";
import { forgetSecrets, onSecret, quotedInput, redactSecrets, registerSecret } from "../../src/redaction.js";
import { workflowLogText } from "../../src/text.js";
import { clipLine, markdownCode, markdownText } from "../../src/text.js";

afterEach(() => forgetSecrets());

const KEY = [
  "-----BEGIN ENCRYPTED PRIVATE KEY-----",
  "role: ci",
  "",
  "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhX3hQbnYJbZQICCAAw",
  "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEJ3Q2dRkNlvjUnq6X7u0L3sEgZA=",
  "-----END ENCRYPTED PRIVATE KEY-----",
].join("\n");

describe("the run's secrets", () => {
  it("are replaced wherever a message quotes them, the longest first", () => {
    registerSecret("s3cret-token-abc");
    registerSecret("s3cret-token-abc-and-more");
    expect(redactSecrets("echo: Bearer s3cret-token-abc-and-more, then s3cret-token-abc.")).toBe(
      "echo: Bearer ***, then ***.",
    );
  });

  it("are replaced line by line for a key, without its armour and header lines", () => {
    registerSecret(KEY);
    const line = KEY.split("\n")[3]!;
    expect(redactSecrets(`bad key line ${line} in role: ci`)).toBe("bad key line *** in role: ci");
    expect(redactSecrets("-----BEGIN ENCRYPTED PRIVATE KEY-----")).toBe("-----BEGIN ENCRYPTED PRIVATE KEY-----");
  });

  it("shorter than six characters are left to the runner's mask, so that text is not garbled", () => {
    registerSecret("abc");
    expect(redactSecrets("abc is a prefix of abcdef")).toBe("abc is a prefix of abcdef");
  });

  it("shorter than six characters are replaced here when a GitHub log line could break them for the runner's mask", () => {
    for (const secret of ["p##[w", "::tk", "a#[", "x:y"]) registerSecret(secret);
    for (const secret of ["p##[w", "::tk"]) {
      const line = workflowLogText(redactSecrets(`${secret} given for user ci`));
      expect(line).toBe("*** given for user ci");
    }
    expect(redactSecrets("a#[ and x:y")).toBe("*** and ***");
    // Without those characters, still left to the runner's mask.
    registerSecret("pw1");
    expect(redactSecrets("pw1")).toBe("pw1");
  });

  it("reach a listener as they are registered, and those registered before it", () => {
    const heard: string[] = [];
    registerSecret("first-secret");
    onSecret((s) => heard.push(s));
    registerSecret("second-secret");
    registerSecret("second-secret");
    expect(heard).toEqual(["first-secret", "second-secret"]);
  });

  it("include the user-info of any URL, whether it parses or not, a password with an @ included", () => {
    expect(redactSecrets('server "https://bob:pa@ss@127.0.0.1:99999" is not a URL')).toBe(
      'server "https://***@127.0.0.1:99999" is not a URL',
    );
    // An @ further on is taken as the end of user-info too: more is hidden, never less.
    expect(redactSecrets("ftp://token@host/x and http://host/a@b")).toBe("ftp://***@host/x and http://***@b");
  });

  it("include user-info with a / ? or # in the password, but not the placeholders of our own advice", () => {
    expect(redactSecrets("images: https://bob:Url/9H#x?7@registry.example/app:v1 is invalid")).toBe(
      "images: https://***@registry.example/app:v1 is invalid",
    );
    expect(redactSecrets("give them in the proxy URL: http://USER:PASSWORD@HOST:PORT")).toBe(
      "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT",
    );
  });

  it("are cleared before a quote is cut or a service's line is clipped, so no part of one is left", () => {
    const token = "TokenSecret-Abc123XyZ-0123456789";
    registerSecret(token);
    const echoed = `${"x".repeat(270)} Authorization: Bearer ${token}`;
    expect(clipLine(echoed, 300)).toMatch(/Bearer \*\*\*$/);
    expect(clipLine(echoed, 290)).not.toContain(token.slice(0, 8));
    expect(quotedInput(`https://bob:${"p".repeat(200)}@notary.example`, 120)).toBe('"https://***@notary.example"');
    registerSecret("Reg  Pw\t7Yt2");
    expect(clipLine("bad password ci-bot:Reg  Pw\t7Yt2 for user", 200)).toBe("bad password ci-bot:*** for user");
  });

  it("are cleared from Markdown before it is escaped, which would hide them from a match", () => {
    registerSecret("pa*ss|w`rd<1>");
    expect(markdownText("wrong password pa*ss|w`rd<1> given")).toBe("wrong password \\*\\*\\* given");
    expect(markdownCode("pa*ss|w`rd<1>")).toBe("`***`");
  });

  it("never reach an error's message, hint or description", () => {
    registerSecret("Zm9vOmJhci1wYXNzd29yZA==");
    const err = new ServerError("BAD_STATUS", "answered HTTP 400: Authorization: Basic Zm9vOmJhci1wYXNzd29yZA==", {
      hint: "sent Zm9vOmJhci1wYXNzd29yZA==",
    });
    expect(err.message).toBe("answered HTTP 400: Authorization: Basic ***");
    expect(err.describe()).not.toContain("Zm9vOmJhci1wYXNzd29yZA==");
    expect(describeError(new Error("echo Zm9vOmJhci1wYXNzd29yZA=="))).toBe("echo ***");
    expect(new UsageError("--notary-server https://u:p4ssw0rd@x").message).toBe("--notary-server https://***@x");
  });
});
