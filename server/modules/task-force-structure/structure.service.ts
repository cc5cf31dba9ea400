import { and, eq, inArray, isNull } from "drizzle-orm";
import {
  type CreateDecreeInput,
  type CreateMembershipInput,
  type EndMembershipInput,
  type MemberPosition,
  singleSeatPositions,
  type UpdateDecreeInput,
  type UpdateMembershipInput,
} from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { taskForceDecrees, taskForceMemberships, workingGroups } from "../../db/schema/index.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { currentDecreeOn, presentDecree, presentMembership } from "./structure.presenter.ts";
import {
  findDecrees,
  findMemberships,
  findWorkingGroups,
  holdersOf,
  holdsOn,
  insertMembership,
  type MembershipRow,
} from "./structure.repository.ts";

/** The structure on a day (default today, WIB): the decree in force, its seats, the working groups. */
export async function getStructure(ctx: AppContext, actor: UserActor, on?: string) {
  const day = on ?? wibDate(ctx.now());
  const decrees = await findDecrees(ctx.db, actor.taskForceId);
  const current = currentDecreeOn(decrees, day);
  const members = await findMemberships(ctx.db, actor.taskForceId, holdsOn(day));
  return {
    on: day,
    decree: current ? presentDecree(current, current.id) : null,
    decrees: decrees.map((d) => presentDecree(d, current?.id ?? null)),
    members: members.map((m) => presentMembership(m, day)),
    workingGroups: await findWorkingGroups(ctx.db, actor.taskForceId),
    abilities: { manage: actor.permissions.has("coordination.manage") },
  };
}

/** Every seat there ever was, current and ended: the structure's history. */
export async function getStructureHistory(ctx: AppContext, actor: UserActor) {
  const day = wibDate(ctx.now());
  const rows = await findMemberships(ctx.db, actor.taskForceId);
  return { items: rows.map((m) => presentMembership(m, day)) };
}

async function checkWorkingGroups(db: Db, actor: UserActor, ids: readonly string[] | undefined) {
  if (!ids || ids.length === 0) return;
  const found = await db
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(
      and(inArray(workingGroups.id, [...new Set(ids)]), eq(workingGroups.taskForceId, actor.taskForceId)),
    );
  const known = new Set(found.map((r) => r.id));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalidField(`workingGroupIds.${index}`, "field.working_group_unknown");
}

/** Ketua, ketua harian and sekretaris are single seats: a second holder needs the first to go. */
async function checkSeatFree(
  db: Db,
  actor: UserActor,
  position: MemberPosition,
  from: string,
  replacing: string | null,
) {
  if (!singleSeatPositions.includes(position)) return;
  const holders = (await holdersOf(db, actor.taskForceId, position, from)).filter((h) => h.id !== replacing);
  const [holder] = holders;
  if (holder) {
    throw invalidField("positionCode", "coordination.position_taken", {
      holder: holder.personName
        ? `${holder.personName} (${holder.organizationName})`
        : holder.organizationName,
    });
  }
}

async function checkDecree(db: Db, actor: UserActor, decreeId: string | null | undefined) {
  if (!decreeId) return;
  const [row] = await findDecrees(db, actor.taskForceId, decreeId);
  if (!row) throw invalidField("decreeId", "coordination.decree_unknown");
}

async function loadMembership(
  db: Db,
  actor: UserActor,
  id: string,
  forUpdate = false,
): Promise<MembershipRow> {
  const [row] = await findMemberships(db, actor.taskForceId, eq(taskForceMemberships.id, id), { forUpdate });
  if (!row) throw notFound();
  return row;
}

async function presentOne(ctx: AppContext, actor: UserActor, id: string) {
  return presentMembership(await loadMembership(ctx.db, actor, id), wibDate(ctx.now()));
}

/**
 * Records a decree. With carryOverMembers the seats holding when its period starts continue
 * under it: each is closed that day and reopened under the new decree (a seat that began that
 * very day is only moved), so the history shows which decree every seat stood on.
 */
