import { createHash, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type {
  AttendeeDto,
  AttendeeImportInput,
  AttendeeImportResult,
  AttendeeInput,
  ParticipantSex,
} from "../../../shared/prevention.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { activityAttendees, preventionActivities } from "../../db/schema/index.ts";
import { translateParams } from "../../http/error-handler.ts";
import { zipEntryNames } from "../../lib/encrypted-files/content-types.ts";
import { AppError, type FieldProblem, invalidField, notFound } from "../../lib/errors.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import { enteredCounts } from "./activities.presenter.ts";
import { type ActivityRow, findActivityRecord } from "./activities.repository.ts";
import { activityView } from "./activities.service.ts";
import { loadActivity } from "./activity-access.ts";
import { listedCounts } from "./activity-rules.ts";
import { attendeeKey, openAttendee, sealAttendee } from "./attendee-identity.ts";
import { columnOfField, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, parseRows, readSheet } from "./attendee-import.ts";
import {
  type AttendeeRow,
  findAttendee,
  findAttendees,
  findPersonKeys,
  otherActivityCounts,
} from "./attendees.repository.ts";

function presentAttendee(ctx: AppContext, row: AttendeeRow, otherActivities: number): AttendeeDto {
  const { name, phone } = openAttendee(ctx.keyring, row);
  return {
    id: row.id,
    name,
    affiliation: row.affiliation,
    sex: row.sex as ParticipantSex,
    ageBand: row.ageBand as AttendeeDto["ageBand"],
    phone,
    otherActivities,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The attendance list, with the counts it stands for; for those who run the activity only. */
export async function listAttendees(ctx: AppContext, actor: UserActor, activityId: string) {
  await loadActivity(ctx.db, actor, activityId, "manageAttendees");
  const rows = await findAttendees(ctx.db, activityId);
  const others = await otherActivityCounts(ctx.db, actor.taskForceId, activityId);
  return {
    items: rows.map((row) => presentAttendee(ctx, row, others.get(row.personKey) ?? 0)),
    counts: await listedCounts(ctx.db, activityId),
  };
}

/**
 * Locks the activity for a change of its list. A cancelled activity had nobody; the first name
 * on a list replaces counts entered before (the UI says so before it happens).
 */
async function lockForList(tx: Db, activityId: string) {
  const row = (await findActivityRecord(tx, activityId, { forUpdate: true }))!;
  if (row.status === "cancelled") throw new AppError("conflict", "prevention.attendees_cancelled");
  return row;
}

async function addToList(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  inputs: { input: AttendeeInput; id: string }[],
) {
  const now = ctx.now();
  await tx.insert(activityAttendees).values(
    // A millisecond apart, so an imported list reads in the file's order.
    inputs.map(({ input, id }, index) => ({
      id,
      activityId,
      ...sealAttendee(ctx.keyring, id, input),
      affiliation: input.affiliation ?? null,
      sex: input.sex,
      ageBand: input.ageBand,
      createdById: actor.userId,
      createdAt: new Date(now.getTime() + index),
    })),
  );
  await tx
    .update(preventionActivities)
    .set({
      attendeeCount: sql`${preventionActivities.attendeeCount} + ${inputs.length}`,
      femaleChildren: null,
      femaleAdults: null,
      femaleOlder: null,
      maleChildren: null,
      maleAdults: null,
      maleOlder: null,
      updatedAt: now,
    })
    .where(eq(preventionActivities.id, activityId));
}

const hadCounts = (row: ActivityRow) => enteredCounts(row) !== null;

/** Adds one person to the list, as typed on a phone at the door. A name twice is refused. */
export async function addAttendee(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: AttendeeInput,
) {
  await loadActivity(ctx.db, actor, activityId, "manageAttendees");
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = await lockForList(tx, activityId);
    const keys = await findPersonKeys(tx, activityId);
    if (keys.has(attendeeKey(ctx.keyring, input.name, input.sex))) {
      throw invalidField("name", "prevention.attendee_duplicate");
    }
    await addToList(tx, ctx, actor, activityId, [{ input, id }]);
    await recordAudit(tx, actor, {
      event: "prevention.attendee_added",
      recordType: "prevention_activity",
      recordId: activityId,
      data: { attendeeId: id, countsReplaced: row.attendeeCount === 0 && hadCounts(row) },
    });
  });
  const row = (await findAttendee(ctx.db, activityId, id))!;
  return presentAttendee(ctx, row, 0);
}

export async function removeAttendee(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  attendeeId: string,
) {
  await loadActivity(ctx.db, actor, activityId, "manageAttendees");
  await ctx.db.transaction(async (tx) => {
    await findActivityRecord(tx, activityId, { forUpdate: true });
    const attendee = await findAttendee(tx, activityId, attendeeId);
    if (!attendee) throw notFound();
    await tx.delete(activityAttendees).where(eq(activityAttendees.id, attendeeId));
    await tx
      .update(preventionActivities)
      .set({ attendeeCount: sql`${preventionActivities.attendeeCount} - 1`, updatedAt: ctx.now() })
      .where(eq(preventionActivities.id, activityId));
    await recordAudit(tx, actor, {
      event: "prevention.attendee_removed",
      recordType: "prevention_activity",
      recordId: activityId,
      data: { attendeeId },
    });
  });
  return activityView(ctx, actor, activityId);
}

/** The file's bytes must be what its name says: a ZIP with a workbook inside, or text. */
function fileLooksRight(fileName: string, content: Buffer): boolean {
  if (/\.xlsx$/i.test(fileName)) return zipEntryNames(content)?.some((n) => n.startsWith("xl/")) ?? false;
  return !content.subarray(0, 4096).includes(0);
}

/**
 * Reads an attendance list from a spreadsheet. Every row is either accepted or rejected with
 * its reason; a preview (`commit: false`) changes nothing. Committing while rows are rejected
 * must be asked for (`skipRejected`), so none is left out unnoticed. People already on the list,
 * or twice in the file, are rejected: a list counts each person once.
 */
export async function importAttendees(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: AttendeeImportInput,
  locale: Locale,
): Promise<AttendeeImportResult> {
  const record = await loadActivity(ctx.db, actor, activityId, "manageAttendees");
  if (record.status === "cancelled") throw new AppError("conflict", "prevention.attendees_cancelled");
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length > IMPORT_MAX_BYTES) {
    throw invalidField("contentBase64", "prevention.import_too_large", {
      maximum: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  }
  if (!fileLooksRight(input.fileName, content))
    throw invalidField("contentBase64", "prevention.import_unreadable");
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(input.fileName, content);
  } catch {
    throw invalidField("contentBase64", "prevention.import_unreadable");
  }
  if (sheet.length - 1 > IMPORT_MAX_ROWS) {
    throw invalidField("contentBase64", "prevention.import_too_many_rows", { maximum: IMPORT_MAX_ROWS });
  }
  const { rows, missingColumns } = parseRows(sheet);
  if (missingColumns.length > 0) {
    throw invalidField("contentBase64", "prevention.import_missing_columns", {
      columns: missingColumns.join(", "),
    });
  }

  const existing = await findPersonKeys(ctx.db, activityId);
  const seen = new Map<string, number>();
  const accepted: { row: number; input: AttendeeInput; id: string }[] = [];
  const rejected: { row: number; problem: FieldProblem }[] = [];
  for (const parsed of rows) {
    if (!parsed.input) {
      for (const problem of parsed.problems) rejected.push({ row: parsed.row, problem });
      continue;
    }
    const key = attendeeKey(ctx.keyring, parsed.input.name, parsed.input.sex);
    const earlier = seen.get(key);
    if (existing.has(key)) {
      rejected.push({
        row: parsed.row,
        problem: { field: columnOfField.name, key: "prevention.attendee_duplicate" },
      });
    } else if (earlier !== undefined) {
      rejected.push({
        row: parsed.row,
        problem: {
          field: columnOfField.name,
          key: "prevention.attendee_duplicate_row",
          params: { row: earlier },
        },
      });
    } else {
      seen.set(key, parsed.row);
      accepted.push({ row: parsed.row, input: parsed.input, id: randomUUID() });
    }
  }
  const result: AttendeeImportResult = {
    committed: false,
    rowsRead: rows.length,
    accepted: accepted.map(({ row, input: a }) => ({
      row,
      name: a.name,
      affiliation: a.affiliation ?? null,
      sex: a.sex,
      ageBand: a.ageBand,
      hasPhone: Boolean(a.phone),
    })),
    rejected: rejected.map(({ row, problem }) => ({
      row,
      field: problem.field,
      message: translate(locale, problem.key, translateParams(problem.params, locale)),
    })),
    created: 0,
  };
  if (!input.commit) return result;
  if (rejected.length > 0 && !input.skipRejected) {
    throw invalidField("skipRejected", "prevention.import_has_rejected", {
      count: new Set(rejected.map((r) => r.row)).size,
    });
  }
  if (accepted.length === 0) throw invalidField("contentBase64", "prevention.import_nothing");

  await ctx.db.transaction(async (tx) => {
    const row = await lockForList(tx, activityId);
    // Someone may have typed a name in while the preview was read.
    const now = await findPersonKeys(tx, activityId);
    if (accepted.some((a) => now.has(attendeeKey(ctx.keyring, a.input.name, a.input.sex)))) {
      throw new AppError("conflict", "prevention.import_list_changed");
    }
    await addToList(tx, ctx, actor, activityId, accepted);
    await recordAudit(tx, actor, {
      event: "prevention.attendees_imported",
      recordType: "prevention_activity",
      recordId: activityId,
      data: {
        rowsRead: rows.length,
        created: accepted.length,
        rejected: result.rejected.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        countsReplaced: row.attendeeCount === 0 && hadCounts(row),
      },
    });
  });
  return { ...result, committed: true, created: accepted.length };
}
