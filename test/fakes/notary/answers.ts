/**
 * The answers of the fake notary-server: bodies as the real server writes them, and errors in
 * docker/distribution's errcode form `{"errors":[{"code","message","detail"}]}` with the status
 * notary registers for each code (server/errors/errors.go); `detail` is left out when there is
 * none. Clients decide on `code` and `detail.Name`, so the messages here are the fake's own.
 */
import type { Json } from "./go-form.js";

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Status of each errcode the fake answers with (notary server/errors/errors.go); the messages are the fake's own. */
const ERRORS = {
  METADATA_NOT_FOUND: [404, "no such metadata"],
  INVALID_ROLE: [400, "not a role name"],
  MALFORMED_JSON: [400, "a part is not metadata JSON"],
  MALFORMED_UPLOAD: [400, "the body is not multipart/form-data"],
  NO_FILENAME: [400, "a part names no role"],
  VERSION: [400, "a newer or equal version is stored"],
  INVALID_UPDATE: [400, "the update does not validate"],
  GENERIC_NOT_FOUND: [404, "no such resource"],
  UNKNOWN: [500, "the fake failed"],
} as const;

export type FakeErrorCode = keyof typeof ERRORS;

export function errorResponse(code: FakeErrorCode, detail?: Json): FakeResponse {
  const [status, message] = ERRORS[code];
  const entry: Record<string, Json> = { code, message };
  if (detail !== undefined) entry.detail = detail;
  return json(status, { errors: [entry] });
}

export function json(status: number, value: Json): FakeResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export const ok = (body: Buffer): FakeResponse => ({
  status: 200,
  headers: { "content-type": "text/plain; charset=utf-8" },
  body,
});
