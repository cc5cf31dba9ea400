import { sql } from "drizzle-orm";
import type { Db } from "./database.ts";

/** Drops every table, function and trigger of the public schema: a database as new. For demo --force and restore --force. */
export async function emptyDatabase(db: Db): Promise<void> {
  await db.execute(sql.raw("DROP SCHEMA public CASCADE"));
  await db.execute(sql.raw("CREATE SCHEMA public"));
}
