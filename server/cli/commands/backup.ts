import { recordAudit } from "../../audit/record-audit.ts";
import { version } from "../../bootstrap.ts";
import { writeBackup } from "../../ops/backup.ts";
import { fileSha256, RestoreRefused, restoreBackup } from "../../ops/restore.ts";
import { systemActor, withContext } from "../cli-context.ts";

/** backup FILE: the whole database to one gzip file. */
export async function backup(args: string[]): Promise<number> {
  const file =
    args[0] ?? `gugus-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.jsonl.gz`;
  return withContext(
    async (ctx) => {
      const { header, sha256 } = await writeBackup(ctx.db, file, ctx.version, (table, rows) =>
        process.stderr.write(`\r${table}: ${rows}        `),
      );
      process.stderr.write("\n");
      const total = header.tables.reduce((n, t) => n + t.rows, 0);
      console.log(`Cadangan / backup: ${file} (${total} baris/rows, sha256 ${sha256})`);
      console.log(
        "Simpan juga kunci data (keys.json di GUGUS_DATA_DIR, atau GUGUS_DATA_KEY): tanpa kunci itu data terenkripsi tak terbaca.\n" +
          "  Keep the data key too (keys.json in GUGUS_DATA_DIR, or GUGUS_DATA_KEY): without it encrypted fields cannot be read.",
      );
      return 0;
    },
    { seed: false },
  );
}

/** restore FILE [--force]: replaces the database with a backup; refuses a non-empty one without --force. */
export async function restore(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Pemakaian / usage: npm run gugus -- restore FILE [--force]");
    return 2;
  }
  const sha256 = await fileSha256(file);
  return withContext(
    async (ctx) => {
      try {
        const header = await restoreBackup(ctx.db, file, {
          force: args.includes("--force"),
          onProgress: (table, rows, total) => process.stderr.write(`\r${table}: ${rows}/${total}        `),
        });
        process.stderr.write("\n");
        await recordAudit(ctx.db, systemActor, {
          event: "backup.restored",
          data: { file, sha256, createdAt: header.createdAt },
        });
        console.log(
          `Dipulihkan dari / restored from ${file} (dibuat/made ${header.createdAt}, Gugus ${header.appVersion}; sekarang/now ${version}).`,
        );
        return 0;
      } catch (err) {
        if (err instanceof RestoreRefused) {
          console.error(err.message);
          return 1;
        }
        throw err;
      }
    },
    { seed: false },
  );
}
