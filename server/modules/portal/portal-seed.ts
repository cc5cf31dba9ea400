import { eq } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { organizations } from "../../db/schema/organizations.ts";
import {
  portalContacts,
  portalEntries,
  portalEntryVersions,
  portalMenuItems,
  portalSites,
} from "../../db/schema/portal.ts";
import { taskForces } from "../../db/schema/reference.ts";
import {
  HOME_REGION_CODE,
  PORTAL_SEED_VERSION,
  type SeedText,
  seedContacts,
  seedMenu,
  seedNews,
  seedPages,
} from "./seed-content.ts";

const fill = (text: string, taskForce: string) => text.replaceAll("{taskForce}", taskForce);

/**
 * Gives a task force's portal its first content, once: pages published, the menu, the hotlines.
 * Runs with the reference seed for every task force and on the first public visit of one made
 * later; a second call (or a race with another) finds the site row and does nothing.
 */
export async function seedPortalContent(db: Db, taskForceId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(portalSites)
      .values({ taskForceId, seedVersion: PORTAL_SEED_VERSION, seededAt: now })
      .onConflictDoNothing()
      .returning({ taskForceId: portalSites.taskForceId });
    if (claimed.length === 0) return false;

    const [taskForce] = await tx.select().from(taskForces).where(eq(taskForces.id, taskForceId));
    if (!taskForce) throw new Error(`task force ${taskForceId} not found`);
    // The oldest organisation of a task force is its secretariat (the reference seed makes it first).
    const [secretariat] = await tx
      .select({ name: organizations.name, shortName: organizations.shortName })
      .from(organizations)
      .where(eq(organizations.taskForceId, taskForceId))
      .orderBy(organizations.createdAt)
      .limit(1);

    const entry = async (kind: "page" | "news", slug: string, id: SeedText, en: SeedText, from: Date) => {
      const [row] = await tx
        .insert(portalEntries)
        .values({
          taskForceId,
          kind,
          slug,
          status: "published",
          online: true,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: portalEntries.id });
      await tx.insert(portalEntryVersions).values({
        entryId: row!.id,
        number: 1,
        titleId: fill(id.title, taskForce.name),
        titleEn: fill(en.title, taskForce.name),
        summaryId: fill(id.summary, taskForce.name),
        summaryEn: fill(en.summary, taskForce.name),
        bodyId: fill(id.body, taskForce.name),
        bodyEn: fill(en.body, taskForce.name),
        createdAt: now,
        publishedFrom: from,
      });
    };
    for (const page of seedPages) await entry("page", page.slug, page.id, page.en, now);
    if (taskForce.regionCode === HOME_REGION_CODE) {
      await entry("news", seedNews.slug, seedNews.id, seedNews.en, seedNews.publishedFrom);
    }

    await tx
      .insert(portalMenuItems)
      .values(seedMenu.map((item, position) => ({ ...item, taskForceId, position, updatedAt: now })));
    const contacts = seedContacts(secretariat?.shortName ?? secretariat?.name ?? taskForce.name);
    await tx
      .insert(portalContacts)
      .values(
        contacts.map((c, position) => ({ ...c, taskForceId, position, createdAt: now, updatedAt: now })),
      );
    return true;
  });
}
