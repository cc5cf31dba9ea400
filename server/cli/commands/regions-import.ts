import { existsSync } from "node:fs";
import { importRegions, readRegionsCsv } from "../../modules/regions/regions-import.ts";
import { fileSha256 } from "../../ops/restore.ts";
import { systemActor, withContext } from "../cli-context.ts";
import { progressReporter } from "../progress.ts";

/** regions:import FILE.csv: the national Kemendagri list (code,name,level,parent_code). */
export async function regionsImport(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || !existsSync(file)) {
    console.error(
      "Pemakaian / usage: npm run gugus -- regions:import FILE.csv   (kolom/columns: code,name,level,parent_code)",
    );
    return 2;
  }
  const t0 = Date.now();
  const parsed = await readRegionsCsv(file);
  const fileHash = await fileSha256(file);
  return withContext(async (ctx) => {
    const progress = progressReporter("wilayah / regions");
    const result = await importRegions(ctx.db, systemActor, { ...parsed, fileHash }, progress.update);
    progress.stop();
    if (result.problems.length > 0) {
      console.error(
        `Tidak ada yang diimpor: ${result.problems.length} baris bermasalah / nothing imported, rows with problems:`,
      );
      for (const p of result.problems.slice(0, 50))
        console.error(`  baris/row ${p.row} ${p.field}: ${p.message}`);
      if (result.problems.length > 50) console.error(`  … dan/and ${result.problems.length - 50} lagi/more`);
      return 1;
    }
    console.log(
      `Wilayah / regions: ${result.rowsRead} dibaca/read, ${result.created} baru/created, ${result.updated} diubah/updated, ${result.unchanged} sama/unchanged (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    return 0;
  });
}
