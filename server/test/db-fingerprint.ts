import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { queryRows } from "../db/query-rows.ts";

/**
 * A digest of every table's content, to prove a request changed nothing. Sessions are counted,
 * not hashed: reading with a session may touch its last-seen time, which is not a change of data.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const digest =
      name === "sessions"
        ? sql.raw(
            `SELECT count(*)::text || ':' || coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '') AS d FROM sessions`,
          )
        : sql.raw(
            `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS d FROM "${name}" t`,
          );
    const [row] = await queryRows<{ d: string }>(db, digest);
    result[name] = row!.d;
  }
  return result;
}
