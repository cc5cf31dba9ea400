import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { and, eq } from "drizzle-orm";
import { type ImportFormat, importFormats } from "../../../shared/imports.ts";
import type { AppContext } from "../../app-context.ts";
import { organizations, taskForces } from "../../db/schema/index.ts";
import { HOME_TASK_FORCE_CODE, SECRETARIAT_ORG_NAME } from "../../db/seed/reference-seed.ts";
import { runImport } from "../../modules/imports/import-job.ts";
import { sweepAbandonedImports } from "../../modules/imports/import-runner.ts";
import { presentImport } from "../../modules/imports/imports.presenter.ts";
import { findImport, importErrorsOf } from "../../modules/imports/imports.repository.ts";
import { createImportJob } from "../../modules/imports/imports.service.ts";
import { option, systemActor, withContext } from "../cli-context.ts";
import { progressReporter } from "../progress.ts";

const usage = `Pemakaian / usage: npm run gugus -- import --format ${importFormats.join("|")} [--dry-run] [--partial]
    [--task-force KODE] [--organization ID] FILE
  --dry-run        periksa dan hitung saja, tidak menyimpan / check and count only, save nothing
  --partial        simpan baris yang sah, tolak sisanya / keep the valid rows, reject the rest
                   (bawaan: semua atau tidak sama sekali / default: all or nothing)
  --task-force     gugus tugas tujuan (bawaan / default ${HOME_TASK_FORCE_CODE})
  --organization   organisasi pemimpin kasus (bawaan: sekretariat) / lead organisation (default: secretariat)`;

/** Problems shown on the terminal; the web and the API list more, the CSV of problems all. */
const SHOWN = 50;

/**
 * import FILE: the same import as the web's, run in this process with a progress bar. Exit 0 when
 * everything read was imported (or checked, in a dry run), 1 when rows were rejected in
 * all-or-nothing mode or the file was refused, 2 for a wrong command line.
 */
export async function importCommand(args: string[]): Promise<number> {
  const format = option(args, "format") as ImportFormat | undefined;
  const valued = new Set(["--format", "--task-force", "--organization"]);
  const file = args.find((a, i) => !a.startsWith("--") && !valued.has(args[i - 1] ?? ""));
  if (!format || !importFormats.includes(format) || !file || !existsSync(file)) {
    console.error(usage);
    return 2;
  }
  const dryRun = args.includes("--dry-run");
  const allOrNothing = !args.includes("--partial");
  const bytes = readFileSync(file);
  return withContext(async (ctx) => {
    const owner = await ownerOf(
      ctx,
      option(args, "task-force") ?? HOME_TASK_FORCE_CODE,
      option(args, "organization"),
    );
    if (!owner) {
      console.error("Gugus tugas atau organisasi tidak ditemukan / task force or organisation not found");
      return 2;
    }
    if (bytes.length > ctx.config.importMaxBytes) {
      console.error(
        `Berkas lebih dari / file larger than ${ctx.config.importMaxBytes / 1024 / 1024} MB (GUGUS_IMPORT_MAX_MB)`,
      );
      return 1;
    }
    await sweepAbandonedImports(ctx, []);
    const job = await createImportJob(
      ctx.db,
      ctx,
      { ...owner, userId: null, label: systemActor.label, actor: systemActor },
      { bytes, fileName: basename(file), format, dryRun, allOrNothing },
    );
    const progress = progressReporter(dryRun ? "uji coba / dry run" : "impor / import");
    const t0 = Date.now();
    await runImport(ctx, job, {
      progress: (fraction) => progress.update(Math.round(fraction * 100), 100),
      checkpoint: () => {},
      writing: () => {},
    });
    progress.update(100, 100);
    progress.stop();
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);

    const row = (await findImport(ctx.db, owner.taskForceId, job.id))!;
    const shown = presentImport("id", row, await importErrorsOf(ctx.db, job.id, SHOWN));
    const english = presentImport("en", row, { rows: [], total: 0 });
    console.log(
      `Impor / import ${job.id}: ${shown.rowsRead} dibaca/read, ${shown.created} diimpor/created (${shown.casesCreated} kasus/cases), ${shown.rejected} ditolak/rejected (${seconds} s)`,
    );
    console.log(shown.message);
    console.log(english.message);
    for (const e of shown.errors) console.error(`  baris/row ${e.row} ${e.field}: ${e.message}`);
    if (shown.errorCount > SHOWN)
      console.error(`  … dan/and ${shown.errorCount - SHOWN} lagi/more: GET /api/imports/${job.id}/errors`);
    return shown.status === "failed" || (allOrNothing && shown.rejected > 0) ? 1 : 0;
  });
}

/** The task force by code and the organisation that leads the cases (its secretariat by default). */
async function ownerOf(ctx: AppContext, taskForceCode: string, organizationId: string | undefined) {
  const [taskForce] = await ctx.db
    .select({ id: taskForces.id })
    .from(taskForces)
    .where(eq(taskForces.code, taskForceCode));
  if (!taskForce) return null;
  if (organizationId !== undefined && !/^[0-9a-f-]{36}$/i.test(organizationId)) return null;
  const [organization] = await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.taskForceId, taskForce.id),
        organizationId ? eq(organizations.id, organizationId) : eq(organizations.name, SECRETARIAT_ORG_NAME),
      ),
    );
  return organization ? { taskForceId: taskForce.id, leadOrganizationId: organization.id } : null;
}
