/**
 * Just enough of multipart/form-data (RFC 7578) to read the parts of a Notary upload: each part's
 * `filename` from Content-Disposition and its bytes. Errors carry the code notary-server answers
 * with: MALFORMED_UPLOAD when the body is not multipart, NO_FILENAME when a part names no file.
 */
export class MultipartError extends Error {
  constructor(
    readonly code: "MALFORMED_UPLOAD" | "NO_FILENAME",
    message: string,
  ) {
    super(message);
  }
}

export interface Part {
  filename: string;
  data: Buffer;
}

export function parseMultipart(contentType: string, body: Buffer): Part[] {
  const type = /^\s*multipart\/form-data\s*;(.*)$/i.exec(contentType);
  const boundary = type ? /(?:^|;)\s*boundary="?([^";]+)"?/i.exec(type[1]!)?.[1] : undefined;
  if (!boundary) throw new MultipartError("MALFORMED_UPLOAD", "not multipart/form-data with a boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError("MALFORMED_UPLOAD", "no boundary in the body");
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === "--") return parts;
    if (body.subarray(at, at + 2).toString() !== "\r\n")
      throw new MultipartError("MALFORMED_UPLOAD", "boundary not followed by CRLF");
    const headerEnd = body.indexOf("\r\n\r\n", at);
    if (headerEnd < 0) throw new MultipartError("MALFORMED_UPLOAD", "part headers do not end");
    const headers = body
      .subarray(at + 2, headerEnd)
      .toString("latin1")
      .split("\r\n");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd + 4);
    if (next < 0) throw new MultipartError("MALFORMED_UPLOAD", "part does not end");
    const disposition =
      headers.find((h) => /^content-disposition:/i.test(h))?.slice("content-disposition:".length) ?? "";
    if (!/^\s*form-data/i.test(disposition))
      throw new MultipartError("NO_FILENAME", "part without form-data disposition");
    const filename =
      /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? /;\s*filename=([^;\s]+)/i.exec(disposition)?.[1] ?? "";
    parts.push({ filename, data: Buffer.from(body.subarray(headerEnd + 4, next)) });
    at = next + 2;
  }
}
