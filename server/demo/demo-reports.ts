import { wibDate } from "../lib/wib.ts";
import { createReport, type ReportAuthor } from "../modules/periodic-reports/periodic-reports.service.ts";
import { editAndFinalise, editNarrative } from "../modules/periodic-reports/report-changes.ts";
import { createReportRunner } from "../modules/periodic-reports/report-runner.ts";
import { rebuildStatisticsFacts } from "../modules/statistics/statistics-facts.ts";
import type { DemoGenerator } from "./seed-demo.ts";

const OBSTACLES =
  "Pendataan korban di tingkat kelurahan belum seragam, sehingga sebagian kasus baru tercatat setelah korban dirujuk ke UPT PPPA. Korban yang berasal dari luar Jakarta sering kembali ke daerah asal sebelum layanan lanjutan selesai, dan koordinasi dengan daerah asal belum berjalan rutin.";
const RECOMMENDATIONS =
  "1. Menyusun format pencatatan bersama bagi kelurahan dan sekolah.\n2. Menjalin kesepakatan rujukan dengan gugus tugas daerah asal korban terbanyak.\n3. Menambah sosialisasi di kelurahan yang belum terjangkau kegiatan pencegahan, dengan prioritas sekolah menengah.";

/**
 * The periodic reports of the demo, made by the same service the web uses, from the demo's own
 * data: last year's annual report, written and finalised by the secretariat (what leadership
 * reads), and this year's first-semester report still a draft (what the secretariat edits).
 * Runs after every other generator, so the figures count all of the demo's data.
 */
export const reportsGenerator: DemoGenerator = {
  name: "laporan periodik / periodic reports",
  async run({ ctx, refs }) {
    const coordinatorId = refs.userIds.get("koordinator@demo.gugus.id") ?? null;
    const author: ReportAuthor = {
      taskForceId: refs.taskForceId,
      userId: coordinatorId,
      actor: { kind: "system", label: "demo" },
    };
    const year = Number(wibDate(ctx.now()).slice(0, 4));
    // The generators wrote their cases past the case services, which would have marked them for
    // the statistics: the facts are built first, or the reports would count none of them.
    await rebuildStatisticsFacts(ctx.db);
    const errors: unknown[] = [];
    const runner = createReportRunner(ctx, (err) => errors.push(err));
    try {
      const annual = await createReport(ctx, runner, author, { kind: "annual", year: year - 1 });
      const semester = await createReport(ctx, runner, author, { kind: "semester", year, semester: 1 });
      await runner.idle();
      // A demo whose report could not be built is broken: say why rather than seed half of it.
      if (errors.length > 0) throw errors[0];
      await editAndFinalise(ctx, author, annual.id, {
        obstacles: OBSTACLES,
        recommendations: RECOMMENDATIONS,
      });
      await editNarrative(ctx, author, semester.id, {
        obstacles: "Catatan sementara: data semester ini masih dilengkapi oleh kelurahan.",
      });
    } finally {
      await runner.close();
    }
    return 2;
  },
};
