import { and, asc, eq } from "drizzle-orm";
import type {
  DirectoryEntry,
  DirectoryQuery,
  MemberPosition,
  SetServicesInput,
} from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import { organizationServices, organizations } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { directoryDetails, listDirectoryPage, replaceServices } from "./directory.repository.ts";

/**
 * The member directory: active organisations of the caller's task force with their services,
 * working groups and the people who hold their seats today. Also the referral directory:
 * `service` keeps the organisations that offer it.
 */
export async function listDirectory(ctx: AppContext, actor: UserActor, query: DirectoryQuery) {
  const day = wibDate(ctx.now());
  const after = decodeCursor(query.cursor, 2);
  const rows = await listDirectoryPage(
    ctx.db,
    {
      taskForceId: actor.taskForceId,
      day,
      q: query.q,
      service: query.service,
      workingGroupId: query.workingGroupId,
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
  const details = await directoryDetails(
    ctx.db,
    page.items.map((r) => r.id),
    day,
  );
  const items: DirectoryEntry[] = page.items.map((r) => {
    const seats = details.seats.filter((s) => s.organizationId === r.id);
    // The organisation's working groups, and those its seats sit in.
    const groups = new Set([
      ...details.groups.filter((g) => g.organizationId === r.id).map((g) => g.workingGroupId),
      ...seats.flatMap((s) => s.workingGroupIds ?? []),
    ]);
    return {
      ...r,
      services: details.services
        .filter((s) => s.organizationId === r.id)
        .map((s) => ({ code: s.serviceCode, note: s.note })),
      workingGroupIds: [...groups],
      representatives: seats.map((s) => ({
        id: s.id,
        positionCode: s.positionCode as MemberPosition,
        personName: s.personName,
        personTitle: s.personTitle,
        phone: s.phone,
        email: s.email,
      })),
    };
  });
  return {
    items,
    nextCursor: page.nextCursor,
    abilities: { manageServices: actor.permissions.has("coordination.manage") },
  };
}

/** Replaces the services an organisation offers (codes of the service_type vocabulary). */
export async function setServices(
  ctx: AppContext,
  actor: UserActor,
  organizationId: string,
  input: SetServicesInput,
) {
  await ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, organizationId), eq(organizations.taskForceId, actor.taskForceId)))
      .for("update");
    if (!org) throw notFound();
    // One check per row, so the problem names the row's field as the form shows it.
    for (const [i, service] of input.services.entries()) {
      await checkTerm(tx, `services.${i}.code`, "service_type", service.code);
    }
    const before = await tx
      .select({ code: organizationServices.serviceCode })
      .from(organizationServices)
      .where(eq(organizationServices.organizationId, organizationId));
    await replaceServices(tx, organizationId, input.services, ctx.now());
    await recordAudit(tx, actor, {
      event: "directory.services_updated",
      recordType: "organization",
      recordId: organizationId,
      data: { from: before.map((b) => b.code).sort(), to: input.services.map((s) => s.code).sort() },
    });
  });
  const rows = await ctx.db
    .select({ code: organizationServices.serviceCode, note: organizationServices.note })
    .from(organizationServices)
    .where(eq(organizationServices.organizationId, organizationId))
    .orderBy(asc(organizationServices.serviceCode));
  return { services: rows };
}