export async function createDecree(ctx: AppContext, actor: UserActor, input: CreateDecreeInput) {
  const { carryOverMembers, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(taskForceDecrees)
      .values({
        ...fields,
        taskForceId: actor.taskForceId,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: taskForceDecrees.id });
    const decreeId = row!.id;
    let carried = 0;
    if (carryOverMembers) {
      const seats = await findMemberships(tx, actor.taskForceId, holdsOn(input.periodStart), {
        forUpdate: true,
      });
      for (const seat of seats) {
        if (seat.decreeId === decreeId) continue;
        if (seat.validFrom === input.periodStart) {
          await tx
            .update(taskForceMemberships)
            .set({ decreeId, updatedAt: ctx.now() })
            .where(eq(taskForceMemberships.id, seat.id));
        } else {
          await tx
            .update(taskForceMemberships)
            // No end reason: the successor's decree says why the seat was renewed.
            .set({ validTo: input.periodStart, updatedAt: ctx.now() })
            .where(eq(taskForceMemberships.id, seat.id));
          await insertMembership(
            tx,
            {
              taskForceId: actor.taskForceId,
              decreeId,
              organizationId: seat.organizationId,
              positionCode: seat.positionCode,
              personName: seat.personName,
              personTitle: seat.personTitle,
              phone: seat.phone,
              email: seat.email,
              validFrom: input.periodStart,
              previousId: seat.id,
              createdById: actor.userId,
              createdAt: ctx.now(),
              updatedAt: ctx.now(),
            },
            seat.workingGroupIds,
          );
        }
        carried++;
      }
    }
    await recordAudit(tx, actor, {
      event: "structure.decree_recorded",
      recordType: "task_force_decree",
      recordId: decreeId,
      data: {
        number: input.number,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd ?? null,
        carried,
      },
    });
    return decreeId;
  });
  const day = wibDate(ctx.now());
  const decrees = await findDecrees(ctx.db, actor.taskForceId);
  return presentDecree(decrees.find((d) => d.id === id)!, currentDecreeOn(decrees, day)?.id ?? null);
}

export async function updateDecree(
  ctx: AppContext,
  actor: UserActor,
  decreeId: string,
  input: UpdateDecreeInput,
) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await findDecrees(tx, actor.taskForceId, decreeId);
    if (!row) throw notFound();
    const merged = { ...row, ...input };
    if (merged.periodEnd && merged.periodEnd < merged.periodStart)
      throw invalidField("periodEnd", "field.date_range");
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(input)) {
      const before = (row as Record<string, unknown>)[key] ?? null;
      if (before !== (value ?? null)) changed[key] = { from: before, to: value ?? null };
    }
    if (Object.keys(changed).length === 0) return;
    await tx
      .update(taskForceDecrees)
      .set({ ...input, updatedAt: ctx.now() })
      .where(eq(taskForceDecrees.id, decreeId));
    await recordAudit(tx, actor, {
      event: "structure.decree_updated",
      recordType: "task_force_decree",
      recordId: decreeId,
      data: { changed },
    });
  });
  const decrees = await findDecrees(ctx.db, actor.taskForceId);
  const row = decrees.find((d) => d.id === decreeId)!;
  return presentDecree(row, currentDecreeOn(decrees, wibDate(ctx.now()))?.id ?? null);
}

export async function addMember(ctx: AppContext, actor: UserActor, input: CreateMembershipInput) {
  const validFrom = input.validFrom ?? wibDate(ctx.now());
  const id = await ctx.db.transaction(async (tx) => {
    await checkOrganization(tx, actor, "organizationId", input.organizationId);
    await checkWorkingGroups(tx, actor, input.workingGroupIds);
    await checkDecree(tx, actor, input.decreeId);
    await checkSeatFree(tx, actor, input.positionCode, validFrom, null);
    // Without a decree named, the seat stands on the one in force when it begins.
    const decreeId =
      input.decreeId ?? currentDecreeOn(await findDecrees(tx, actor.taskForceId), validFrom)?.id ?? null;
    const membershipId = await insertMembership(
      tx,
      {
        taskForceId: actor.taskForceId,
        decreeId,
        organizationId: input.organizationId,
        positionCode: input.positionCode,
        personName: input.personName ?? null,
        personTitle: input.personTitle ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        validFrom,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      },
      input.workingGroupIds,
    );
    await recordAudit(tx, actor, {
      event: "structure.member_added",
      recordType: "task_force_membership",
      recordId: membershipId,
      data: {
        organizationId: input.organizationId,
        position: input.positionCode,
        workingGroupIds: input.workingGroupIds,
        validFrom,
      },
    });
    return membershipId;
  });
  return presentOne(ctx, actor, id);
}

const contactKeys = ["personName", "personTitle", "phone", "email"] as const;

/**
 * A correction rewrites contact details in place (the audit keeps the old values); a change
 * closes the seat on effectiveOn and opens its successor, so both stay in the history.
 */
