import type { SQL } from "drizzle-orm";
import type { Db } from "./database.ts";

/**
 * Rows of a raw SQL query. Both drivers answer `{ rows }`; drizzle's shared type cannot say so.
 * Values keep node-postgres' shapes on both (bigint and numeric as text): convert where read.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
