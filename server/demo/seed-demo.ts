import { and, eq, sql } from "drizzle-orm";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import type { Role } from "../../shared/roles.ts";
import type { AppContext } from "../app-context.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/passwords.ts";
import { organizations, organizationWorkingGroups, users, workingGroups } from "../db/schema/index.ts";
import { SECRETARIAT_ORG_NAME } from "../db/seed/reference-seed.ts";
import { rebuildStatisticsFacts } from "../modules/statistics/statistics-facts.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { casesGenerator } from "./demo-cases.ts";
import { coordinationGenerator } from "./demo-coordination.ts";
import { earlyWarningsGenerator } from "./demo-early-warnings.ts";
import { followUpGenerator } from "./demo-follow-up.ts";
import { type DemoOrganization, demoAgencies, demoAreaOffices } from "./demo-organizations.ts";
import { demoEmail, demoPersonName } from "./demo-people.ts";
import { preventionGenerator } from "./demo-prevention.ts";
import { reportsGenerator } from "./demo-reports.ts";
import { type Random, seededRandom } from "./random.ts";

/** What a demo generator gets: the context, its own seeded random stream, the scale, and ids made so far. */
export type DemoRefs = {
  taskForceId: string;
  organizationIds: Map<string, string>;
  userIds: Map<string, string>;
};
export type DemoGenerator = {
  name: string;
  run: (input: { ctx: AppContext; random: Random; scale: number; refs: DemoRefs }) => Promise<number>;
};

const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan");

function schools(scale: number, random: Random): DemoOrganization[] {
  const kinds = ["SMP Negeri", "SMA Negeri", "SMK Negeri", "SD Negeri"];
  return Array.from({ length: 12 * scale }, (_, i) => {
    const region = random.pick(kelurahan);
    return {
      key: `school_${i + 1}`,
      name: `${kinds[i % kinds.length]} ${Math.floor(i / kinds.length) + 1} Jakarta`,
      typeCode: "school",
      regionCode: region.code,
      groups: [1],
    };
  });
}

const organizationsGenerator: DemoGenerator = {
  name: "organisasi / organisations",
  async run({ ctx, random, scale, refs }) {
    const groups = await ctx.db
      .select()
      .from(workingGroups)
      .where(eq(workingGroups.taskForceId, refs.taskForceId));
    const groupId = (n: number) => groups.find((g) => g.number === n)!.id;
    const all = [...demoAgencies, ...demoAreaOffices, ...schools(scale, random)];
    const rows = await ctx.db
      .insert(organizations)
      .values(
        all.map(({ key: _key, groups: _groups, ...org }) => ({ ...org, taskForceId: refs.taskForceId })),
      )
      .returning({ id: organizations.id });
    for (const [i, org] of all.entries()) refs.organizationIds.set(org.key, rows[i]!.id);
    const links = all.flatMap((org, i) =>
      org.groups.map((n) => ({ organizationId: rows[i]!.id, workingGroupId: groupId(n) })),
    );
    await ctx.db.insert(organizationWorkingGroups).values(links);
    return rows.length;
  },
};

const usersGenerator: DemoGenerator = {
  name: "akun / accounts",
  async run({ ctx, random, scale, refs }) {
    // One hash for every demo account: argon2 is slow on purpose, and they share a password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const named = demoAccounts.map((a) => ({ ...a, key: a.email }));
    const staffRoles: [string, Role][] = [
      ["upt_pppa", "case_manager"],
      ["sudin_sosial", "service_provider"],
      ["rsud_tarakan", "service_provider"],
      ["lbh_apik", "service_provider"],
      ["polres", "service_provider"],
      ["secretariat", "coordinator"],
    ];
    const staff = Array.from({ length: 10 * scale }, (_, i) => {
      const [organizationKey, role] = staffRoles[i % staffRoles.length]!;
      const name = demoPersonName(random);
      return { key: `staff_${i}`, email: demoEmail(name, i + 1), name, role, organizationKey };
    });
    const lurahs = kelurahan.map((r, i) => ({
      key: `lurah_${r.code}`,
      email: `lurah.${r.name.toLowerCase().replace(/[^a-z]+/g, ".")}.${i + 1}@demo.gugus.id`,
      name: `Lurah ${r.name}`,
      role: "field_reporter" as Role,
      organizationKey: `kelurahan_${r.code}`,
    }));
    const all = [
      ...named,
      ...staff,
      ...lurahs.filter((l) => l.organizationKey !== "kelurahan_31.71.01.1002"),
    ];
    const rows = await ctx.db
      .insert(users)
      .values(
        all.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          organizationId: refs.organizationIds.get(u.organizationKey)!,
          taskForceId: refs.taskForceId,
          passwordHash,
        })),
      )
      .returning({ id: users.id });
    for (const [i, u] of all.entries()) refs.userIds.set(u.key, rows[i]!.id);
    return rows.length;
  },
};

/** The generators in order; each later module adds its own line here. */
export const demoGenerators: DemoGenerator[] = [
  organizationsGenerator,
  usersGenerator,
  casesGenerator,
  earlyWarningsGenerator,
  preventionGenerator,
  coordinationGenerator,
  // Action items and work plans read the meetings from the database: keep this after the meetings.
  followUpGenerator,
  // The periodic reports count everything above: keep this last.
  reportsGenerator,
];

/**
 * Fills an empty database (reference data loaded) with the demo data set: deterministic, and
 * `scale` times larger on request (1 = a realistic city, 10 = a province-sized load).
 */
export async function seedDemo(
  ctx: AppContext,
  scale: number,
  onProgress: (step: string, created: number) => void = () => {},
): Promise<void> {
  const [secretariat] = await ctx.db
    .select({ id: organizations.id, taskForceId: organizations.taskForceId })
    .from(organizations)
    .where(eq(organizations.name, SECRETARIAT_ORG_NAME));
  if (!secretariat) throw new Error("reference data is missing: run the migrations and reference seed first");
  const refs: DemoRefs = {
    taskForceId: secretariat.taskForceId,
    organizationIds: new Map([["secretariat", secretariat.id]]),
    userIds: new Map(),
  };
  for (const [index, generator] of demoGenerators.entries()) {
    // Each generator draws from its own stream, so adding one never changes the data of the others.
    const created = await generator.run({ ctx, random: seededRandom(2024_05_15 + index), scale, refs });
    onProgress(generator.name, created);
  }
  // The generators write cases in bulk, past the case services: their statistics facts are built
  // here, once, as they would be on the first statistics read.
  await rebuildStatisticsFacts(ctx.db);
  // Bulk-loaded tables have no statistics yet; without them the planner guesses a handful of
  // rows and picks scans that stay slow until autovacuum catches up.
  await ctx.db.execute(sql`ANALYZE`);
  await recordAudit(
    ctx.db,
    { kind: "system", label: "demo" },
    { event: "demo.seeded", taskForceId: refs.taskForceId, data: { scale } },
  );
}

export async function isDemoSeeded(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, demoAccounts[0]!.email)));
  return row !== undefined;
}
