import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { queryRows } from "../db/query-rows.ts";

/** `holdsFiles`: the table has a bytea column, so its rows may each weigh megabytes. */
export type TableInfo = { name: string; primaryKey: string[]; holdsFiles: boolean };

/**
 * The tables of the public schema (less the migration ledger), parents before children, so
 * rows can be loaded in this order without breaking a foreign key.
 */
export async function tablesInLoadOrder(db: Db): Promise<TableInfo[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'gugus_migrations' ORDER BY c.relname`,
  );
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
  );
  const keys = await queryRows<{ name: string; columns: string[] | string }>(
    db,
    sql`SELECT c.relname AS name, array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) AS columns
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
        WHERE i.indisprimary AND n.nspname = 'public' GROUP BY c.relname`,
  );
  const byteTables = await queryRows<{ name: string }>(
    db,
    sql`SELECT DISTINCT c.relname AS name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.atttypid = 'bytea'::regtype AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const holdsFiles = new Set(byteTables.map((t) => t.name));
  const keyOf = new Map(keys.map((k) => [k.name, parseTextArray(k.columns)]));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const pending = tables.map((t) => t.name);
  while (pending.length > 0) {
    const ready = pending.filter((t) => edges.every((e) => e.child !== t || placed.has(e.parent)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${pending.join(", ")}`);
    for (const name of ready) {
      const primaryKey = keyOf.get(name);
      if (!primaryKey) throw new Error(`table ${name} has no primary key`);
      ordered.push({ name, primaryKey, holdsFiles: holdsFiles.has(name) });
      placed.add(name);
      pending.splice(pending.indexOf(name), 1);
    }
  }
  return ordered;
}

// A text[] arrives as an array from node-postgres and as "{a,b}" text from PGlite's worker.
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, "")
    .split(",")
    .filter(Boolean);
}
