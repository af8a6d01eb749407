/** Human output of the CLI: small aligned tables, short key IDs, no secrets. */
import { shortDigest } from "../digest.js";
import { terminalText } from "../text.js";
import type { InspectResult } from "../workflows/inspect.js";
import type { SignResult } from "../workflows/sign.js";
import type { CosignAttachResult } from "../workflows/cosign-attach.js";
import type { CosignOnlySignResult } from "../workflows/run-cosign-sign.js";

/** Text that came from a server, made safe for a terminal (control characters shown as `?`). */
export const printable = terminalText;

export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map(printable));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("   ")).join("\n") + "\n";
}

export function formatSign(r: SignResult & { cosign?: CosignAttachResult }): string {
  const head = r.published
    ? `Signed ${r.gun} as ${r.signer}: ${r.digest} (${r.size} bytes)\n`
    : `${r.gun}: every tag already points to ${r.digest}; nothing published\n`;
  const rows = r.tags.map((t) => [t.tag, shortDigest(t.digest) + "…", t.roles.join(", "), t.signers.join(", ")]);
  const cosign = r.cosign ? cosignLine(r.cosign) : "";
  // Warnings were printed on stderr as they came (once each); --json carries them too.
  return `${head}\n${table(["TAG", "DIGEST", "ROLES", "SIGNERS"], rows)}\nRoles now: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n${cosign}`;
}

/** A sign with cosign signatures only: what was signed, by which key, and where the signature is. */
export function formatCosignOnlySign(r: CosignOnlySignResult): string {
  const name = `${r.gun}${r.tag ? `:${r.tag}` : ""}`;
  const head =
    r.cosign.status === "written"
      ? `Signed ${name} with cosign as ${r.signer}: ${r.digest}`
      : `${name}: ${r.digest} already has a cosign signature by ${r.signer}; nothing written`;
  return `${head}\n${cosignLine(r.cosign)}`;
}

function cosignLine(c: CosignAttachResult): string {
  return `Cosign signature: ${c.status === "written" ? "written to" : "already at"} ${c.reference} (${c.signatures} signature(s) there)\n`;
}

/** The layout of `docker trust inspect --pretty`. */
export function formatInspect(r: InspectResult): string {
  let out = `\nSignatures for ${printable(r.name)}\n\n`;
  out += r.signedTags.length
    ? table(
        ["SIGNED TAG", "DIGEST", "SIGNERS"],
        r.signedTags.map((t) => [
          t.tag,
          t.digest,
          t.signers.map((s) => (s === "Repo Admin" ? "(Repo Admin)" : s)).join(", "),
        ]),
      )
    : `No signatures for ${printable(r.name)}\n`;
  const outside = r.signedTags.filter((t) => t.outsidePaths).map((t) => t.tag);
  if (outside.length) {
    out += `\nOutside the paths of the role that holds ${outside.length > 1 ? "them" : "it"}, so docker pull and verify refuse ${outside.length > 1 ? "them" : "it"}: ${outside.map(printable).join(", ")}\n`;
  }
  if (r.signers.length) {
    out += `\nList of signers and their keys for ${printable(r.name)}:\n\n`;
    out += table(
      ["SIGNER", "KEYS"],
      [...r.signers].reverse().map((s) => [s.name, s.keyIds.map((k) => k.slice(0, 12)).join(", ")]),
    );
  }
  out += `\nAdministrative keys for ${printable(r.name)}:\n\n`;
  out += `  Repository Key:\t${[...r.repositoryKeyIds].sort().join(", ")}\n  Root Key:\t${[...r.rootKeyIds].sort().join(", ")}\n`;
  return out;
}
