import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import {
  organizations,
  taskForceDecrees,
  taskForceMemberships,
  taskForceMembershipWorkingGroups,
  workingGroups,
} from "../../db/schema/index.ts";

export type DecreeRow = typeof taskForceDecrees.$inferSelect & { memberCount: number };
export type MembershipRow = typeof taskForceMemberships.$inferSelect & {
  organizationName: string;
  organizationShortName: string | null;
  workingGroupIds: string[];
};

/** A seat holds on `day` when it began on or before it and had not ended (valid_to is exclusive). */
export function holdsOn(day: string): SQL {
  return and(
    lte(taskForceMemberships.validFrom, day),
    or(isNull(taskForceMemberships.validTo), gt(taskForceMemberships.validTo, day)),
  )!;
}

export async function findDecrees(db: Db, taskForceId: string, id?: string): Promise<DecreeRow[]> {
  const rows = await db
    .select({
      decree: taskForceDecrees,
      // Spelled out: drizzle drops table names in single-table selects, which would bind "id" to m.
      memberCount: sql<number>`(SELECT count(*)::int FROM task_force_memberships m WHERE m.decree_id = "task_force_decrees"."id")`,
    })
    .from(taskForceDecrees)
    .where(and(eq(taskForceDecrees.taskForceId, taskForceId), id ? eq(taskForceDecrees.id, id) : undefined))
    .orderBy(desc(taskForceDecrees.periodStart), desc(taskForceDecrees.signedOn));
  return rows.map((r) => ({ ...r.decree, memberCount: Number(r.memberCount) }));
}

/** Memberships with their organisation and working groups; `where` narrows (always by task force). */
export async function findMemberships(
  db: Db,
  taskForceId: string,
  where?: SQL,
  options: { forUpdate?: boolean } = {},
): Promise<MembershipRow[]> {
  const query = db
    .select({
      m: taskForceMemberships,
      organizationName: organizations.name,
      organizationShortName: organizations.shortName,
    })
    .from(taskForceMemberships)
    .innerJoin(organizations, eq(organizations.id, taskForceMemberships.organizationId))
    .where(and(eq(taskForceMemberships.taskForceId, taskForceId), where))
    .orderBy(
      // pengarah, ketua, ketua harian, sekretaris, anggota: the org chart's order
      sql`array_position(array['pengarah','ketua','ketua_harian','sekretaris','anggota'], ${taskForceMemberships.positionCode})`,
      asc(organizations.name),
      desc(taskForceMemberships.validFrom),
      asc(taskForceMemberships.id),
    );
  const rows = options.forUpdate ? await query.for("update", { of: taskForceMemberships }) : await query;
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(taskForceMembershipWorkingGroups)
    .where(
      inArray(
        taskForceMembershipWorkingGroups.membershipId,
        rows.map((r) => r.m.id),
      ),
    );
  const groups = new Map<string, string[]>();
  for (const l of links)
    groups.set(l.membershipId, [...(groups.get(l.membershipId) ?? []), l.workingGroupId]);
  return rows.map((r) => ({
    ...r.m,
    organizationName: r.organizationName,
    organizationShortName: r.organizationShortName,
    workingGroupIds: groups.get(r.m.id) ?? [],
  }));
}

export async function findWorkingGroups(db: Db, taskForceId: string) {
  return db
    .select()
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, taskForceId))
    .orderBy(asc(workingGroups.planVersion), asc(workingGroups.number));
}

/** The seats holding a single-seat position on a day (there should be at most one). */
export async function holdersOf(db: Db, taskForceId: string, positionCode: string, day: string) {
  return db
    .select({
      id: taskForceMemberships.id,
      personName: taskForceMemberships.personName,
      organizationName: organizations.name,
    })
    .from(taskForceMemberships)
    .innerJoin(organizations, eq(organizations.id, taskForceMemberships.organizationId))
    .where(
      and(
        eq(taskForceMemberships.taskForceId, taskForceId),
        eq(taskForceMemberships.positionCode, positionCode),
        // Any seat still open on or after the day clashes, not only one holding on the day itself.
        or(isNull(taskForceMemberships.validTo), gt(taskForceMemberships.validTo, day)),
      ),
    );
}

export async function insertMembership(
  db: Db,
  values: typeof taskForceMemberships.$inferInsert,
  workingGroupIds: readonly string[],
): Promise<string> {
  const [row] = await db
    .insert(taskForceMemberships)
    .values(values)
    .returning({ id: taskForceMemberships.id });
  const id = row!.id;
  const unique = [...new Set(workingGroupIds)];
  if (unique.length > 0) {
    await db
      .insert(taskForceMembershipWorkingGroups)
      .values(unique.map((workingGroupId) => ({ membershipId: id, workingGroupId })));
  }
  return id;
}

/** Who heads the task force on the day: the ketua harian, else the ketua; null when nobody is seated. */
export async function headOn(db: Db, taskForceId: string, day: string) {
  const rows = await db
    .select({
      position: taskForceMemberships.positionCode,
      name: taskForceMemberships.personName,
      title: taskForceMemberships.personTitle,
    })
    .from(taskForceMemberships)
    .where(
      and(
        eq(taskForceMemberships.taskForceId, taskForceId),
        inArray(taskForceMemberships.positionCode, ["ketua_harian", "ketua"]),
        holdsOn(day),
      ),
    );
  return rows.find((r) => r.position === "ketua_harian") ?? rows.find((r) => r.position === "ketua") ?? null;
}

/** The secretariat as the letterhead shows it: the organisation holding the sekretaris seat. */
export async function secretariatOn(db: Db, taskForceId: string, day: string) {
  const [row] = await db
    .select({
      name: organizations.name,
      address: organizations.address,
      phone: organizations.phone,
      email: organizations.email,
    })
    .from(taskForceMemberships)
    .innerJoin(organizations, eq(organizations.id, taskForceMemberships.organizationId))
    .where(
      and(
        eq(taskForceMemberships.taskForceId, taskForceId),
        eq(taskForceMemberships.positionCode, "sekretaris"),
        holdsOn(day),
      ),
    )
    .limit(1);
  return row ?? null;
}
