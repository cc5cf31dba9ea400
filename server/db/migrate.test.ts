import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { recordAudit } from "../audit/record-audit.ts";
import { openEmptyDatabase } from "../test/empty-database.ts";
import { describeEachDatabase } from "../test/test-app.ts";
import { adminQuery, testDatabaseUrl, withDatabase } from "../test/test-databases.ts";
import { type Database, openDatabase } from "./database.ts";
import { loadMigrations, migrate } from "./migrate.ts";
import { queryRows } from "./query-rows.ts";

const journalTags = (
  JSON.parse(readFileSync(new URL("./migrations/meta/_journal.json", import.meta.url), "utf8")) as {
    entries: { idx: number; tag: string }[];
  }
).entries
  .sort((a, b) => a.idx - b.idx)
  .map((e) => e.tag);

async function failureOf(promise: Promise<unknown>): Promise<{ message: string; code?: string }> {
  try {
    await promise;
  } catch (err) {
    // drizzle wraps the driver's error; the database's own message and code are in `cause`.
    const cause = (err as { cause?: { message: string; code?: string } }).cause;
    return cause ?? { message: (err as Error).message };
  }
  throw new Error("expected the statement to fail");
}

type ColumnsRow = { table: string; name: string; columns: (string | null)[] };

describeEachDatabase("migrate", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  let firstRun: { applied: string[] };

  beforeAll(async () => {
    ({ database, drop } = await openEmptyDatabase(kind));
    firstRun = await migrate(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it("applies every journal entry, in order, to an empty database", async () => {
    expect(journalTags.length).toBeGreaterThanOrEqual(2);
    expect(firstRun.applied).toEqual(journalTags);
    const ledger = await queryRows<{ tag: string; hash: string }>(
      database.db,
      sql`SELECT tag, hash FROM gugus_migrations ORDER BY tag`,
    );
    expect(ledger).toEqual(loadMigrations().map((m) => ({ tag: m.tag, hash: m.hash })));
  });

  it("applies nothing when run again", async () => {
    expect(await migrate(database.db)).toEqual({ applied: [] });
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM gugus_migrations`,
    );
    expect(row!.n).toBe(journalTags.length);
  });

  it("refuses a migration whose file changed after it was applied, naming it", async () => {
    const tag = journalTags[1]!;
    const [before] = await queryRows<{ hash: string }>(
      database.db,
      sql`SELECT hash FROM gugus_migrations WHERE tag = ${tag}`,
    );
    await database.db.execute(sql`UPDATE gugus_migrations SET hash = ${"0".repeat(64)} WHERE tag = ${tag}`);
    try {
      await expect(migrate(database.db)).rejects.toThrow(`Migration ${tag} was changed after it was applied`);
    } finally {
      await database.db.execute(sql`UPDATE gugus_migrations SET hash = ${before!.hash} WHERE tag = ${tag}`);
    }
    expect(await migrate(database.db)).toEqual({ applied: [] });
  });

  it("gives every foreign key an index whose leading columns are the key's columns", async () => {
    const foreignKeys = await queryRows<ColumnsRow>(
      database.db,
      sql`SELECT c.relname AS "table", k.conname AS name,
            (SELECT json_agg(a.attname ORDER BY u.ord) FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS columns
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2`,
    );
    const indexes = await queryRows<ColumnsRow>(
      database.db,
      sql`SELECT c.relname AS "table", i.indexrelid::regclass::text AS name,
            (SELECT json_agg(a.attname ORDER BY u.ord) FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS u(attnum, ord)
              LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum) AS columns
          FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND i.indpred IS NULL`,
    );
    expect(foreignKeys.length).toBeGreaterThanOrEqual(12);
    const unindexed = foreignKeys.filter((fk) => {
      const wanted = new Set(fk.columns);
      return !indexes.some((index) => {
        if (index.table !== fk.table) return false;
        const leading = index.columns.slice(0, fk.columns.length);
        return (
          leading.length === wanted.size && leading.every((column) => column !== null && wanted.has(column))
        );
      });
    });
    expect(unindexed.map((fk) => `${fk.table}.${fk.name} (${fk.columns.join(", ")})`)).toEqual([]);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit_events", async () => {
    await recordAudit(database.db, null, { event: "auth.sign_in_failed", data: { reason: "uji" } });
    const before = await queryRows<Record<string, unknown>>(
      database.db,
      sql`SELECT seq::int AS seq, event, data, hash FROM audit_events ORDER BY seq`,
    );
    expect(before).toHaveLength(1);

    const update = await failureOf(
      database.db.execute(sql`UPDATE audit_events SET event = 'auth.signed_in'`),
    );
    expect(update.message).toContain("append-only");
    expect(update.code).toBe("42501");
    const remove = await failureOf(database.db.execute(sql`DELETE FROM audit_events`));
    expect(remove.message).toContain("append-only");
    const truncate = await failureOf(database.db.execute(sql`TRUNCATE audit_events`));
    expect(truncate.message).toContain("append-only");

    const after = await queryRows<Record<string, unknown>>(
      database.db,
      sql`SELECT seq::int AS seq, event, data, hash FROM audit_events ORDER BY seq`,
    );
    expect(after).toEqual(before);
  });

  if (kind === "postgres") {
    it("lets several processes start on one empty database at once: each migration is applied once", async () => {
      const url = testDatabaseUrl()!;
      const name = `gugus_migrate_race_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
      await adminQuery(url, `CREATE DATABASE ${name}`);
      const processes = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ kind: "postgres", url: withDatabase(url, name), poolSize: 2 })),
      );
      try {
        const results = await Promise.all(processes.map((p) => migrate(p.db)));
        expect(results.flatMap((r) => r.applied).sort()).toEqual([...journalTags].sort());
        const [row] = await queryRows<{ n: number }>(
          processes[0]!.db,
          sql`SELECT count(*)::int AS n FROM gugus_migrations`,
        );
        expect(row!.n).toBe(journalTags.length);
      } finally {
        await Promise.all(processes.map((p) => p.close()));
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
      }
    });
  }
});
