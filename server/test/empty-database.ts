import { randomUUID } from "node:crypto";
import { type Database, type DatabaseKind, openDatabase } from "../db/database.ts";
import { adminQuery, testDatabaseUrl, withDatabase } from "./test-databases.ts";

/** A database with nothing in it: no schema, no rows; `drop` removes it again. */
export async function openEmptyDatabase(
  kind: DatabaseKind,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "embedded")
    return { database: await openDatabase({ kind: "embedded-memory" }), drop: async () => {} };
  const url = testDatabaseUrl();
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = `gugus_empty_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ kind: "postgres", url: withDatabase(url, name), poolSize: 4 });
  return { database, drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name}`) };
}
