import { aliasedTable, and, asc, eq, gt, ilike, like, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { organizations, regions, schools } from "../../db/schema/index.ts";

// Left joins only: drizzle 0.45 types an inner join followed by a left join of an alias as never.
const kelurahan = aliasedTable(regions, "kelurahan");
const kecamatan = aliasedTable(regions, "kecamatan");

export type SchoolFilter = {
  taskForceId: string;
  q?: string;
  regionCode?: string;
  level?: string;
  active?: boolean;
};

function filterWhere(f: SchoolFilter): SQL {
  const region =
    f.regionCode === undefined
      ? undefined
      : f.regionCode.split(".").length >= 4
        ? eq(schools.regionCode, f.regionCode)
        : like(schools.regionCode, `${f.regionCode}.%`);
  // Security: the typed text is matched literally, never as a LIKE pattern.
  const q = f.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    eq(schools.taskForceId, f.taskForceId),
    q ? or(ilike(schools.name, `%${q}%`), like(schools.npsn, `${q}%`)) : undefined,
    region,
    f.level ? eq(schools.level, f.level) : undefined,
    f.active === undefined ? undefined : eq(schools.active, f.active),
  )!;
}

function selectSchools(db: Db) {
  return db
    .select({
      id: schools.id,
      taskForceId: schools.taskForceId,
      name: schools.name,
      level: schools.level,
      ownership: schools.ownership,
      npsn: schools.npsn,
      regionCode: schools.regionCode,
      regionName: kelurahan.name,
      kecamatanName: kecamatan.name,
      address: schools.address,
      organizationId: schools.organizationId,
      organizationName: organizations.name,
      active: schools.active,
    })
    .from(schools)
    .leftJoin(kelurahan, eq(kelurahan.code, schools.regionCode))
    .leftJoin(kecamatan, eq(kecamatan.code, kelurahan.parentCode))
    .leftJoin(organizations, eq(organizations.id, schools.organizationId));
}

/** A keyset page in name order; `after` is (name, id) of the last row shown. */
export async function listSchoolsPage(
  db: Db,
  filter: SchoolFilter,
  after: { name: string; id: string } | null,
  limit: number,
) {
  return selectSchools(db)
    .where(
      and(
        filterWhere(filter),
        after
          ? or(gt(schools.name, after.name), and(eq(schools.name, after.name), gt(schools.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(asc(schools.name), asc(schools.id))
    .limit(limit + 1);
}

export async function findSchool(db: Db, id: string) {
  const [row] = await selectSchools(db).where(eq(schools.id, id));
  return row;
}

export type SchoolRow = NonNullable<Awaited<ReturnType<typeof findSchool>>>;

/** Another school of the task force with this NPSN, if any. */
export async function findSchoolByNpsn(db: Db, taskForceId: string, npsn: string) {
  const [row] = await db
    .select({ id: schools.id })
    .from(schools)
    .where(and(eq(schools.taskForceId, taskForceId), eq(schools.npsn, npsn)));
  return row;
}
