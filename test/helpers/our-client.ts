/**
 * Our clients pointed at the integration stack, with every metadata body the server served
 * recorded (to check the round-trip property on real files).
 */
import { connect, type Connection } from "../../src/workflows/connect.js";
import { createTransport, type Transport } from "../../src/net/http.js";
import { parseReference } from "../../src/registry/reference.js";
import type { StackInfo } from "../stack/use-stack.js";

export interface ServedFile {
  url: string;
  body: Uint8Array;
}

export function ourConnection(
  stack: StackInfo,
  image: string,
  notaryUrl: string,
): Connection & { served: ServedFile[]; requests: string[] } {
  const base = createTransport({ caPem: stack.caPem, timeoutMs: 20_000 });
  const served: ServedFile[] = [];
  const requests: string[] = [];
  const transport: Transport = async (req) => {
    requests.push(`${req.method} ${new URL(req.url).pathname}`);
    const res = await base(req);
    if (req.method === "GET" && res.status === 200 && /\/_trust\/tuf\/.+\.json$/.test(new URL(req.url).pathname)) {
      served.push({ url: req.url, body: res.body });
    }
    return res;
  };
  const conn = connect(parseReference(image), {
    notaryServer: notaryUrl,
    transport,
    insecureRegistries: [stack.registry.host],
    retry: { attempts: 2, baseDelayMs: 50 },
  });
  return Object.assign(conn, { served, requests, close: () => base.close() });
}

/** The role a served metadata URL names: `.../_trust/tuf/targets/releases.<hex>.json` → `targets/releases`. */
export function roleOfUrl(url: string): string {
  const file = new URL(url).pathname.split("/_trust/tuf/")[1]!;
  return file
    .replace(/\.json$/, "")
    .replace(/\.[0-9a-f]{64}$/, "")
    .replace(/^\d+\./, "");
}