export async function updateMember(
  ctx: AppContext,
  actor: UserActor,
  membershipId: string,
  input: UpdateMembershipInput,
) {
  const resultId = await ctx.db.transaction(async (tx) => {
    const row = await loadMembership(tx, actor, membershipId, true);
    if (row.validTo !== null) throw invalidField("mode", "coordination.membership_ended");
    if (input.mode === "correct") {
      if (
        input.positionCode !== undefined ||
        input.workingGroupIds !== undefined ||
        input.effectiveOn !== undefined
      ) {
        const field =
          input.positionCode !== undefined
            ? "positionCode"
            : input.workingGroupIds
              ? "workingGroupIds"
              : "effectiveOn";
        throw invalidField(field, "coordination.change_fields_only");
      }
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of contactKeys) {
        if (input[key] !== undefined && (input[key] ?? null) !== row[key])
          changed[key] = { from: row[key], to: input[key] ?? null };
      }
      if (Object.keys(changed).length === 0) throw invalidField("mode", "coordination.nothing_changed");
      await tx
        .update(taskForceMemberships)
        .set({
          ...Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v.to])),
          updatedAt: ctx.now(),
        })
        .where(eq(taskForceMemberships.id, row.id));
      await recordAudit(tx, actor, {
        event: "structure.member_corrected",
        recordType: "task_force_membership",
        recordId: row.id,
        data: { changed },
      });
      return row.id;
    }
    const effectiveOn = input.effectiveOn!;
    if (effectiveOn <= row.validFrom)
      throw invalidField("effectiveOn", "coordination.before_seat_start", { date: row.validFrom });
    const next = {
      positionCode: input.positionCode ?? (row.positionCode as MemberPosition),
      workingGroupIds: input.workingGroupIds ?? row.workingGroupIds,
      personName: input.personName === undefined ? row.personName : input.personName,
      personTitle: input.personTitle === undefined ? row.personTitle : input.personTitle,
      phone: input.phone === undefined ? row.phone : input.phone,
      email: input.email === undefined ? row.email : input.email,
    };
    const same =
      next.positionCode === row.positionCode &&
      [...next.workingGroupIds].sort().join() === [...row.workingGroupIds].sort().join() &&
      contactKeys.every((k) => (next[k] ?? null) === row[k]);
    if (same) throw invalidField("mode", "coordination.nothing_changed");
    await checkWorkingGroups(tx, actor, next.workingGroupIds);
    await checkSeatFree(tx, actor, next.positionCode, effectiveOn, row.id);
    await tx
      .update(taskForceMemberships)
      .set({ validTo: effectiveOn, endReason: input.reason ?? null, updatedAt: ctx.now() })
      .where(eq(taskForceMemberships.id, row.id));
    const successor = await insertMembership(
      tx,
      {
        taskForceId: actor.taskForceId,
        decreeId: row.decreeId,
        organizationId: row.organizationId,
        positionCode: next.positionCode,
        personName: next.personName ?? null,
        personTitle: next.personTitle ?? null,
        phone: next.phone ?? null,
        email: next.email ?? null,
        validFrom: effectiveOn,
        previousId: row.id,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      },
      next.workingGroupIds,
    );
    await recordAudit(tx, actor, {
      event: "structure.member_changed",
      recordType: "task_force_membership",
      recordId: successor,
      data: {
        previousId: row.id,
        effectiveOn,
        position: { from: row.positionCode, to: next.positionCode },
        personChanged: next.personName !== row.personName,
        workingGroupIds: { from: row.workingGroupIds, to: next.workingGroupIds },
        reason: input.reason ?? null,
      },
    });
    return successor;
  });
  return presentOne(ctx, actor, resultId);
}

export async function endMember(
  ctx: AppContext,
  actor: UserActor,
  membershipId: string,
  input: EndMembershipInput,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadMembership(tx, actor, membershipId, true);
    if (row.validTo !== null) throw invalidField("endedOn", "coordination.membership_ended");
    if (input.endedOn <= row.validFrom)
      throw invalidField("endedOn", "coordination.before_seat_start", { date: row.validFrom });
    await tx
      .update(taskForceMemberships)
      .set({ validTo: input.endedOn, endReason: input.reason, updatedAt: ctx.now() })
      .where(and(eq(taskForceMemberships.id, row.id), isNull(taskForceMemberships.validTo)));
    await recordAudit(tx, actor, {
      event: "structure.member_ended",
      recordType: "task_force_membership",
      recordId: row.id,
      data: { endedOn: input.endedOn, reason: input.reason },
    });
  });
  return presentOne(ctx, actor, membershipId);
}
