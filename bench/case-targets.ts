import { eq } from "drizzle-orm";
import type { AppContext } from "../server/app-context.ts";
import type { UserActor } from "../server/auth/actor.ts";
import { effectivePermissions } from "../server/auth/session-permissions.ts";
import { cases, users } from "../server/db/schema/index.ts";
import { getCase, listCases } from "../server/modules/cases/cases.service.ts";
import { findDuplicates } from "../server/modules/people/duplicates.service.ts";
import { listCasePeople } from "../server/modules/people/people.service.ts";
import type { Role } from "../shared/roles.ts";
import { type DirectTiming, time } from "./direct.ts";

/** One case request of the benchmark: its API path (and body), and the same use case in-process. */
export type CaseTarget = {
  name: string;
  path: string;
  body?: unknown;
  direct: (ctx: AppContext, actor: UserActor) => Promise<unknown>;
};

const filtered = { status: "in_service", exploitationForm: "sexual_exploitation" } as const;
// A name that exists in the demo data (demo-people.ts) with a spelling variant, and a birth date.
const duplicateQuery = { name: "Siti Rahmawatie", birthDate: "2008-03-14", originRegionCode: "32" };

/** The case issue's measured requests, for a case picked from the middle of the data set. */
export async function caseTargets(ctx: AppContext): Promise<CaseTarget[]> {
  const [middle] = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .orderBy(cases.number)
    .limit(1)
    .offset(500);
  const caseId = middle!.id;
  return [
    { name: "cases", path: "/api/cases?limit=50", direct: (c, a) => listCases(c, a, { limit: 50 }) },
    {
      name: "casesFiltered",
      path: `/api/cases?limit=50&status=${filtered.status}&exploitationForm=${filtered.exploitationForm}`,
      direct: (c, a) => listCases(c, a, { limit: 50, ...filtered }),
    },
    { name: "casePage", path: `/api/cases/${caseId}`, direct: (c, a) => getCase(c, a, caseId) },
    {
      name: "casePeople",
      path: `/api/cases/${caseId}/people`,
      direct: (c, a) => listCasePeople(c, a, caseId),
    },
    {
      name: "duplicates",
      path: "/api/people/duplicates",
      body: duplicateQuery,
      direct: (c, a) => findDuplicates(c, a, duplicateQuery),
    },
  ];
}

/** A coordinator as the API would see one whose second factor is verified. */
export async function coordinatorActor(ctx: AppContext, email: string): Promise<UserActor> {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return {
    kind: "user",
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    organizationId: user.organizationId,
    taskForceId: user.taskForceId,
    locale: "id",
    permissions: effectivePermissions(user.role as Role, true, []),
    via: "session",
    sessionId: null,
    secondFactorEnrolled: true,
    secondFactorVerified: true,
    ip: null,
  };
}

export async function caseDirectTimings(ctx: AppContext, actor: UserActor, targets: CaseTarget[]) {
  const timings: DirectTiming[] = [];
  for (const t of targets) timings.push(await time(t.name, 200, () => t.direct(ctx, actor)));
  return timings;
}
