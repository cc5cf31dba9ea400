import { and, asc, eq, exists, gt, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import {
  organizationServices,
  organizations,
  organizationWorkingGroups,
  regions,
  taskForceMemberships,
  taskForceMembershipWorkingGroups,
} from "../../db/schema/index.ts";
import { holdsOn } from "./structure.repository.ts";

export type DirectoryFilter = {
  taskForceId: string;
  day: string;
  q?: string;
  service?: string;
  workingGroupId?: string;
};

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The significant digits of a phone number typed any way: "0812-3456", "+62 812 3456" and
 * "812 3456" all become "8123456", so a search finds the number however it was stored.
 */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, "").replace(/^(62|0)/, "");
}
const storedDigits = (column: AnyPgColumn) =>
  sql`regexp_replace(regexp_replace(coalesce(${column}, ''), '[^0-9]', '', 'g'), '^(62|0)', '')`;

/** A search matches the organisation, a current representative's name or title, or a phone. */
function searchWhere(q: string, day: string): SQL {
  const pattern = likePattern(q);
  const digits = phoneDigits(q);
  return or(
    ilike(organizations.name, pattern),
    ilike(organizations.shortName, pattern),
    ilike(organizations.email, pattern),
    exists(
      currentSeatWhere(
        day,
        or(
          ilike(taskForceMemberships.personName, pattern),
          ilike(taskForceMemberships.personTitle, pattern),
          ilike(taskForceMemberships.email, pattern),
          digits.length >= 4
            ? sql`${storedDigits(taskForceMemberships.phone)} LIKE ${`%${digits}%`}`
            : undefined,
        ),
      ),
    ),
    digits.length >= 4 ? sql`${storedDigits(organizations.phone)} LIKE ${`%${digits}%`}` : undefined,
  )!;
}

/** A correlated subquery: the organisation's seats holding on `day` that meet the condition. */
function currentSeatWhere(day: string, condition: SQL | undefined): SQL {
  return sql`(SELECT 1 FROM ${taskForceMemberships} WHERE ${taskForceMemberships.organizationId} = ${organizations.id} AND ${holdsOn(day)} AND ${condition ?? sql`true`})`;
}

export async function listDirectoryPage(
  db: Db,
  filter: DirectoryFilter,
  after: (string | number)[] | null,
  limit: number,
) {
  const where = and(
    eq(organizations.taskForceId, filter.taskForceId),
    eq(organizations.active, true),
    filter.q ? searchWhere(filter.q, filter.day) : undefined,
    filter.service
      ? exists(
          db
            .select({ one: sql`1` })
            .from(organizationServices)
            .where(
              and(
                eq(organizationServices.organizationId, organizations.id),
                eq(organizationServices.serviceCode, filter.service),
              ),
            ),
        )
      : undefined,
    filter.workingGroupId
      ? or(
          exists(
            db
              .select({ one: sql`1` })
              .from(organizationWorkingGroups)
              .where(
                and(
                  eq(organizationWorkingGroups.organizationId, organizations.id),
                  eq(organizationWorkingGroups.workingGroupId, filter.workingGroupId),
                ),
              ),
          ),
          exists(
            currentSeatWhere(
              filter.day,
              sql`EXISTS (SELECT 1 FROM ${taskForceMembershipWorkingGroups} WHERE ${taskForceMembershipWorkingGroups.membershipId} = ${taskForceMemberships.id} AND ${taskForceMembershipWorkingGroups.workingGroupId} = ${filter.workingGroupId})`,
            ),
          ),
        )
      : undefined,
    after
      ? or(
          gt(organizations.name, String(after[0])),
          and(eq(organizations.name, String(after[0])), gt(organizations.id, String(after[1]))),
        )
      : undefined,
  );
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      typeCode: organizations.typeCode,
      regionCode: organizations.regionCode,
      regionName: regions.name,
      address: organizations.address,
      phone: organizations.phone,
      email: organizations.email,
    })
    .from(organizations)
    .leftJoin(regions, eq(regions.code, organizations.regionCode))
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(limit + 1);
}

/** Services, working groups and current seats of the listed organisations, in three queries. */
export async function directoryDetails(db: Db, organizationIds: readonly string[], day: string) {
  if (organizationIds.length === 0) return { services: [], groups: [], seats: [] };
  const ids = [...organizationIds];
  const services = await db
    .select()
    .from(organizationServices)
    .where(inArray(organizationServices.organizationId, ids))
    .orderBy(asc(organizationServices.serviceCode));
  const groups = await db
    .select()
    .from(organizationWorkingGroups)
    .where(inArray(organizationWorkingGroups.organizationId, ids));
  const seats = await db
    .select({
      id: taskForceMemberships.id,
      organizationId: taskForceMemberships.organizationId,
      positionCode: taskForceMemberships.positionCode,
      personName: taskForceMemberships.personName,
      personTitle: taskForceMemberships.personTitle,
      phone: taskForceMemberships.phone,
      email: taskForceMemberships.email,
      workingGroupIds: sql<
        string[]
      >`coalesce((SELECT array_agg(${taskForceMembershipWorkingGroups.workingGroupId}::text) FROM ${taskForceMembershipWorkingGroups} WHERE ${taskForceMembershipWorkingGroups.membershipId} = ${taskForceMemberships.id}), '{}')`,
    })
    .from(taskForceMemberships)
    .where(and(inArray(taskForceMemberships.organizationId, ids), holdsOn(day)))
    .orderBy(
      sql`array_position(array['pengarah','ketua','ketua_harian','sekretaris','anggota'], ${taskForceMemberships.positionCode})`,
      asc(taskForceMemberships.personName),
    );
  return { services, groups, seats };
}

export async function replaceServices(
  db: Db,
  organizationId: string,
  services: readonly { code: string; note?: string | null }[],
  now: Date,
) {
  await db.delete(organizationServices).where(eq(organizationServices.organizationId, organizationId));
  if (services.length === 0) return;
  await db
    .insert(organizationServices)
    .values(
      services.map((s) => ({ organizationId, serviceCode: s.code, note: s.note ?? null, createdAt: now })),
    );
}
