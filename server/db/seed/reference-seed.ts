import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { jakartaPusatRegions } from "../../../shared/regions-jakarta-pusat.ts";
import { otherProvinces } from "../../../shared/regions-provinces.ts";
import { seedVocabularies, vocabularyKinds } from "../../../shared/vocabularies.ts";
import { seedPortalContent } from "../../modules/portal/portal-seed.ts";
import { PORTAL_SEED_VERSION } from "../../modules/portal/seed-content.ts";
import { upsertRegions } from "../../modules/regions/regions.repository.ts";
import type { Db } from "../database.ts";
import { appSettings, organizations, taskForces, vocabularyTerms, workingGroups } from "../schema/index.ts";
import { workingGroupPlanVersion, workingGroupSeeds } from "./working-groups.ts";

export const HOME_TASK_FORCE_CODE = "31.71";
export const SECRETARIAT_ORG_NAME = "Sudin PPAPP Kota Administrasi Jakarta Pusat";
const SEED_KEY = "reference_seed";

/**
 * The reference data every deployment starts with: Jakarta Pusat's regions, the vocabularies, the
 * task force, its six working groups and its secretariat. Idempotent: it adds what is missing and
 * never overwrites what an administrator edited (a relabelled term keeps its label).
 */
export async function seedReferenceData(db: Db): Promise<void> {
  // Each start would otherwise re-offer some 400 rows; a fingerprint of the seed says it is done.
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([
        jakartaPusatRegions,
        otherProvinces,
        seedVocabularies,
        workingGroupSeeds,
        HOME_TASK_FORCE_CODE,
        SECRETARIAT_ORG_NAME,
        PORTAL_SEED_VERSION,
      ]),
    )
    .digest("hex");
  const [done] = await db.select().from(appSettings).where(eq(appSettings.key, SEED_KEY));
  if ((done?.value as { fingerprint?: string } | undefined)?.fingerprint === fingerprint) return;

  await upsertRegions(db, [...jakartaPusatRegions, ...otherProvinces], { overwrite: false });

  const terms = vocabularyKinds.flatMap((kind) =>
    seedVocabularies[kind].map((term, index) => ({
      kind,
      code: term.code,
      labelId: term.labelId,
      labelEn: term.labelEn,
      htcds: term.htcds ?? null,
      sortOrder: (index + 1) * 10,
    })),
  );
  await db.insert(vocabularyTerms).values(terms).onConflictDoNothing();

  await db
    .insert(taskForces)
    .values({
      code: HOME_TASK_FORCE_CODE,
      name: "Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat",
      regionCode: HOME_TASK_FORCE_CODE,
    })
    .onConflictDoNothing();
  const [taskForce] = await db.select().from(taskForces).where(eq(taskForces.code, HOME_TASK_FORCE_CODE));
  const taskForceId = taskForce!.id;

  await db
    .insert(workingGroups)
    .values(workingGroupSeeds.map((g) => ({ ...g, taskForceId, planVersion: workingGroupPlanVersion })))
    .onConflictDoNothing();

  const secretariatWhere = and(
    eq(organizations.taskForceId, taskForceId),
    eq(organizations.name, SECRETARIAT_ORG_NAME),
  );
  const [secretariat] = await db.select({ id: organizations.id }).from(organizations).where(secretariatWhere);
  if (!secretariat) {
    await db.insert(organizations).values({
      taskForceId,
      name: SECRETARIAT_ORG_NAME,
      shortName: "Sudin PPAPP Jakpus",
      typeCode: "government_agency",
      regionCode: HOME_TASK_FORCE_CODE,
    });
  }
  // The public portal's first pages, menu and hotlines; never again once the site exists.
  await seedPortalContent(db, taskForceId);
  await db
    .insert(appSettings)
    .values({ key: SEED_KEY, value: { fingerprint } })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: { fingerprint }, updatedAt: new Date() } });
}
