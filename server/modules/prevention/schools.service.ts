import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type {
  CreateSchoolInput,
  ListSchoolsQuery,
  SchoolDto,
  UpdateSchoolInput,
} from "../../../shared/schools.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { schools } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { checkKelurahan } from "./activity-rules.ts";
import { findSchool, findSchoolByNpsn, listSchoolsPage, type SchoolRow } from "./schools.repository.ts";

function presentSchool(actor: UserActor, row: SchoolRow): SchoolDto {
  return {
    id: row.id,
    name: row.name,
    level: row.level as SchoolDto["level"],
    ownership: row.ownership as SchoolDto["ownership"],
    npsn: row.npsn,
    regionCode: row.regionCode,
    regionName: row.regionName ?? row.regionCode,
    kecamatanName: row.kecamatanName,
    address: row.address,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    active: row.active,
    abilities: { update: actor.permissions.has("prevention.coordinate") },
  };
}

/** The registry, in name order, searchable by name or NPSN and filtered by area and level. */
export async function listSchools(ctx: AppContext, actor: UserActor, query: ListSchoolsQuery) {
  const cursor = decodeCursor(query.cursor, 2);
  const after = cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : null;
  if (after && !/^[0-9a-f-]{36}$/i.test(after.id)) throw invalidField("cursor", "field.cursor_invalid");
  const rows = await listSchoolsPage(
    ctx.db,
    {
      taskForceId: actor.taskForceId,
      q: query.q || undefined,
      regionCode: query.regionCode,
      level: query.level,
      active: query.active === undefined ? undefined : query.active === "true",
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
  return { items: page.items.map((r) => presentSchool(actor, r)), nextCursor: page.nextCursor };
}

export async function getSchool(ctx: AppContext, actor: UserActor, schoolId: string) {
  const row = await findSchool(ctx.db, schoolId);
  if (!row || row.taskForceId !== actor.taskForceId) throw notFound();
  return presentSchool(actor, row);
}

async function checkSchoolFields(
  db: Db,
  actor: UserActor,
  input: { npsn?: string | null; regionCode?: string; organizationId?: string | null },
  schoolId?: string,
) {
  if (input.regionCode) await checkKelurahan(db, actor, "regionCode", input.regionCode);
  if (input.organizationId) await checkOrganization(db, actor, "organizationId", input.organizationId);
  if (input.npsn) {
    const other = await findSchoolByNpsn(db, actor.taskForceId, input.npsn);
    if (other && other.id !== schoolId) throw invalidField("npsn", "school.npsn_taken");
  }
}

/** Adds a school to the registry (the secretariat). */
export async function createSchool(ctx: AppContext, actor: UserActor, input: CreateSchoolInput) {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await checkSchoolFields(tx, actor, input);
    await tx.insert(schools).values({
      id,
      taskForceId: actor.taskForceId,
      name: input.name,
      level: input.level,
      ownership: input.ownership,
      npsn: input.npsn ?? null,
      regionCode: input.regionCode,
      address: input.address ?? null,
      organizationId: input.organizationId ?? null,
      active: input.active,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "school.created",
      recordType: "school",
      recordId: id,
      data: { name: input.name, regionCode: input.regionCode },
    });
  });
  return getSchool(ctx, actor, id);
}

export async function updateSchool(
  ctx: AppContext,
  actor: UserActor,
  schoolId: string,
  input: UpdateSchoolInput,
) {
  await getSchool(ctx, actor, schoolId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(schools).where(eq(schools.id, schoolId)).for("update");
    await checkSchoolFields(tx, actor, input, schoolId);
    const fields = (Object.keys(input) as (keyof UpdateSchoolInput)[]).filter(
      (k) => input[k] !== undefined && (input[k] ?? null) !== before![k],
    );
    if (fields.length === 0) return;
    await tx
      .update(schools)
      .set({ ...input, updatedAt: ctx.now() })
      .where(eq(schools.id, schoolId));
    await recordAudit(tx, actor, {
      event: "school.updated",
      recordType: "school",
      recordId: schoolId,
      data: { fields },
    });
  });
  return getSchool(ctx, actor, schoolId);
}
