import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type {
  EarlyWarningPlaces,
  FileEarlyWarningInput,
  ListEarlyWarningsQuery,
} from "../../../shared/early-warnings.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { insertWithFreshCode } from "../../db/fresh-code.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import {
  earlyWarningEvents,
  earlyWarnings,
  organizations,
  regions,
  taskForces,
} from "../../db/schema/index.ts";
import { decryptField, encryptField } from "../../lib/crypto/field-encryption.ts";
import { pseudonymousCode } from "../../lib/crypto/pseudonym.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError, type FieldProblem, invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { visibleWarningsWhere } from "./early-warning.policy.ts";
import { loadWarning } from "./early-warning-access.ts";
import { openPhoto, photoProblems, storePhoto } from "./early-warning-photo.ts";
import { presentWarning, presentWarningSummary } from "./early-warnings.presenter.ts";
import {
  findRegion,
  findVillagesBelow,
  findWarningDetail,
  findWarningEvents,
  findWarningPhoto,
  listQueuePage,
  listRecentPage,
} from "./early-warnings.repository.ts";

/** The prefix of a warning's code: KWD-7K3M-Q9XW (kewaspadaan dini). */
export const WARNING_CODE_PREFIX = "KWD";
// A phone's clock may run a little ahead of the server's; more than this is a typo.
const CLOCK_SKEW_MINUTES = 5;

/** What was seen is bound to its row (see server/db/encrypted-columns.ts). */
export const descriptionContext = (id: string) => `early_warnings.description:${id}`;

/** The task force's own region (its city), which every report must lie within. */
export async function taskForceRegion(db: Db, taskForceId: string) {
  const [row] = await db
    .select({ code: taskForces.regionCode, name: regions.name })
    .from(taskForces)
    .innerJoin(regions, eq(regions.code, taskForces.regionCode))
    .where(eq(taskForces.id, taskForceId));
  return row!;
}

/** The observation must not lie ahead of now on the Jakarta clock (date, and time when given). */
function observedProblems(now: Date, input: FileEarlyWarningInput): FieldProblem[] {
  const today = wibDate(now);
  if (input.observedOn > today) return [{ field: "observedOn", key: "field.date_in_future" }];
  if (input.observedOn === today && input.observedTime) {
    const wib = new Date(now.getTime() + 7 * 3600_000);
    const nowMinutes = wib.getUTCHours() * 60 + wib.getUTCMinutes();
    const [hours, minutes] = input.observedTime.split(":").map(Number) as [number, number];
    if (hours * 60 + minutes > nowMinutes + CLOCK_SKEW_MINUTES) {
      return [{ field: "observedTime", key: "early_warning.time_in_future" }];
    }
  }
  return [];
}

/** A kelurahan within the task force's area: a report must land where the task force can act. */
async function placeProblems(db: Db, actor: UserActor, regionCode: string): Promise<FieldProblem[]> {
  const region = await findRegion(db, regionCode);
  if (!region) return [{ field: "regionCode", key: "field.region_unknown" }];
  const home = await taskForceRegion(db, actor.taskForceId);
  if (!region.code.startsWith(`${home.code}.`)) {
    return [{ field: "regionCode", key: "early_warning.region_outside", params: { region: home.name } }];
  }
  if (region.level !== "kelurahan") return [{ field: "regionCode", key: "early_warning.region_not_village" }];
  return [];
}

async function kindProblems(db: Db, kind: string): Promise<FieldProblem[]> {
  try {
    await checkTerm(db, "kind", "early_warning_type", kind);
    return [];
  } catch (err) {
    // The generic message names the list by its code; a reporter needs to hear what to do.
    if (err instanceof AppError && err.code === "validation_failed") {
      return [{ field: "kind", key: "early_warning.kind_unknown" }];
    }
    throw err;
  }
}

/**
 * Files an early warning from the field. Every problem of the form is found before anything is
 * written, and reported at once; the warning, its photo, its first timeline step and its audit
 * record are then written in one transaction.
 */
export async function fileEarlyWarning(ctx: AppContext, actor: UserActor, input: FileEarlyWarningInput) {
  const photo = input.photo ? photoProblems(input.photo) : null;
  const problems = [
    ...(await kindProblems(ctx.db, input.kind)),
    ...(await placeProblems(ctx.db, actor, input.regionCode)),
    ...observedProblems(ctx.now(), input),
    ...(photo?.problems ?? []),
  ];
  if (problems.length > 0) {
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  }
  const id = randomUUID();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await insertWithFreshCode(
      "early-warning code",
      () => pseudonymousCode(WARNING_CODE_PREFIX),
      async (code) => {
        const [row] = await tx
          .insert(earlyWarnings)
          .values({
            id,
            taskForceId: actor.taskForceId,
            code,
            kindCode: input.kind,
            urgency: input.urgency,
            regionCode: input.regionCode,
            placeDetail: input.placeDetail ?? null,
            observedOn: input.observedOn,
            observedTime: input.observedTime ?? null,
            descriptionEnc: encryptField(ctx.keyring, input.description, descriptionContext(id)),
            reportedById: actor.userId,
            organizationId: actor.organizationId,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing({ target: earlyWarnings.code })
          .returning({ id: earlyWarnings.id });
        return row;
      },
    );
    const stored = photo?.checked ? await storePhoto(tx, ctx, id, photo.checked) : null;
    await tx.insert(earlyWarningEvents).values({
      earlyWarningId: id,
      status: "new",
      occurredAt: now,
      actorId: actor.userId,
    });
    await recordAudit(tx, actor, {
      event: "early_warning.filed",
      recordType: "early_warning",
      recordId: id,
      data: {
        kind: input.kind,
        urgency: input.urgency,
        regionCode: input.regionCode,
        ...(stored ? { photo: stored } : {}),
      },
    });
  });
  return getEarlyWarning(ctx, actor, id);
}

