// Migrate's job summary table: a repository of thousands of tags keeps its summary short, with the
// tags that need attention first.
import { describe, expect, it } from "vitest";
import { MIGRATE_SUMMARY_ROWS, migrateTable } from "../../src/report/migrate.js";
import type { MigrateRow } from "../../src/workflows/migrate.js";

const digest = `sha256:${"cd".repeat(32)}`;
const row = (tag: string, status: MigrateRow["status"]): MigrateRow => ({ tag, digest, status });

describe("migrate's summary table", () => {
  it("lists failures and tags not reached first, at most MIGRATE_SUMMARY_ROWS rows, and counts the rest", () => {
    const rows = [
      ...Array.from({ length: MIGRATE_SUMMARY_ROWS }, (_, i) => row(`v${i}`, "signed")),
      row("broken", "failed"),
      row("later", "stopped"),
      ...Array.from({ length: 5 }, (_, i) => row(`old${i}`, "already-signed")),
    ];
    const lines = migrateTable(rows, (t) => t);
    const body = lines.filter((l) => l.startsWith("| ") && !l.startsWith("| Tag") && !l.startsWith("| ---"));
    expect(body).toHaveLength(MIGRATE_SUMMARY_ROWS);
    expect(body[0]).toContain("| broken |");
    expect(body[0]).toContain("| failed |");
    expect(body[1]).toContain("| later |");
    expect(body[2]).toContain("| v0 |");
    expect(lines.at(-1)).toBe(
      "7 more tags not shown (2 signed now, 5 already signed): the result output lists every tag.",
    );
    // A short one is whole, in the order migrated.
    expect(migrateTable([row("a", "signed"), row("b", "skipped")], (t) => t)).toEqual([
      "| Tag | Digest | Cosign signature | Why |",
      "| --- | --- | --- | --- |",
      `| a | \`${digest}\` | signed now |  |`,
      `| b | \`${digest}\` | skipped |  |`,
    ]);
  });
});
