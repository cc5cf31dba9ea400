import type { AgeBand, ParticipantSex } from "../../../shared/prevention.ts";
import type { ExportFormat } from "../../../shared/prevention-tests.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { AppError } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { activityView } from "../prevention/activities.service.ts";
import { loadActivity } from "../prevention/activity-access.ts";
import { openAttendee } from "../prevention/attendee-identity.ts";
import { findAttendees } from "../prevention/attendees.repository.ts";
import { termLabels } from "../vocabularies/vocabularies.service.ts";
import { slugOf } from "./file-names.ts";
import { type Texts, textsOf } from "./report-texts.ts";
import { type Cell, writeSpreadsheet } from "./spreadsheet.ts";

/**
 * An activity's attendance list with the names and phone numbers decrypted, as XLSX or CSV.
 * Only those who run the activity may have it, and every copy is audited as a personal-data
 * export. The columns are the import template's, in the caller's language, so the file can be
 * read back as the list of a follow-up activity; an XLSX also carries the activity on a sheet.
 */
export async function exportAttendance(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  format: ExportFormat,
  locale: Locale,
) {
  await loadActivity(ctx.db, actor, activityId, "manageAttendees");
  const attendees = await findAttendees(ctx.db, activityId);
  if (attendees.length === 0) throw new AppError("conflict", "prevention_export.attendance_empty");
  const t = textsOf(locale);
  const activity = await activityView(ctx, actor, activityId);
  const rows: Cell[][] = attendees.map((row, i) => {
    const { name, phone } = openAttendee(ctx.keyring, row);
    return [
      i + 1,
      name,
      row.affiliation,
      t(`sex.${row.sex as ParticipantSex}`),
      t(`band.${row.ageBand as AgeBand}`),
      phone,
    ];
  });
  const list = {
    name: t("sheet.attendance"),
    columns: [
      { header: t("col.no"), width: 6 },
      { header: t("col.name"), width: 32 },
      { header: t("col.affiliation"), width: 32 },
      { header: t("col.sex"), width: 14 },
      { header: t("col.ageBand"), width: 14 },
      { header: t("col.phone"), width: 18 },
    ],
    rows,
  };
  const typeLabel = await termLabels(ctx.db, "prevention_activity_type", [activity.typeCode]);
  const about = {
    name: t("sheet.activity"),
    headerRow: false,
    columns: [
      { header: "", width: 24 },
      { header: "", width: 60 },
    ],
    rows: activitySheetRows(t, {
      title: activity.title,
      type: typeLabel(activity.typeCode)[locale],
      startsAt: new Date(activity.startsAt),
      place: [activity.schoolName, activity.placeDetail, activity.regionName].filter(Boolean).join(", "),
      organizer: activity.organizerName,
    }),
  };
  const file = await writeSpreadsheet(format, [list, about]);
  await recordAudit(ctx.db, actor, {
    event: "prevention.attendance_exported",
    recordType: "prevention_activity",
    recordId: activityId,
    data: { format, rows: rows.length },
  });
  const date = wibDate(new Date(activity.startsAt));
  return { ...file, fileName: `${t("file.attendance")}-${slugOf(activity.title)}-${date}.${file.extension}` };
}

function activitySheetRows(
  t: Texts,
  a: { title: string; type: string; startsAt: Date; place: string; organizer: string },
): Cell[][] {
  return [
    [t("report.activity"), a.title],
    [t("report.type"), a.type],
    [t("col.startsAt"), a.startsAt],
    [t("report.place"), a.place || t("report.online")],
    [t("report.organizer"), a.organizer],
  ];
}
