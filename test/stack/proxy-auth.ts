// The proxy's optional authentication front (see proxy.ts): it demands Basic credentials, or Bearer
// tokens that it issues itself at `<proxy>/token` as a Docker token server does (docs/notary-protocol.md §4),
// then strips `Authorization` before forwarding, so an upstream without auth sits behind it.
// Tokens can be expired at any moment (`expireTokens`) or after a number of uses, to test refresh.
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export type ProxyAuth =
  | { scheme: "basic"; username: string; password: string }
  | {
      scheme: "bearer";
      username: string;
      password: string;
      /** `service` in the challenge (default "proxy-token"). */
      service?: string;
      /** A token stops working after this many authorised requests (default: unlimited). */
      tokenUses?: number;
    };

export interface AuthAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const TOKEN_PATH = "/token";

const json = (status: number, value: unknown, headers: Record<string, string> = {}): AuthAnswer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: Buffer.from(JSON.stringify(value)),
});

export class AuthFront {
  /** Every token issued, in order (tests look for them in visible output). */
  readonly issued: string[] = [];
  /** Requests refused with 401, by path (tests count refreshes). */
  readonly refused: string[] = [];
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly auth: ProxyAuth,
    private readonly baseUrl: () => string,
  ) {}

  /** Invalidates every token issued so far: the next request with one gets 401. */
  expireTokens(): void {
    for (const token of this.uses.keys()) this.uses.set(token, 0);
  }

  /** An answer to send instead of forwarding, or undefined to forward (credentials accepted). */
  check(method: string, path: string, headers: IncomingHttpHeaders): AuthAnswer | undefined {
    const given = headers["authorization"] ?? "";
    if (this.auth.scheme === "basic") {
      if (this.basicOk(given)) return undefined;
      this.refused.push(path);
      return json(
        401,
        { errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] },
        { "www-authenticate": 'Basic realm="proxy"' },
      );
    }
    if (method === "GET" && path.split("?")[0] === TOKEN_PATH) {
      if (!this.basicOk(given)) return json(401, { details: "bad credentials" });
      const token = randomBytes(24).toString("hex");
      this.issued.push(token);
      this.uses.set(token, this.auth.tokenUses ?? Number.POSITIVE_INFINITY);
      return json(200, { token, expires_in: 3600 });
    }
    const token = /^Bearer (\S+)$/.exec(given)?.[1];
    const left = token === undefined ? undefined : this.uses.get(token);
    if (token !== undefined && left !== undefined && left > 0) {
      this.uses.set(token, left - 1);
      return undefined;
    }
    this.refused.push(path);
    const challenge = `Bearer realm="${this.baseUrl()}${TOKEN_PATH}",service="${this.auth.service ?? "proxy-token"}"`;
    return json(
      401,
      { errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] },
      { "www-authenticate": challenge },
    );
  }

  private basicOk(header: string): boolean {
    const m = /^Basic (\S+)$/.exec(header);
    if (!m) return false;
    return Buffer.from(m[1]!, "base64").toString("utf8") === `${this.auth.username}:${this.auth.password}`;
  }
}

/** A random token-ish string, for tests that need a secret nobody else knows. */
export function randomSecret(prefix = "s"): string {
  return `${prefix}-${randomBytes(12).toString("hex")}`;
}
