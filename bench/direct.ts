import { eq } from "drizzle-orm";
import type { AppContext } from "../server/app-context.ts";
import type { UserActor } from "../server/auth/actor.ts";
import { effectivePermissions } from "../server/auth/session-permissions.ts";
import { users } from "../server/db/schema/index.ts";
import { listRegions } from "../server/modules/regions/regions.service.ts";
import { listUsers } from "../server/modules/users/users.service.ts";
import type { Role } from "../shared/roles.ts";

export type DirectTiming = { name: string; p50Ms: number; p99Ms: number; iterations: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function time(
  name: string,
  iterations: number,
  fn: () => Promise<unknown>,
): Promise<DirectTiming> {
  for (let i = 0; i < 10; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99), iterations };
}

/** The endpoints' own use cases called in-process, without HTTP: the API's overhead is the difference. */
export async function directTimings(ctx: AppContext, adminEmail: string): Promise<DirectTiming[]> {
  const [admin] = await ctx.db.select().from(users).where(eq(users.email, adminEmail));
  if (!admin) throw new Error(`no user ${adminEmail}`);
  const actor: UserActor = {
    kind: "user",
    userId: admin.id,
    name: admin.name,
    email: admin.email,
    role: admin.role as Role,
    organizationId: admin.organizationId,
    taskForceId: admin.taskForceId,
    locale: "id",
    permissions: effectivePermissions(admin.role as Role, false, []),
    via: "session",
    sessionId: null,
    secondFactorEnrolled: false,
    secondFactorVerified: false,
    ip: null,
  };
  return [
    await time("users", 300, () => listUsers(ctx, actor, { limit: 50 })),
    await time("regions", 300, () => listRegions(ctx, { parentCode: "31.71", limit: 50 })),
    await time("regionsSearch", 50, () => listRegions(ctx, { q: "an", limit: 200 })),
  ];
}
