import { countFields, type ParticipantCounts } from "../../../shared/prevention.ts";
import type { ExportActivitiesQuery } from "../../../shared/prevention-tests.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { enteredCounts, presentActivitySummary } from "../prevention/activities.presenter.ts";
import {
  type ActivitySummaryRow,
  type ListCursor,
  listActivitiesPage,
} from "../prevention/activities.repository.ts";
import { activityFilterOf } from "../prevention/activities.service.ts";
import { startOfWibDay } from "../prevention/wib-periods.ts";
import { averageScoresOf } from "../prevention-tests/knowledge-tests.repository.ts";
import { termLabels } from "../vocabularies/vocabularies.service.ts";
import { textsOf } from "./report-texts.ts";
import { exportDetailsOf, listedCountsOf } from "./reports.repository.ts";
import { type Cell, type Column, writeSpreadsheet } from "./spreadsheet.ts";

const BATCH = 500;

/** The list's rows in the list's order, read a batch at a time. */
async function* activityBatches(ctx: AppContext, actor: UserActor, query: ExportActivitiesQuery) {
  const filter = activityFilterOf(actor, query);
  const today = startOfWibDay(ctx.now());
  let after: ListCursor | null = null;
  for (;;) {
    const page = await listActivitiesPage(ctx.db, filter, today, after, BATCH);
    const batch = page.slice(0, BATCH);
    if (batch.length > 0) yield batch;
    if (page.length <= BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { upcoming: last.upcoming, startsAt: last.startsAt, id: last.id };
  }
}

/**
 * The activities the list shows with the same filters, one row each, as XLSX or CSV: headers
 * in the caller's language, vocabulary labels rather than codes, times in WIB, participants by
 * sex and age band, and the knowledge test's average scores. Audited: the file leaves the system.
 */
export async function exportActivities(
  ctx: AppContext,
  actor: UserActor,
  query: ExportActivitiesQuery,
  locale: Locale,
) {
  const t = textsOf(locale);
  const now = ctx.now();
  const columns: Column[] = [
    { header: t("col.no"), width: 6 },
    { header: t("col.title"), width: 40 },
    { header: t("col.type"), width: 20 },
    { header: t("col.status"), width: 14 },
    { header: t("col.startsAt"), width: 18 },
    { header: t("col.endsAt"), width: 18 },
    { header: t("col.placeKind"), width: 14 },
    { header: t("col.kelurahan"), width: 20 },
    { header: t("col.kecamatan"), width: 18 },
    { header: t("col.school"), width: 28 },
    { header: t("col.placeDetail"), width: 28 },
    { header: t("col.organizer"), width: 30 },
    { header: t("col.partners"), width: 36 },
    { header: t("col.targetGroups"), width: 36 },
    { header: t("col.workingGroup"), width: 24 },
    ...countFields.map((field) => ({ header: t(`col.${field}`), width: 12 })),
    { header: t("col.total"), width: 12 },
    { header: t("col.participantSource"), width: 18 },
    { header: t("col.preAverage"), width: 14 },
    { header: t("col.postAverage"), width: 14 },
    { header: t("col.notes"), width: 40 },
    { header: t("col.id"), width: 38 },
  ];
  const rows: Cell[][] = [];
  for await (const batch of activityBatches(ctx, actor, query)) {
    const ids = batch.map((r) => r.id);
    const details = await exportDetailsOf(ctx.db, ids);
    const listed = await listedCountsOf(ctx.db, ids);
    const scores = await averageScoresOf(ctx.db, ids);
    const typeLabel = await termLabels(ctx.db, "prevention_activity_type", [
      ...new Set(batch.map((r) => r.typeCode)),
    ]);
    const groupLabel = await termLabels(ctx.db, "target_group", [
      ...new Set(batch.flatMap((r) => r.targetGroupCodes)),
    ]);
    for (const row of batch) {
      const summary = presentActivitySummary(row, now);
      const detail = details.get(row.id);
      const counts = countsOf(row, listed.get(row.id));
      const score = scores.get(row.id);
      const workingGroup = locale === "id" ? detail?.workingGroupNameId : detail?.workingGroupNameEn;
      rows.push([
        rows.length + 1,
        row.title,
        typeLabel(row.typeCode)[locale],
        t(`status.${summary.status}`),
        row.startsAt,
        row.endsAt,
        t(`place.${summary.placeKind}`),
        row.regionName,
        detail?.kecamatanName ?? null,
        row.schoolName,
        detail?.placeDetail ?? null,
        row.organizerName,
        detail?.partners.join("; ") ?? null,
        row.targetGroupCodes.map((code) => groupLabel(code)[locale]).join("; "),
        workingGroup ?? null,
        ...countFields.map((field) => (counts ? counts[field] : null)),
        summary.participantSource === "none" ? null : summary.participantTotal,
        t(`source.${summary.participantSource}`),
        score?.pre ?? null,
        score?.post ?? null,
        detail?.notes ?? null,
        row.id,
      ]);
    }
  }
  const file = await writeSpreadsheet(query.format, [{ name: t("sheet.activities"), columns, rows }]);
  const { format, lang: _lang, ...filters } = query;
  await recordAudit(ctx.db, actor, {
    event: "prevention.activities_exported",
    recordType: "prevention_activity",
    data: { format, filters, rows: rows.length },
  });
  return { ...file, fileName: `${t("file.activities")}-${wibDate(now)}.${file.extension}` };
}

/** The participant counts an export shows: the attendance list's when there is one, else those entered. */
function countsOf(row: ActivitySummaryRow, listed: ParticipantCounts | undefined): ParticipantCounts | null {
  if (row.attendeeCount > 0) return listed ?? null;
  return enteredCounts(row);
}
