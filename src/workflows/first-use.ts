/**
 * Trust on first use, said out loud. With no pinned root key and no root stored from an earlier
 * run, whoever answers the first request decides which root is trusted: Docker does the same, so it
 * stays the default, but the run warns with the root key ID it trusted and the exact setting that
 * pins it. With `require-root-pin` such a root is refused before anything else is read or written.
 */
import { TrustError } from "../errors.js";
import { step } from "../wording.js";

/** How a user names the settings: action inputs (`root-key-id: …`) or CLI flags (`--root-key-id …`). */
export interface PinNames {
  pin: string;
  require: string;
  style: "input" | "flag";
}

const PIN_INPUTS: PinNames = { pin: "root-key-id", require: "require-root-pin", style: "input" };
export const PIN_FLAGS: PinNames = { pin: "--root-key-id", require: "--require-root-pin", style: "flag" };

export interface RootPinSettings {
  /** Refuse a root that is neither pinned nor stored from an earlier run. */
  requireRootPin?: boolean;
  /** Names for messages; the action's input names by default. */
  pinNames?: PinNames;
}

/** Called by loadTrust with the root key IDs (as docker trust inspect shows them) of a root trusted on first use. */
export type FirstUse = (rootKeyIds: readonly string[]) => void;

export interface FirstUseOptions extends RootPinSettings {
  gun: string;
  warn?: (message: string) => void;
  /** The pin is written `repository=keyid` (verify takes pins for several repositories). */
  perRepository?: boolean;
}

/** The callback for one repository: throws ROOT_NOT_PINNED when a pin is required, else warns once. */
export function firstUseCheck(opts: FirstUseOptions): FirstUse {
  const names = opts.pinNames ?? PIN_INPUTS;
  let warned = false;
  return (rootKeyIds) => {
    const ids = rootKeyIds.length ? [...rootKeyIds] : ["(none)"];
    const value = ids.map((id) => (opts.perRepository ? `${opts.gun}=${id}` : id)).join(",");
    const pinText = names.style === "flag" ? `${names.pin} ${value}` : `${names.pin}: ${value}`;
    const keys = `root key ${ids.join(", ")}`;
    if (opts.requireRootPin) {
      throw new TrustError(
        "ROOT_NOT_PINNED",
        `${opts.gun}: ${keys} is neither pinned by ${names.pin} nor stored from an earlier run, and ${names.require} refuses trust on first use`,
        {
          hint: `check the key against the Root Key that ${step("inspect", opts.gun)} shows, then pin it with ${pinText}`,
        },
      );
    }
    if (warned) return;
    warned = true;
    opts.warn?.(
      `${opts.gun}: trusting ${keys} on first use: no ${names.pin} pins it and no root is stored from an earlier run, so the server's first answer was trusted as is; pin it with ${pinText}`,
    );
  };
}
