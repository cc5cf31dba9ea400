import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { queryRows } from "./query-rows.ts";

const migrationsDir = new URL("./migrations/", import.meta.url);

type JournalEntry = { idx: number; tag: string };

export type Migration = { tag: string; hash: string; statements: string[] };

/** The committed migrations in order, read from drizzle-kit's journal. */
export function loadMigrations(): Migration[] {
  const journal = JSON.parse(readFileSync(new URL("meta/_journal.json", migrationsDir), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const text = readFileSync(new URL(`${tag}.sql`, migrationsDir), "utf8");
      return {
        tag,
        hash: createHash("sha256").update(text).digest("hex"),
        statements: text
          .split("--> statement-breakpoint")
          .map((s) => s.trim())
          .filter(Boolean),
      };
    });
}

// Any constant: all app processes starting at once on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 74_201_971;

/**
 * Applies the migrations not yet applied, each in its own transaction. Idempotent: running it
 * again applies nothing. A migration edited after it was applied is refused, since the databases
 * in the field would no longer match the schema in the code.
 */
export async function migrate(
  db: Db,
  options: { only?: ReadonlySet<string> } = {},
): Promise<{ applied: string[] }> {
  // `only` rebuilds an older schema level, for restoring a backup taken before later migrations.
  const migrations = loadMigrations().filter((m) => !options.only || options.only.has(m.tag));
  // Under the lock too: concurrent CREATE TABLE IF NOT EXISTS on PostgreSQL fails with a
  // duplicate pg_type row when several processes start on an empty database at once.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(
      sql`CREATE TABLE IF NOT EXISTS gugus_migrations (tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const [row] = await queryRows<{ hash: string }>(
        tx,
        sql`SELECT hash FROM gugus_migrations WHERE tag = ${migration.tag}`,
      );
      if (row) {
        if (row.hash !== migration.hash) {
          throw new Error(
            `Migration ${migration.tag} was changed after it was applied to this database. Migrations are forward only: add a new one instead.`,
          );
        }
        return false;
      }
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO gugus_migrations (tag, hash) VALUES (${migration.tag}, ${migration.hash})`,
      );
      return true;
    });
    if (done) applied.push(migration.tag);
  }
  return { applied };
}
