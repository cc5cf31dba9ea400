import { asc, eq } from "drizzle-orm";
import type { MenuItemDto, SaveMenuInput } from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { portalMenuItems } from "../../db/schema/portal.ts";

function findMenu(db: Db, taskForceId: string) {
  return db
    .select()
    .from(portalMenuItems)
    .where(eq(portalMenuItems.taskForceId, taskForceId))
    .orderBy(asc(portalMenuItems.position), asc(portalMenuItems.id));
}

const present = (row: typeof portalMenuItems.$inferSelect): MenuItemDto => ({
  id: row.id,
  position: row.position,
  labelId: row.labelId,
  labelEn: row.labelEn,
  href: row.href,
  visible: row.visible,
});

/** The menu as the secretariat arranged it, hidden items included. */
export async function getMenu(ctx: AppContext, actor: UserActor) {
  return { items: (await findMenu(ctx.db, actor.taskForceId)).map(present) };
}

/**
 * Replaces the whole menu with the list as sent, in its order: reordering, relabelling, hiding,
 * adding and removing are all one save, audited with the menu before and after.
 */
export async function saveMenu(ctx: AppContext, actor: UserActor, input: SaveMenuInput) {
  await ctx.db.transaction(async (tx) => {
    // Serialises two secretaries saving at once: the second replaces the first's menu whole.
    const before = await findMenu(tx, actor.taskForceId).for("update");
    const shape = (items: readonly { labelId: string; labelEn: string; href: string; visible: boolean }[]) =>
      items.map(({ labelId, labelEn, href, visible }) => ({ labelId, labelEn, href, visible }));
    if (JSON.stringify(shape(before)) === JSON.stringify(shape(input.items))) return;
    await tx.delete(portalMenuItems).where(eq(portalMenuItems.taskForceId, actor.taskForceId));
    if (input.items.length > 0) {
      await tx.insert(portalMenuItems).values(
        input.items.map((item, position) => ({
          ...item,
          taskForceId: actor.taskForceId,
          position,
          updatedAt: ctx.now(),
        })),
      );
    }
    await recordAudit(tx, actor, {
      event: "portal.menu_updated",
      recordType: "portal_menu",
      recordId: actor.taskForceId,
      data: { before: shape(before), after: shape(input.items) },
    });
  });
  return getMenu(ctx, actor);
}
