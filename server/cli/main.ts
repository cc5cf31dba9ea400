import { adminCreate } from "./commands/admin-create.ts";
import { auditVerify } from "./commands/audit-verify.ts";
import { backup, restore } from "./commands/backup.ts";
import { importCommand } from "./commands/import.ts";
import { keysRotate } from "./commands/keys-rotate.ts";
import { regionsImport } from "./commands/regions-import.ts";
import { statisticsRebuild } from "./commands/statistics-rebuild.ts";

/** The operators' commands: `npm run gugus -- <command> [arguments]`. */
const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  "admin:create": {
    run: adminCreate,
    help: '--email E --name "N" [--password-stdin]   buat administrator / create an administrator',
  },
  "regions:import": {
    run: regionsImport,
    help: "FILE.csv   muat daftar wilayah nasional / load the national region list",
  },
  import: {
    run: importCommand,
    help: "--format ctdc-k-anon-2021|gugus-template [--dry-run] [--partial] FILE   impor korban / import victims",
  },
  "audit:verify": { run: auditVerify, help: "periksa rantai hash jejak audit / verify the audit hash chain" },
  "keys:rotate": { run: keysRotate, help: "kunci data baru dan enkripsi ulang / new data key, re-encrypt" },
  "statistics:rebuild": {
    run: statisticsRebuild,
    help: "bangun ulang fakta statistik / recompute the statistics facts",
  },
  backup: { run: backup, help: "[FILE]   cadangkan seluruh basis data / back up the whole database" },
  restore: { run: restore, help: "FILE [--force]   pulihkan dari cadangan / restore from a backup" },
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error("Perintah / commands (npm run gugus -- <perintah>):");
  for (const [n, c] of Object.entries(commands)) console.error(`  ${n} ${c.help}`);
  process.exit(name ? 2 : 0);
}
try {
  process.exitCode = await command.run(args);
} catch (err) {
  console.error(`Gagal / failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