/** One warning with what was seen, its photo's type and size, the escalation and the timeline. */
export async function getEarlyWarning(ctx: AppContext, actor: UserActor, warningId: string) {
  const record = await loadWarning(ctx.db, actor, warningId);
  const row = (await findWarningDetail(ctx.db, warningId))!;
  const description = decryptField(ctx.keyring, record.descriptionEnc, descriptionContext(record.id));
  const events = await findWarningEvents(ctx.db, warningId);
  return presentWarning(actor, record, row, description, events);
}

/**
 * The photo's bytes, for the secretariat and the reporter's side alike. Every read is audited:
 * a photo taken in the street may show a child or a face.
 */
export async function readEarlyWarningPhoto(ctx: AppContext, actor: UserActor, warningId: string) {
  const record = await loadWarning(ctx.db, actor, warningId);
  const row = await findWarningPhoto(ctx.db, warningId);
  if (!row) throw notFound();
  const file = openPhoto(ctx, row, record.code);
  await recordAudit(ctx.db, actor, {
    event: "early_warning.photo_viewed",
    recordType: "early_warning",
    recordId: warningId,
    data: { sha256: row.sha256 },
  });
  return file;
}

const UUID_PATTERN = /^[0-9a-f-]{36}$/i;

function cursorTime(value: unknown): Date {
  const at = new Date(String(value));
  if (Number.isNaN(at.getTime())) throw invalidField("cursor", "field.cursor_invalid");
  return at;
}

function cursorId(value: unknown): string {
  // The cursor comes back from the client: make sure the database is handed an id.
  if (!UUID_PATTERN.test(String(value))) throw invalidField("cursor", "field.cursor_invalid");
  return String(value);
}

function decodeQueueCursor(cursor: string | undefined) {
  const after = decodeCursor(cursor, 3);
  if (!after) return null;
  const priority = after[0];
  if (typeof priority !== "number" || !Number.isInteger(priority)) {
    throw invalidField("cursor", "field.cursor_invalid");
  }
  return { priority, createdAt: cursorTime(after[1]), id: cursorId(after[2]) };
}

/**
 * A page of warnings the caller may read. `all` (the secretariat) is the queue, the waiting and
 * the urgent first; `mine` (everyone) is the caller's and their organisation's, newest first.
 */
export async function listEarlyWarnings(ctx: AppContext, actor: UserActor, query: ListEarlyWarningsQuery) {
  // Asking for the queue without the right is refused, not quietly narrowed: a narrowed list
  // would read as "there is nothing else".
  if (query.scope === "all" && !actor.permissions.has("early_warning.manage")) {
    throw new AppError("forbidden", "early_warning.queue_needs_manage");
  }
  const queue = query.scope === "all";
  const filter = {
    visible: visibleWarningsWhere(actor, queue ? "all" : "mine"),
    status: query.status,
    kind: query.kind,
    urgency: query.urgency,
    regionCode: query.regionCode,
    from: query.from,
    to: query.to,
  };
  if (queue) {
    const rows = await listQueuePage(ctx.db, filter, decodeQueueCursor(query.cursor), query.limit);
    const page = pageOf(rows, query.limit, (r) => [Number(r.priority), r.createdAt.toISOString(), r.id]);
    return { items: page.items.map(presentWarningSummary), nextCursor: page.nextCursor };
  }
  const after = decodeCursor(query.cursor, 2);
  const rows = await listRecentPage(
    ctx.db,
    filter,
    after ? { createdAt: cursorTime(after[0]), id: cursorId(after[1]) } : null,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return { items: page.items.map(presentWarningSummary), nextCursor: page.nextCursor };
}

/**
 * What the filing form offers: every kelurahan of the task force's area by kecamatan, starting
 * on the reporter's own kelurahan when their organisation sits in one.
 */
export async function earlyWarningPlaces(ctx: AppContext, actor: UserActor): Promise<EarlyWarningPlaces> {
  const home = await taskForceRegion(ctx.db, actor.taskForceId);
  const villages = await findVillagesBelow(ctx.db, home.code);
  const [org] = await ctx.db
    .select({ regionCode: organizations.regionCode })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const districts = new Map<string, EarlyWarningPlaces["districts"][number]>();
  for (const v of villages) {
    let district = districts.get(v.districtCode);
    if (!district) {
      district = { code: v.districtCode, name: v.districtName, villages: [] };
      districts.set(v.districtCode, district);
    }
    district.villages.push({ code: v.code, name: v.name });
  }
  const own = villages.find((v) => v.code === org?.regionCode);
  return { defaultRegionCode: own?.code ?? null, districts: [...districts.values()] };
}
