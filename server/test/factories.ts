import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Role } from "../../shared/roles.ts";
import type { AppContext } from "../app-context.ts";
import { hashPassword } from "../auth/passwords.ts";
import { organizations, users } from "../db/schema/index.ts";
import { SECRETARIAT_ORG_NAME } from "../db/seed/reference-seed.ts";

export const FACTORY_PASSWORD = "factory-password-123";

let passwordHash: Promise<string> | null = null;

/** Records for tests, written straight to the database with sensible defaults. */
export function makeFactories(ctx: AppContext) {
  let counter = 0;
  const secretariat = async () => {
    const [org] = await ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, SECRETARIAT_ORG_NAME));
    return org!;
  };
  return {
    secretariat,
    async organization(overrides: Partial<typeof organizations.$inferInsert> = {}) {
      const home = await secretariat();
      const [org] = await ctx.db
        .insert(organizations)
        .values({
          taskForceId: home.taskForceId,
          name: `Organisasi Uji ${++counter} ${randomUUID().slice(0, 6)}`,
          typeCode: "ngo",
          regionCode: "31.71",
          ...overrides,
        })
        .returning();
      return org!;
    },
    async user(
      options: {
        role?: Role;
        organizationId?: string;
        email?: string;
        password?: string;
        name?: string;
      } = {},
    ) {
      const org = options.organizationId ? { id: options.organizationId } : await secretariat();
      const [orgRow] = await ctx.db.select().from(organizations).where(eq(organizations.id, org.id));
      const password = options.password ?? FACTORY_PASSWORD;
      passwordHash ??= hashPassword(FACTORY_PASSWORD);
      const hash = password === FACTORY_PASSWORD ? await passwordHash : await hashPassword(password);
      const [user] = await ctx.db
        .insert(users)
        .values({
          email: options.email ?? `user${++counter}.${randomUUID().slice(0, 8)}@uji.gugus.id`,
          name: options.name ?? `Pengguna Uji ${counter}`,
          role: options.role ?? "coordinator",
          organizationId: orgRow!.id,
          taskForceId: orgRow!.taskForceId,
          passwordHash: hash,
        })
        .returning();
      return { ...user!, password };
    },
  };
}

export type Factories = ReturnType<typeof makeFactories>;
