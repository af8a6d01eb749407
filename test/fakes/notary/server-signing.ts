/**
 * What the fake server signs itself, as notary-server does with the keys it holds
 * (server/handlers/validation.go, server/timestamp/timestamp.go): the next snapshot and timestamp
 * (previous version + 1, lifetimes of three years and 14 days), with file metadata of sha256 and
 * sha512 over the Go form of each file.
 */
import { createHash } from "node:crypto";
import { envelope, goCanonical, goSigned, parseFile, type Json } from "./go-form.js";
import type { Update, ValidationContext } from "./validate.js";

const YEAR = 365 * 24 * 3600 * 1000;
export const LIFETIME = { snapshot: 3 * YEAR, timestamp: 14 * 24 * 3600 * 1000 } as const;

export function fileMeta(bytes: Buffer): Json {
  return {
    hashes: {
      sha256: createHash("sha256").update(bytes).digest("base64"),
      sha512: createHash("sha512").update(bytes).digest("base64"),
    },
    length: bytes.length,
  };
}

/** A snapshot or timestamp signed by the server: the previous one's version + 1, or undefined without the key. */
export function serverSign(
  ctx: ValidationContext,
  role: "snapshot" | "timestamp",
  keyIds: readonly string[],
  meta: (previous: { [k: string]: Json } | undefined) => Json,
): Update | undefined {
  const key = keyIds.map((id) => ctx.serverKeys.get(id)).find((k) => k !== undefined);
  if (!key) return undefined;
  const prevBytes = ctx.current(role);
  const previous = prevBytes ? goSigned(parseFile(prevBytes).signed) : undefined;
  const version = ((previous?.version as number | undefined) ?? 0) + 1;
  const signed = {
    _type: role === "snapshot" ? "Snapshot" : "Timestamp",
    expires: new Date(ctx.now + LIFETIME[role]).toISOString().replace(/\.?0*Z$/, "Z"),
    meta: meta(previous),
    version,
  };
  const signature = key.sign(Buffer.from(goCanonical(signed), "utf8"));
  return { role, version, data: envelope(signed, [{ keyid: key.id, method: "eddsa", sig: signature }]) };
}
