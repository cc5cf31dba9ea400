import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { queryRows } from "../db/query-rows.ts";
import { tablesInLoadOrder } from "./table-order.ts";

export const BACKUP_FORMAT = "gugus-backup/1";

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  appVersion: string;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
};

/**
 * Writes the whole database to a gzip file of JSON lines: a header, then one line per row, tables
 * in load order. row_to_json keeps every PostgreSQL type faithfully, on both drivers, and one
 * snapshot transaction makes the copy consistent while the server keeps running (PostgreSQL).
 */
export async function writeBackup(
  db: Db,
  path: string,
  appVersion: string,
  onProgress: (table: string, rows: number) => void = () => {},
  batchSize = 2000,
): Promise<{ header: BackupHeader; sha256: string }> {
  const temp = `${path}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(temp, { mode: 0o600 });
  const hash = createHash("sha256");
  gzip.on("data", (chunk: Buffer) => hash.update(chunk));
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };

  const header = await db.transaction(async (tx) => {
    await tx.execute(sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    const tables = await tablesInLoadOrder(tx);
    const migrations = (
      await queryRows<{ tag: string }>(tx, sql`SELECT tag FROM gugus_migrations ORDER BY tag`)
    ).map((m) => m.tag);
    // One count after another: the transaction's queries share one connection.
    const counts: { name: string; rows: number }[] = [];
    for (const t of tables) {
      const [row] = await queryRows<{ n: string }>(tx, sql.raw(`SELECT count(*) AS n FROM "${t.name}"`));
      counts.push({ name: t.name, rows: Number(row!.n) });
    }
    const head: BackupHeader = {
      format: BACKUP_FORMAT,
      appVersion,
      createdAt: new Date().toISOString(),
      migrations,
      tables: counts,
    };
    await write(JSON.stringify(head));
    for (const table of tables) {
      const order = table.primaryKey.map((c) => `"${c}"`).join(", ");
      // Tables of files (attachments, photos, materials) carry megabytes a row: a few at a time
      // keeps memory flat, whichever module added the table.
      const limit = table.holdsFiles ? Math.min(batchSize, 4) : batchSize;
      let last: unknown[] | null = null;
      let written = 0;
      for (;;) {
        // Keyset over the primary key: every batch costs the same, however large the table.
        const after = last
          ? sql` WHERE (${sql.raw(order)}) > (${sql.join(
              last.map((v) => sql`${v}`),
              sql`, `,
            )})`
          : sql``;
        const rows = await queryRows<{ j: string }>(
          tx,
          sql`SELECT row_to_json(t)::text AS j FROM ${sql.raw(`"${table.name}"`)} t${after} ORDER BY ${sql.raw(order)} LIMIT ${limit}`,
        );
        for (const row of rows) await write(`{"t":${JSON.stringify(table.name)},"r":${row.j}}`);
        written += rows.length;
        onProgress(table.name, written);
        if (rows.length < limit) break;
        const lastRow = JSON.parse(rows[rows.length - 1]!.j) as Record<string, unknown>;
        last = table.primaryKey.map((c) => lastRow[c]);
      }
    }
    return head;
  });
  gzip.end();
  await once(out, "finish");
  await rename(temp, path);
  return { header, sha256: hash.digest("hex") };
}
