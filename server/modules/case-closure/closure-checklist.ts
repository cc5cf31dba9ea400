import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { AssessmentNeed } from "../../../shared/assessments.ts";
import {
  type ClosureRequestInput,
  type ClosureRequirement,
  serviceTypesForNeed,
} from "../../../shared/case-closure.ts";
import type { Db } from "../../db/database.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import { assessments, casePeople, referrals, services } from "../../db/schema/index.ts";
import { AppError, type FieldProblem } from "../../lib/errors.ts";
import { termLabels } from "../vocabularies/vocabularies.service.ts";

type Reason = ClosureRequirement["because"][number];

/**
 * The lines a closure checklist must have: one for each need of each victim's latest
 * assessment, each service type anyone was referred for (a cancelled referral was a mistake,
 * not a need) and each service type recorded in the case. Sorted by service type.
 */
export async function closureRequirements(db: Db, caseId: string): Promise<ClosureRequirement[]> {
  return (await closureFacts(db, caseId)).required;
}

/** The required lines, and the service types delivered in the case. */
async function closureFacts(db: Db, caseId: string) {
  // One query after another: inside a transaction they share one connection.
  const latestAssessments = await db
    .selectDistinctOn([assessments.casePersonId], { needs: assessments.needs })
    .from(assessments)
    .innerJoin(casePeople, eq(casePeople.id, assessments.casePersonId))
    .where(and(eq(casePeople.caseId, caseId), eq(casePeople.role, "victim")))
    .orderBy(assessments.casePersonId, desc(assessments.assessedOn), desc(assessments.createdAt));
  const referred = await db
    .select({ types: referrals.serviceTypes })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), ne(referrals.status, "cancelled")));
  const served = await db
    .selectDistinct({ type: services.serviceTypeCode, status: services.status })
    .from(services)
    .where(eq(services.caseId, caseId));
  const lines = new Map<string, { serviceTypeCodes: readonly string[]; because: Set<Reason> }>();
  const add = (types: readonly string[], why: Reason) => {
    const key = types.join("|");
    const line = lines.get(key) ?? { serviceTypeCodes: types, because: new Set<Reason>() };
    line.because.add(why);
    lines.set(key, line);
  };
  for (const need of latestAssessments.flatMap((a) => a.needs)) {
    const types = serviceTypesForNeed[need as AssessmentNeed];
    if (types) add(types, "assessed_need");
  }
  for (const type of referred.flatMap((r) => r.types)) add([type], "referral");
  for (const { type } of served) add([type], "service");
  // A need met by one of several types is covered by a line of one of them: one line, not two
  // that the checklist could not both fill without listing a type twice.
  for (const [key, line] of lines) {
    if (line.serviceTypeCodes.length < 2) continue;
    const single = line.serviceTypeCodes.map((t) => lines.get(t)).find((l) => l !== undefined);
    if (!single) continue;
    for (const why of line.because) single.because.add(why);
    lines.delete(key);
  }
  const delivered = new Set(served.filter((s) => s.status === "delivered").map((s) => s.type));
  const required = [...lines.values()]
    .map((line) => ({
      serviceTypeCodes: [...line.serviceTypeCodes],
      because: [...line.because].sort(),
      delivered: line.serviceTypeCodes.some((t) => delivered.has(t)),
    }))
    .sort((a, b) => a.serviceTypeCodes[0]!.localeCompare(b.serviceTypeCodes[0]!));
  return { required, delivered };
}

/**
 * What is wrong with a closure checklist: an unknown or repeated service type, a "delivered"
 * that no delivered service of the case backs, or a required line left out (named in the message).
 */
export async function checklistProblems(
  db: Db,
  caseId: string,
  checklist: ClosureRequestInput["checklist"],
): Promise<FieldProblem[]> {
  for (const [i, item] of checklist.entries()) {
    await checkTerm(db, `checklist.${i}.serviceTypeCode`, "service_type", item.serviceTypeCode);
  }
  const { required, delivered } = await closureFacts(db, caseId);
  const label = await termLabels(db, "service_type", [
    ...checklist.map((i) => i.serviceTypeCode),
    ...required.flatMap((l) => l.serviceTypeCodes),
  ]);

  const problems: FieldProblem[] = [];
  const listed = new Set<string>();
  for (const [i, item] of checklist.entries()) {
    if (listed.has(item.serviceTypeCode)) {
      problems.push({ field: `checklist.${i}.serviceTypeCode`, key: "closure.item_duplicate" });
    } else if (item.outcome === "delivered" && !delivered.has(item.serviceTypeCode)) {
      problems.push({
        field: `checklist.${i}.outcome`,
        key: "closure.not_delivered",
        params: { serviceType: label(item.serviceTypeCode) },
      });
    }
    listed.add(item.serviceTypeCode);
  }
  for (const line of required) {
    if (!line.serviceTypeCodes.some((t) => listed.has(t))) {
      problems.push({
        field: "checklist",
        key: "closure.item_missing",
        params: {
          serviceType: {
            id: line.serviceTypeCodes.map((t) => label(t).id).join(" / "),
            en: line.serviceTypeCodes.map((t) => label(t).en).join(" / "),
          },
        },
      });
    }
  }
  return problems;
}

/**
 * Refuses to close a case while a referral still waits for an answer or is being served: the
 * receiving organisation would keep working on a closed case. Cancel or complete them first.
 */
export async function assertNoOpenReferrals(db: Db, caseId: string): Promise<void> {
  const open = await db.$count(
    referrals,
    and(eq(referrals.caseId, caseId), inArray(referrals.status, ["sent", "accepted"])),
  );
  if (open > 0) throw new AppError("conflict", "error.closure_referrals_open", { params: { count: open } });
}
