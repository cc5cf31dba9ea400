import { and, eq } from "drizzle-orm";
import type {
  ListCasesQuery,
  OpenCaseInput,
  RoutePointInput,
  UpdateCaseInput,
} from "../../../shared/cases.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import {
  checkCaseManager,
  checkOrganization,
  checkRegion,
  checkTerm,
  checkTerms,
} from "../../db/reference-checks.ts";
import { caseRoutePoints, cases } from "../../db/schema/index.ts";
import { normalisePseudonymousCode } from "../../lib/crypto/pseudonym.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { casePolicy, visibleCasesWhere } from "./case.policy.ts";
import { loadCase } from "./case-access.ts";
import { nextCaseNumber } from "./case-number.ts";
import { recordCaseEvent } from "./case-timeline.ts";
import { presentCase, presentCaseListItem } from "./cases.presenter.ts";
import { type CaseFilter, findCase, listCasesPage, listTimelinePage } from "./cases.repository.ts";

/** The code prefix of a person (see people.service.ts): a search for one finds their cases. */
export const PERSON_CODE_PREFIX = "ORG";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's query as a filter of the repository: the caller's reach first, then their choices. */
export function caseFilterOf(
  ctx: AppContext,
  actor: UserActor,
  query: Omit<ListCasesQuery, "cursor" | "limit">,
): CaseFilter {
  const q = query.q?.toUpperCase().replace(/\s+/g, "");
  const personCode = q ? normalisePseudonymousCode(PERSON_CODE_PREFIX, q) : null;
  return {
    visible: visibleCasesWhere(actor),
    now: ctx.now(),
    // A full number matches from its start; a piece of one ("2026-0031", "0031") anywhere in it.
    numberPattern:
      q && !personCode
        ? q.startsWith("TPPO")
          ? `${escapeLike(q.slice(0, 40))}%`
          : `%${escapeLike(q.slice(0, 40))}%`
        : undefined,
    personCode: personCode ?? undefined,
    status: query.status,
    legalStage: query.legalStage,
    exploitationForm: query.exploitationForm,
    regionCode: query.regionCode,
    leadOrganizationId: query.leadOrganizationId,
    year: query.year,
    overdue: query.overdue === "true",
    closureRequested: query.closureRequested === "true",
  };
}

export async function listCases(ctx: AppContext, actor: UserActor, query: ListCasesQuery) {
  const after = decodeCursor(query.cursor, 2);
  const rows = await listCasesPage(ctx.db, caseFilterOf(ctx, actor, query), after, query.limit);
  const page = pageOf(rows, query.limit, (r) => [r.identifiedOn, r.id]);
  return { items: page.items.map(presentCaseListItem), nextCursor: page.nextCursor };
}

export async function getCase(ctx: AppContext, actor: UserActor, caseId: string) {
  const row = await findCase(ctx.db, caseId);
  authorize(actor, casePolicy, "read", row?.case, "case");
  return presentCase(actor, row!);
}

type CaseFields = Partial<Omit<OpenCaseInput, "route">> & { route?: RoutePointInput[] };

/** Every reference a case makes must exist, and dates must not lie in the future. */
async function checkCaseFields(ctx: AppContext, db: Db, actor: UserActor, input: CaseFields) {
  if (input.identifiedOn && input.identifiedOn > wibDate(ctx.now())) {
    throw invalidField("identifiedOn", "field.date_in_future");
  }
  if (input.leadOrganizationId)
    await checkOrganization(db, actor, "leadOrganizationId", input.leadOrganizationId);
  await checkCaseManager(db, actor, "caseManagerId", input.caseManagerId);
  await checkRegion(db, "identifiedRegionCode", input.identifiedRegionCode);
  await checkTerms(db, "exploitationForms", "exploitation_form", input.exploitationForms ?? []);
  await checkTerms(db, "means", "trafficking_means", input.means ?? []);
  await checkTerms(db, "acts", "trafficking_act", input.acts ?? []);
  await checkTerm(db, "recruiterRelation", "suspect_relation", input.recruiterRelation);
  await checkTerm(db, "riskLevel", "risk_level", input.riskLevel);
  for (const [i, point] of (input.route ?? []).entries()) {
    await checkRegion(db, `route.${i}.regionCode`, point.regionCode);
    await checkTerm(db, `route.${i}.placeTypeCode`, "place_type", point.placeTypeCode);
  }
}

async function writeRoute(tx: Db, caseId: string, route: RoutePointInput[]) {
  await tx.delete(caseRoutePoints).where(eq(caseRoutePoints.caseId, caseId));
  if (route.length === 0) return;
  await tx.insert(caseRoutePoints).values(
    route.map((p, position) => ({
      caseId,
      position,
      kind: p.kind,
      regionCode: p.regionCode ?? null,
      countryCode: p.countryCode ?? null,
      placeTypeCode: p.placeTypeCode ?? null,
      description: p.description ?? null,
    })),
  );
}

