/**
 * A TCP server that takes every connection and never says a word: a hung server, proxy or KMS
 * endpoint. It reads and drops what it is sent, so that a client's close is seen.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface SilentServer {
  /** 127.0.0.1:PORT */
  readonly host: string;
  /** The connections it holds, in the order it took them (this process may see one after its client gave up). */
  readonly held: readonly net.Socket[];
  /** Resolves once it holds `n` connections. */
  taken(n: number): Promise<void>;
  /** Closes every connection it holds and forgets them. */
  drop(): void;
  close(): Promise<void>;
}

export async function startSilentServer(): Promise<SilentServer> {
  const held: net.Socket[] = [];
  let waiting: Array<() => void> = [];
  const server = net.createServer((socket) => {
    socket.on("error", () => undefined);
    socket.resume();
    held.push(socket);
    for (const wake of waiting.splice(0)) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    held,
    async taken(n) {
      while (held.length < n) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    drop() {
      for (const socket of held.splice(0)) socket.destroy();
      waiting = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resolves once `socket` is closed. */
export const closed = (socket: net.Socket): Promise<void> =>
  socket.destroyed ? Promise.resolve() : new Promise<void>((resolve) => socket.once("close", () => resolve()));
