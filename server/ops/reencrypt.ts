import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { type EncryptedColumn, encryptedByteColumns, encryptedColumns } from "../db/encrypted-columns.ts";
import { queryRows } from "../db/query-rows.ts";
import {
  decryptBytes,
  decryptField,
  encryptBytes,
  encryptField,
  keyIdOfBytes,
  needsReencryption,
  SEALED_BYTES_HEADER_LENGTH,
} from "../lib/crypto/field-encryption.ts";
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
        await writeValue(tx, col, row.id, fresh);
        changed++;
      }
      counts[`${col.table}.${col.column}`] = changed;
    }
    for (const col of encryptedByteColumns) {
      counts[`${col.table}.${col.column}`] = await reencryptByteColumn(tx, keyring, col);
    }
  });
  return counts;
}

/**
 * Binary values may be megabytes each (attachments): the key id is read from each value's
 * first bytes, and only a value sealed under an old key is loaded, one at a time.
 */
async function reencryptByteColumn(tx: Db, keyring: Keyring, col: EncryptedColumn): Promise<number> {
  const heads = await queryRows<{ id: string; head: Uint8Array }>(
    tx,
    sql.raw(
      `SELECT "${col.idColumn}"::text AS id, substring("${col.column}" from 1 for ${SEALED_BYTES_HEADER_LENGTH}) AS head FROM "${col.table}" WHERE "${col.column}" IS NOT NULL`,
    ),
  );
  let changed = 0;
  for (const { id, head } of heads) {
    if (keyIdOfBytes(head) === keyring.activeKeyId) continue;
    const [row] = await queryRows<{ value: Uint8Array }>(
      tx,
      sql`SELECT ${sql.raw(`"${col.column}"`)} AS value FROM ${sql.raw(`"${col.table}"`)} WHERE ${sql.raw(`"${col.idColumn}"`)}::text = ${id}`,
    );
    const context = col.context(id);
    await writeValue(tx, col, id, encryptBytes(keyring, decryptBytes(keyring, row!.value, context), context));
    changed++;
  }
  return changed;
}

async function writeValue(tx: Db, col: EncryptedColumn, id: string, value: string | Buffer) {
  await tx.execute(
    sql`UPDATE ${sql.raw(`"${col.table}"`)} SET ${sql.raw(`"${col.column}"`)} = ${value} WHERE ${sql.raw(`"${col.idColumn}"`)}::text = ${id}`,
  );
}
