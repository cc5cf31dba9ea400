import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type {
  CreateOrganizationInput,
  listOrganizationsQuerySchema,
  UpdateOrganizationInput,
} from "../../../shared/organizations.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { organizations, regions, workingGroups } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";
import { isActiveTerm } from "../vocabularies/vocabularies.service.ts";
import {
  type OrganizationAction,
  organizationPolicy,
  visibleOrganizationsWhere,
} from "./organizations.policy.ts";
import { presentOrganization } from "./organizations.presenter.ts";
import { findOrganization, listOrganizationsPage, replaceWorkingGroups } from "./organizations.repository.ts";

/** The references an organisation makes (type, region, working groups) must exist. */
async function checkReferences(db: Db, actor: UserActor, input: UpdateOrganizationInput) {
  if (input.typeCode !== undefined && !(await isActiveTerm(db, "organization_type", input.typeCode))) {
    throw invalidField("typeCode", "field.vocabulary_unknown", { kind: "organization_type" });
  }
  if (input.regionCode !== undefined) {
    const [region] = await db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, input.regionCode));
    if (!region) throw invalidField("regionCode", "field.region_unknown");
  }
  if (input.workingGroupIds && input.workingGroupIds.length > 0) {
    const found = await db
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(
        and(
          inArray(workingGroups.id, input.workingGroupIds),
          eq(workingGroups.taskForceId, actor.taskForceId),
        ),
      );
    if (found.length !== new Set(input.workingGroupIds).size)
      throw invalidField("workingGroupIds", "field.working_group_unknown");
  }
}

async function loadAuthorized(db: Db, actor: UserActor, id: string, action: OrganizationAction) {
  const row = await findOrganization(db, id);
  authorize(actor, organizationPolicy, action, row, "organization");
  return row;
}

export async function listOrganizations(
  ctx: AppContext,
  actor: UserActor,
  query: z.infer<typeof listOrganizationsQuerySchema>,
) {
  const after = decodeCursor(query.cursor, 2);
  const rows = await listOrganizationsPage(
    ctx.db,
    {
      visible: visibleOrganizationsWhere(actor),
      q: query.q,
      typeCode: query.typeCode,
      active: query.active === undefined ? undefined : query.active === "true",
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
  return { items: page.items.map((r) => presentOrganization(actor, r)), nextCursor: page.nextCursor };
}

export async function getOrganization(ctx: AppContext, actor: UserActor, id: string) {
  return presentOrganization(actor, await loadAuthorized(ctx.db, actor, id, "read"));
}

/** Adds a member organisation to the actor's task force, with its working groups. */
export async function createOrganization(ctx: AppContext, actor: UserActor, input: CreateOrganizationInput) {
  await checkReferences(ctx.db, actor, input);
  const { workingGroupIds, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organizations)
      .values({ ...fields, taskForceId: actor.taskForceId })
      .returning({ id: organizations.id });
    await replaceWorkingGroups(tx, row!.id, workingGroupIds);
    await recordAudit(tx, actor, {
      event: "organization.created",
      recordType: "organization",
      recordId: row!.id,
      data: { name: input.name, typeCode: input.typeCode, regionCode: input.regionCode, workingGroupIds },
    });
    return row!.id;
  });
  return getOrganization(ctx, actor, id);
}

export async function updateOrganization(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: UpdateOrganizationInput,
) {
  const before = await loadAuthorized(ctx.db, actor, id, "update");
  await checkReferences(ctx.db, actor, input);
  const { workingGroupIds, ...fields } = input;
  const changes = Object.fromEntries(
    Object.entries(input)
      .filter(
        ([field, value]) => JSON.stringify(before[field as keyof typeof before]) !== JSON.stringify(value),
      )
      .map(([field, value]) => [field, { from: before[field as keyof typeof before], to: value }]),
  );
  await ctx.db.transaction(async (tx) => {
    if (Object.keys(fields).length > 0) {
      await tx
        .update(organizations)
        .set({ ...fields, updatedAt: ctx.now() })
        .where(eq(organizations.id, id));
    }
    if (workingGroupIds) await replaceWorkingGroups(tx, id, workingGroupIds);
    await recordAudit(tx, actor, {
      event: "organization.updated",
      recordType: "organization",
      recordId: id,
      data: { changes },
    });
  });
  return getOrganization(ctx, actor, id);
}

/** Deactivated organisations stay on their records; they only leave the pick lists. */
export async function setOrganizationActive(ctx: AppContext, actor: UserActor, id: string, active: boolean) {
  await loadAuthorized(ctx.db, actor, id, active ? "activate" : "deactivate");
  await ctx.db.transaction(async (tx) => {
    await tx.update(organizations).set({ active, updatedAt: ctx.now() }).where(eq(organizations.id, id));
    await recordAudit(tx, actor, {
      event: active ? "organization.activated" : "organization.deactivated",
      recordType: "organization",
      recordId: id,
    });
  });
  return getOrganization(ctx, actor, id);
}
