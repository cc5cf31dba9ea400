import { and, asc, eq, gt, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { organizations, users } from "../../db/schema/index.ts";

export const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  taskForceId: users.taskForceId,
  active: users.active,
  locale: users.locale,
  totpEnabledAt: users.totpEnabledAt,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export type UserListRow = {
  [K in keyof typeof userColumns]: (typeof userColumns)[K]["_"]["notNull"] extends true
    ? (typeof userColumns)[K]["_"]["data"]
    : (typeof userColumns)[K]["_"]["data"] | null;
};

export async function findUser(db: Db, id: string): Promise<UserListRow | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id));
  return row;
}

export type UserFilter = {
  visible: SQL;
  q?: string;
  role?: string;
  organizationId?: string;
  active?: boolean;
};

/** A keyset page of users in name order; `after` is the (name, id) of the last row shown. */
export async function listUsersPage(
  db: Db,
  filter: UserFilter,
  after: (string | number)[] | null,
  limit: number,
) {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        filter.visible,
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.organizationId ? eq(users.organizationId, filter.organizationId) : undefined,
        filter.active === undefined ? undefined : eq(users.active, filter.active),
        after
          ? or(
              gt(users.name, String(after[0])),
              and(eq(users.name, String(after[0])), gt(users.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit + 1);
}

export async function emailTaken(db: Db, email: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row !== undefined && row.id !== exceptId;
}
