import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Role } from "../../shared/roles.ts";
import type { AppContext } from "../app-context.ts";
import { hashPassword } from "../auth/passwords.ts";
import { casePeople, cases, organizations, people, users } from "../db/schema/index.ts";
import { SECRETARIAT_ORG_NAME } from "../db/seed/reference-seed.ts";
import { pseudonymousCode } from "../lib/crypto/pseudonym.ts";
import { nextCaseNumber } from "../modules/cases/case-number.ts";

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
    /** A case led by the organisation (default: the secretariat), with no people yet. */
    async case(overrides: Partial<typeof cases.$inferInsert> = {}) {
      const home = await secretariat();
      const identifiedOn = overrides.identifiedOn ?? "2026-03-02";
      const year = Number(identifiedOn.slice(0, 4));
      return ctx.db.transaction(async (tx) => {
        const { number, seq } = await nextCaseNumber(tx, home.taskForceId, year);
        const [row] = await tx
          .insert(cases)
          .values({
            taskForceId: home.taskForceId,
            number,
            year,
            seq,
            title: `Kasus uji ${number}`,
            leadOrganizationId: home.id,
            identifiedOn,
            exploitationForms: ["domestic_work"],
            ...overrides,
          })
          .returning();
        return row!;
      });
    },
    /** A person (no identity fields) in a case with a role; returns the case_people row and the code. */
    async casePerson(caseId: string, role = "victim", overrides: Partial<typeof people.$inferInsert> = {}) {
      const home = await secretariat();
      const [person] = await ctx.db
        .insert(people)
        .values({
          taskForceId: home.taskForceId,
          code: pseudonymousCode("ORG"),
          sexCode: "female",
          ...overrides,
        })
        .returning();
      const [link] = await ctx.db
        .insert(casePeople)
        .values({
          caseId,
          personId: person!.id,
          role,
          ageAtExploitation: 17,
          isChild: true,
          ageGroupCode: "age_13_17",
        })
        .returning();
      return { ...link!, code: person!.code };
    },
  };
}

export type Factories = ReturnType<typeof makeFactories>;
