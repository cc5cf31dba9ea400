import { join } from "node:path";
import { recordAudit } from "../../audit/record-audit.ts";
import { loadConfig } from "../../config.ts";
import { addKeyToKeyringFile } from "../../lib/crypto/keyring.ts";
import { reencryptAll } from "../../ops/reencrypt.ts";
import { systemActor, withContext } from "../cli-context.ts";

/**
 * keys:rotate: a new data key becomes active and every encrypted value is re-encrypted under it.
 * Old keys stay in the ring, since backups made before still need them.
 */
export async function keysRotate(): Promise<number> {
  const config = loadConfig();
  if (config.dataKey) {
    console.error(
      "Kunci data berasal dari GUGUS_DATA_KEY. Buat kunci baru (openssl rand -base64 32), taruh di depan: GUGUS_DATA_KEY=k2:<baru>,k1:<lama>, lalu jalankan keys:rotate lagi untuk mengenkripsi ulang.\n" +
        "  The data key comes from GUGUS_DATA_KEY. Generate a new key, put it first (k2:<new>,k1:<old>), keep GUGUS_INDEX_KEY set, and run keys:rotate again to re-encrypt.",
    );
  }
  const keyring = config.dataKey ? null : await addKeyToKeyringFile(join(config.dataDir, "keys.json"));
  return withContext(async (ctx) => {
    const ring = keyring ?? ctx.keyring;
    const counts = await reencryptAll(ctx.db, ring);
    await recordAudit(ctx.db, systemActor, {
      event: "keys.rotated",
      data: { activeKeyId: ring.activeKeyId, reencrypted: counts },
    });
    console.log(
      `Kunci aktif / active key: ${ring.activeKeyId}. Dienkripsi ulang / re-encrypted: ${JSON.stringify(counts)}`,
    );
    return 0;
  });
}