/**
 * Opens a case inside the caller's transaction (complaint triage opens one together with its
 * own change). A case manager who opens a case without naming one manages it themselves.
 */
export async function openCaseIn(tx: Db, ctx: AppContext, actor: UserActor, input: OpenCaseInput) {
  if (!actor.permissions.has("case.manage")) throw invalidField("caseId", "field.invalid");
  const leadOrganizationId = input.leadOrganizationId ?? actor.organizationId;
  const caseManagerId = input.caseManagerId ?? (actor.role === "case_manager" ? actor.userId : null);
  await checkCaseFields(ctx, tx, actor, { ...input, leadOrganizationId, caseManagerId });
  const year = Number(input.identifiedOn.slice(0, 4));
  const { number, seq } = await nextCaseNumber(tx, actor.taskForceId, year);
  const [row] = await tx
    .insert(cases)
    .values({
      taskForceId: actor.taskForceId,
      number,
      year,
      seq,
      title: input.title,
      leadOrganizationId,
      caseManagerId,
      identifiedOn: input.identifiedOn,
      identifiedRegionCode: input.identifiedRegionCode ?? null,
      identifiedCountryCode: input.identifiedCountryCode ?? null,
      exploitationForms: input.exploitationForms,
      means: input.means,
      acts: input.acts,
      recruitmentMethod: input.recruitmentMethod ?? null,
      recruiterRelation: input.recruiterRelation ?? null,
      recruitmentPlatform: input.recruitmentPlatform ?? null,
      riskLevel: input.riskLevel,
      summary: input.summary ?? null,
      createdById: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    })
    .returning({ id: cases.id });
  const caseId = row!.id;
  await writeRoute(tx, caseId, input.route);
  await recordCaseEvent(tx, actor, caseId, "case.opened", { number });
  await recordAudit(tx, actor, {
    event: "case.opened",
    recordType: "case",
    recordId: caseId,
    data: { number },
  });
  return { id: caseId, number };
}

export async function openCase(ctx: AppContext, actor: UserActor, input: OpenCaseInput) {
  const { id } = await ctx.db.transaction((tx) => openCaseIn(tx, ctx, actor, input));
  return getCase(ctx, actor, id);
}

export async function updateCase(ctx: AppContext, actor: UserActor, caseId: string, input: UpdateCaseInput) {
  await loadCase(ctx.db, actor, caseId, "update");
  await checkCaseFields(ctx, ctx.db, actor, input);
  const before = (await findCase(ctx.db, caseId))!.case;
  const { route, ...fields } = input;
  const changed = Object.keys(fields).filter(
    (k) =>
      JSON.stringify(before[k as keyof typeof before] ?? null) !==
      JSON.stringify(fields[k as keyof typeof fields] ?? null),
  );
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    await tx
      .update(cases)
      .set({ ...fields, updatedAt: ctx.now() })
      .where(eq(cases.id, caseId));
    if (route) await writeRoute(tx, caseId, route);
    const fieldsChanged = route ? [...changed, "route"] : changed;
    if (fields.status && fields.status !== before.status) {
      await recordCaseEvent(tx, actor, caseId, "case.status_changed", {
        from: before.status,
        to: fields.status,
      });
    }
    if (fieldsChanged.length > 0)
      await recordCaseEvent(tx, actor, caseId, "case.updated", { fields: fieldsChanged });
    await recordAudit(tx, actor, {
      event: "case.updated",
      recordType: "case",
      recordId: caseId,
      data: { fields: fieldsChanged },
    });
  });
  return getCase(ctx, actor, caseId);
}

/**
 * Moves an open case to "in service" when its first service starts or a referral is accepted;
 * called in the transaction of that change.
 */
export async function markInService(tx: Db, actor: UserActor | null, caseId: string) {
  const moved = await tx
    .update(cases)
    .set({ status: "in_service" })
    .where(sqlOpen(caseId))
    .returning({ id: cases.id });
  if (moved.length > 0)
    await recordCaseEvent(tx, actor, caseId, "case.status_changed", { from: "open", to: "in_service" });
}

function sqlOpen(caseId: string) {
  return and(eq(cases.id, caseId), eq(cases.status, "open"));
}

export async function listTimeline(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  query: { cursor?: string; limit: number },
) {
  await loadCase(ctx.db, actor, caseId, "read");
  const after = decodeCursor(query.cursor, 2);
  const rows = await listTimelinePage(ctx.db, caseId, after, query.limit);
  const page = pageOf(rows, query.limit, (r) => [r.occurredAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      kind: r.kind,
      actorName: r.actorName,
      data: (r.data ?? {}) as Record<string, unknown>,
      note: r.note,
    })),
    nextCursor: page.nextCursor,
  };
}
