import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { encryptedColumns } from "../db/encrypted-columns.ts";
import { queryRows } from "../db/query-rows.ts";
import { decryptField, encryptField, needsReencryption } from "../lib/crypto/field-encryption.ts";
import type { Keyring } from "../lib/crypto/keyring.ts";

/** Re-encrypts every value not under the active key, in one transaction; returns counts per column. */
export async function reencryptAll(db: Db, keyring: Keyring): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const col of encryptedColumns) {
      const rows = await queryRows<{ id: string; value: string }>(
        tx,
        sql.raw(
          `SELECT "${col.idColumn}"::text AS id, "${col.column}" AS value FROM "${col.table}" WHERE "${col.column}" IS NOT NULL`,
        ),
      );
      let changed = 0;
      for (const row of rows) {
        if (!needsReencryption(keyring, row.value)) continue;
        const context = col.context(row.id);
        const fresh = encryptField(keyring, decryptField(keyring, row.value, context), context);
        await tx.execute(
          sql`UPDATE ${sql.raw(`"${col.table}"`)} SET ${sql.raw(`"${col.column}"`)} = ${fresh} WHERE ${sql.raw(`"${col.idColumn}"`)}::text = ${row.id}`,
        );
        changed++;
      }
      counts[`${col.table}.${col.column}`] = changed;
    }
  });
  return counts;
}
