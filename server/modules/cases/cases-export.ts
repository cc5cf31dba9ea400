import { Readable } from "node:stream";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ListCasesQuery } from "../../../shared/cases.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { casePeople, people, referrals, services, vocabularyTerms } from "../../db/schema/index.ts";
import { csvLine } from "../../lib/csv.ts";
import { wibDate } from "../../lib/wib.ts";
import { listCasesPage } from "./cases.repository.ts";
import { caseFilterOf } from "./cases.service.ts";

const BATCH = 1000;

/** One row per victim; people appear by pseudonymous code only, with HTCDS values beside ours. */
const header = [
  "case_number",
  "case_status",
  "identified_on",
  "identified_region_code",
  "exploitation_forms",
  "exploitation_htcds",
  "legal_stage",
  "person_code",
  "sex",
  "sex_htcds",
  "age_at_exploitation",
  "is_child",
  "age_group",
  "nationality",
  "origin_region_code",
  "origin_country",
  "referrals",
  "services_delivered",
];

async function htcdsOf(ctx: AppContext, kind: string) {
  const rows = await ctx.db
    .select({ code: vocabularyTerms.code, htcds: vocabularyTerms.htcds })
    .from(vocabularyTerms)
    .where(eq(vocabularyTerms.kind, kind));
  return new Map(rows.map((r) => [r.code, r.htcds ?? ""]));
}

/**
 * The victims of every case the caller may see (the list's filters apply), as CSV, read in
 * batches so a whole city's history streams without being held in memory. Audited: an export
 * leaves the system.
 */
export async function exportCases(
  ctx: AppContext,
  actor: UserActor,
  query: Omit<ListCasesQuery, "cursor" | "limit">,
) {
  const filter = caseFilterOf(ctx, actor, query);
  const forms = await htcdsOf(ctx, "exploitation_form");
  const sexes = await htcdsOf(ctx, "sex");
  let rows = 0;
  async function* lines() {
    yield `\uFEFF${csvLine(header)}`;
    let after: (string | number)[] | null = null;
    for (;;) {
      const page = await listCasesPage(ctx.db, filter, after, BATCH);
      const batch = page.slice(0, BATCH);
      if (batch.length === 0) break;
      const victims = await ctx.db
        .select({
          caseId: casePeople.caseId,
          code: people.code,
          sexCode: people.sexCode,
          age: casePeople.ageAtExploitation,
          isChild: casePeople.isChild,
          ageGroupCode: casePeople.ageGroupCode,
          nationalityCode: people.nationalityCode,
          originRegionCode: people.originRegionCode,
          originCountryCode: people.originCountryCode,
          referralCount: sql<number>`(select count(*)::int from ${referrals} where ${referrals.casePersonId} = ${casePeople.id})`,
          deliveredCount: sql<number>`(select count(*)::int from ${services} where ${services.casePersonId} = ${casePeople.id} and ${services.status} = 'delivered')`,
        })
        .from(casePeople)
        .innerJoin(people, eq(people.id, casePeople.personId))
        .where(
          and(
            inArray(
              casePeople.caseId,
              batch.map((c) => c.id),
            ),
            eq(casePeople.role, "victim"),
          ),
        );
      const byCase = new Map<string, typeof victims>();
      for (const v of victims) byCase.set(v.caseId, [...(byCase.get(v.caseId) ?? []), v]);
      let chunk = "";
      for (const c of batch) {
        for (const v of byCase.get(c.id) ?? []) {
          rows++;
          chunk += csvLine([
            c.number,
            c.status,
            c.identifiedOn,
            c.identifiedRegionCode,
            c.exploitationForms.join(";"),
            c.exploitationForms.map((f) => forms.get(f) ?? "").join(";"),
            c.legalStage,
            v.code,
            v.sexCode,
            sexes.get(v.sexCode) ?? "",
            v.age,
            v.isChild === null ? "" : v.isChild,
            v.ageGroupCode,
            v.nationalityCode,
            v.originRegionCode,
            v.originCountryCode,
            Number(v.referralCount),
            Number(v.deliveredCount),
          ]);
        }
      }
      yield chunk;
      if (page.length <= BATCH) break;
      const last = batch[batch.length - 1]!;
      after = [last.identifiedOn, last.id];
    }
    await recordAudit(ctx.db, actor, {
      event: "cases.exported",
      recordType: "case",
      data: { rows, filters: query },
    });
  }
  return { stream: Readable.from(lines()), fileName: `kasus-korban-${wibDate(ctx.now())}.csv` };
}
