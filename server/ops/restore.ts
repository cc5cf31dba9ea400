import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { emptyDatabase } from "../db/empty-database.ts";
import { loadMigrations, migrate } from "../db/migrate.ts";
import { queryRows } from "../db/query-rows.ts";
import { BACKUP_FORMAT, type BackupHeader } from "./backup.ts";
import { tablesInLoadOrder } from "./table-order.ts";

export class RestoreRefused extends Error {}

async function isEmpty(db: Db): Promise<boolean> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'gugus_migrations'`,
  );
  for (const t of tables) {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql.raw(`SELECT EXISTS (SELECT 1 FROM "${t.name}") AS found`),
    );
    if (row?.found) return false;
  }
  return true;
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Restores a backup into this database. Refuses a database that holds any row unless `force`,
 * and then empties it first. The schema is rebuilt at the backup's migration level, the rows
 * loaded in foreign-key order, and the newer migrations applied after, all in one transaction.
 */
export async function restoreBackup(
  db: Db,
  path: string,
  options: { force: boolean; onProgress?: (table: string, rows: number, total: number) => void },
): Promise<BackupHeader> {
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value ?? "") as BackupHeader;
  } catch {
    throw new RestoreRefused(`${path} bukan cadangan Gugus / is not a Gugus backup`);
  }
  if (header.format !== BACKUP_FORMAT)
    throw new RestoreRefused(`${path} bukan cadangan Gugus / is not a Gugus backup (${BACKUP_FORMAT})`);
  const known = new Set(loadMigrations().map((m) => m.tag));
  const unknown = header.migrations.filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `Cadangan dari versi Gugus yang lebih baru / backup from a newer Gugus (migrations ${unknown.join(", ")}): upgrade first.`,
    );
  }

  // One transaction from the emptiness check to the last row: a refused, truncated or broken
  // backup leaves the database exactly as it was (PostgreSQL and PGlite both roll back DDL).
  await db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) {
      if (!options.force) {
        throw new RestoreRefused(
          "Basis data tujuan tidak kosong; pemulihan akan menimpa isinya. Ulangi dengan --force bila memang itu yang dimaksud.\n" +
            "  The target database is not empty; restoring would overwrite it. Repeat with --force if that is what you mean.",
        );
      }
    }
    await emptyDatabase(tx);
    await migrate(tx, { only: new Set(header.migrations) });

    const tables = await tablesInLoadOrder(tx);
    const totals = new Map(header.tables.map((t) => [t.name, t.rows]));
    let batch: unknown[] = [];
    let table: string | null = null;
    let loaded = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await tx.execute(
        sql`INSERT INTO ${sql.raw(`"${table}"`)} SELECT * FROM json_populate_recordset(NULL::${sql.raw(`"${table}"`)}, ${JSON.stringify(batch)}::json)`,
      );
      loaded += batch.length;
      options.onProgress?.(table, loaded, totals.get(table) ?? loaded);
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const line = JSON.parse(next.value) as { t: string; r: unknown };
      if (line.t !== table) {
        await flush();
        if (!tables.some((t) => t.name === line.t))
          throw new RestoreRefused(`unknown table in backup: ${line.t}`);
        table = line.t;
        loaded = 0;
      }
      batch.push(line.r);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    // A truncated or edited file must not pass for a whole backup.
    for (const expected of header.tables) {
      const [row] = await queryRows<{ n: string }>(
        tx,
        sql.raw(`SELECT count(*) AS n FROM "${expected.name}"`),
      );
      if (Number(row?.n) !== expected.rows) {
        throw new RestoreRefused(
          `${expected.name}: ${row?.n} baris dimuat, cadangan menyebut / rows loaded, the backup says ${expected.rows}`,
        );
      }
    }
    await migrate(tx);
  });
  return header;
}
