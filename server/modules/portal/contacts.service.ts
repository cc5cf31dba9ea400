import { and, asc, eq, sql } from "drizzle-orm";
import {
  type ContactDto,
  type ContactInput,
  type ContactKind,
  contactGaps,
  type UpdateContactInput,
} from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkRegion } from "../../db/reference-checks.ts";
import { portalContacts } from "../../db/schema/portal.ts";
import { regions } from "../../db/schema/reference.ts";
import { notFound } from "../../lib/errors.ts";

/** The hotline and complaint-post directory shown in every public page's footer. */

function find(db: Db, taskForceId: string, contactId?: string) {
  return db
    .select({ contact: portalContacts, regionName: regions.name })
    .from(portalContacts)
    .leftJoin(regions, eq(regions.code, portalContacts.regionCode))
    .where(
      and(
        eq(portalContacts.taskForceId, taskForceId),
        contactId ? eq(portalContacts.id, contactId) : undefined,
      ),
    )
    .orderBy(asc(portalContacts.position), asc(portalContacts.createdAt));
}

function present({ contact, regionName }: Awaited<ReturnType<typeof find>>[number]): ContactDto {
  const kind = contact.kind as ContactKind;
  const { missing, reachable } = contactGaps({ ...contact, kind });
  return {
    id: contact.id,
    kind,
    name: contact.name,
    noteId: contact.noteId,
    noteEn: contact.noteEn,
    regionCode: contact.regionCode,
    regionName,
    address: contact.address,
    hours: contact.hours,
    phone: contact.phone,
    visible: contact.visible,
    position: contact.position,
    missing,
    shownPublicly: contact.visible && reachable,
    updatedAt: contact.updatedAt.toISOString(),
  };
}

export async function listContacts(ctx: AppContext, actor: UserActor) {
  return { items: (await find(ctx.db, actor.taskForceId)).map(present) };
}

async function getContact(ctx: AppContext, actor: UserActor, contactId: string) {
  const [row] = await find(ctx.db, actor.taskForceId, contactId);
  if (!row) throw notFound();
  return present(row);
}

export async function createContact(ctx: AppContext, actor: UserActor, input: ContactInput) {
  await checkRegion(ctx.db, "regionCode", input.regionCode);
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${portalContacts.position}), -1)` })
      .from(portalContacts)
      .where(eq(portalContacts.taskForceId, actor.taskForceId));
    const [row] = await tx
      .insert(portalContacts)
      .values({
        ...input,
        regionCode: input.regionCode || null,
        position: input.position ?? Number(last?.position ?? -1) + 1,
        taskForceId: actor.taskForceId,
        updatedById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: portalContacts.id });
    await recordAudit(tx, actor, {
      event: "portal.contact_created",
      recordType: "portal_contact",
      recordId: row!.id,
      data: { kind: input.kind, name: input.name },
    });
    return row!.id;
  });
  return getContact(ctx, actor, id);
}

export async function updateContact(
  ctx: AppContext,
  actor: UserActor,
  contactId: string,
  input: UpdateContactInput,
) {
  if (input.regionCode) await checkRegion(ctx.db, "regionCode", input.regionCode);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(portalContacts)
      .where(and(eq(portalContacts.id, contactId), eq(portalContacts.taskForceId, actor.taskForceId)))
      .for("update");
    if (!before) throw notFound();
    const values = { ...input, ...(input.regionCode === "" ? { regionCode: null } : {}) };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, value] of Object.entries(values) as [keyof UpdateContactInput, unknown][]) {
      if (value !== undefined && before[field] !== value) changes[field] = { from: before[field], to: value };
    }
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(portalContacts)
      .set({ ...values, updatedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(portalContacts.id, contactId));
    await recordAudit(tx, actor, {
      event: "portal.contact_updated",
      recordType: "portal_contact",
      recordId: contactId,
      data: changes,
    });
  });
  return getContact(ctx, actor, contactId);
}

export async function deleteContact(ctx: AppContext, actor: UserActor, contactId: string) {
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(portalContacts)
      .where(and(eq(portalContacts.id, contactId), eq(portalContacts.taskForceId, actor.taskForceId)))
      .returning();
    if (!gone) throw notFound();
    await recordAudit(tx, actor, {
      event: "portal.contact_deleted",
      recordType: "portal_contact",
      recordId: contactId,
      data: { kind: gone.kind, name: gone.name },
    });
  });
}
