import { expect } from "vitest";
import type { ReportDto } from "../../../shared/periodic-reports.ts";
import { taskForceMemberships } from "../../db/schema/index.ts";
import { otherTaskForceCoordinator as signInElsewhere } from "../../test/other-task-force.ts";
import type { Client, TestApp } from "../../test/test-app.ts";
import { seedDashboardData } from "../dashboard/test-support.ts";
import { preventionCast } from "../prevention/test-support.ts";

export const HEAD_NAME = "Drs. Budi Hartono, M.Si.";

/**
 * The dashboard's hand-worked task force (server/modules/dashboard/test-support.ts: 2025 holds
 * four victims in three cases, two of them girls; 2024 one victim), with the ketua harian and
 * the secretariat seated for the letterhead and the signature.
 */
export async function seedReportData(t: TestApp) {
  const cast = await preventionCast(t);
  await seedDashboardData(t, cast);
  const home = await t.factories.secretariat();
  await t.ctx.db.insert(taskForceMemberships).values([
    {
      taskForceId: home.taskForceId,
      organizationId: home.id,
      positionCode: "ketua_harian",
      personName: HEAD_NAME,
      personTitle: "Asisten Kesejahteraan Rakyat",
      validFrom: "2020-01-01",
    },
    {
      taskForceId: home.taskForceId,
      organizationId: home.id,
      positionCode: "sekretaris",
      validFrom: "2020-01-01",
    },
  ]);
  return { ...cast, taskForceId: home.taskForceId };
}

/** A coordinator of another task force: every report of this one is out of reach. */
export async function otherTaskForceCoordinator(t: TestApp): Promise<Client> {
  return (await signInElsewhere(t, "GT-LAPORAN-LAIN")).client;
}

/** Asks for the report until its build has ended (a draft, or failed). */
export async function waitForBuild(client: Client, id: string): Promise<ReportDto> {
  for (let i = 0; i < 600; i++) {
    const res = await client.get(`/api/reports/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status !== "building") return res.body as ReportDto;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`report ${id} still building`);
}

/** Starts a report and waits for it. */
export async function buildReport(client: Client, body: object): Promise<ReportDto> {
  const res = await client.post("/api/reports", body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitForBuild(client, res.body.id);
}
