import { and, asc, eq, gt, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { organizations, organizationWorkingGroups } from "../../db/schema/index.ts";

const columns = {
  id: organizations.id,
  taskForceId: organizations.taskForceId,
  name: organizations.name,
  shortName: organizations.shortName,
  typeCode: organizations.typeCode,
  regionCode: organizations.regionCode,
  address: organizations.address,
  phone: organizations.phone,
  email: organizations.email,
  active: organizations.active,
  // Spelled out: drizzle drops table names in single-table selects, which would make this ambiguous.
  userCount: sql<number>`(SELECT count(*)::int FROM users u WHERE u.organization_id = "organizations"."id")`,
};

export type OrganizationRow = Awaited<ReturnType<typeof selectOrganizations>>[number] & {
  workingGroupIds: string[];
};

function selectOrganizations(db: Db, where: SQL | undefined, limit: number) {
  return db
    .select(columns)
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(limit);
}

async function withWorkingGroups(
  db: Db,
  rows: Awaited<ReturnType<typeof selectOrganizations>>,
): Promise<OrganizationRow[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(organizationWorkingGroups)
    .where(
      inArray(
        organizationWorkingGroups.organizationId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    userCount: Number(r.userCount),
    workingGroupIds: links.filter((l) => l.organizationId === r.id).map((l) => l.workingGroupId),
  }));
}

export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await withWorkingGroups(db, await selectOrganizations(db, eq(organizations.id, id), 1));
  return row;
}

export type OrganizationFilter = { visible: SQL; q?: string; typeCode?: string; active?: boolean };

export async function listOrganizationsPage(
  db: Db,
  filter: OrganizationFilter,
  after: (string | number)[] | null,
  limit: number,
) {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    filter.visible,
    pattern ? or(ilike(organizations.name, pattern), ilike(organizations.shortName, pattern)) : undefined,
    filter.typeCode ? eq(organizations.typeCode, filter.typeCode) : undefined,
    filter.active === undefined ? undefined : eq(organizations.active, filter.active),
    after
      ? or(
          gt(organizations.name, String(after[0])),
          and(eq(organizations.name, String(after[0])), gt(organizations.id, String(after[1]))),
        )
      : undefined,
  );
  return withWorkingGroups(db, await selectOrganizations(db, where, limit + 1));
}

export async function replaceWorkingGroups(
  db: Db,
  organizationId: string,
  workingGroupIds: readonly string[],
) {
  await db
    .delete(organizationWorkingGroups)
    .where(eq(organizationWorkingGroups.organizationId, organizationId));
  if (workingGroupIds.length === 0) return;
  await db
    .insert(organizationWorkingGroups)
    .values([...new Set(workingGroupIds)].map((workingGroupId) => ({ organizationId, workingGroupId })));
}
