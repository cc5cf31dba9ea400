import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { ReportDto } from "../../../shared/periodic-reports.ts";
import {
  actionItems,
  casePeople,
  caseRoutePoints,
  legalProcesses,
  meetingAttendance,
  meetingInvitations,
  restitutions,
  services,
  taskForceMemberships,
} from "../../db/schema/index.ts";
import { otherTaskForceCoordinator as signInElsewhere } from "../../test/other-task-force.ts";
import type { Client, TestApp } from "../../test/test-app.ts";
import { meetingFixture } from "../action-items/test-support.ts";
import {
  CIDENG,
  GAMBIR,
  heldSocialisation,
  NOW,
  PASAR_BARU,
  preventionCast,
} from "../prevention/test-support.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";

export const HEAD_NAME = "Drs. Budi Hartono, M.Si.";

/**
 * A small task force with a year of everything a report shows (clock: 10 March 2026, WIB).
 * 2025: C1 Cideng (migrant work + sexual, to MY; a girl and an adult man; convicted, restitution),
 * C2 Gambir (domestic, to SA; an adult woman; under investigation), C3 Pasar Baru (sexual; a
 * girl). 2024: C4 Cideng and C5 Pasar Baru, one victim each. Services for three victims of 2025,
 * two prevention activities and a held meeting in 2025, one overdue action item; the ketua
 * harian and the secretariat seated.
 */
export async function seedReportData(t: TestApp) {
  const cast = await preventionCast(t);
  const f = t.factories;
  const db = t.ctx.db;
  const home = await f.secretariat();
  const kase = (identifiedOn: string, identifiedRegionCode: string, exploitationForms: string[]) =>
    f.case({ identifiedOn, identifiedRegionCode, exploitationForms });
  const c1 = await kase("2025-03-10", CIDENG, ["irregular_migrant_work", "sexual_exploitation"]);
  const c2 = await kase("2025-06-15", GAMBIR, ["domestic_work"]);
  const c3 = await kase("2025-08-01", PASAR_BARU, ["sexual_exploitation"]);
  const c4 = await kase("2024-05-05", CIDENG, ["domestic_work"]);
  const c5 = await kase("2024-09-09", PASAR_BARU, ["domestic_work"]);
  const adult = { ageAtExploitation: 30, isChild: false, ageGroupCode: "age_25_44" };
  const v1 = await f.casePerson(c1.id, "victim");
  const v2 = await f.casePerson(c1.id, "victim", { sexCode: "male", originRegionCode: "32" });
  await db.update(casePeople).set(adult).where(eq(casePeople.id, v2.id));
  const v3 = await f.casePerson(c2.id, "victim", { originRegionCode: "33" });
  await db.update(casePeople).set(adult).where(eq(casePeople.id, v3.id));
  await f.casePerson(c3.id, "victim", { originRegionCode: "32" });
  await f.casePerson(c4.id, "victim");
  await f.casePerson(c5.id, "victim", { sexCode: "male" });
  await db.insert(caseRoutePoints).values([
    { caseId: c1.id, position: 0, kind: "destination", countryCode: "MY" },
    { caseId: c2.id, position: 0, kind: "destination", countryCode: "SA" },
  ]);
  const [convicted] = await db
    .insert(legalProcesses)
    .values([
      { caseId: c1.id, stageCode: "district_court_verdict", verdict: "convicted" },
      { caseId: c2.id, stageCode: "investigation" },
    ])
    .returning();
  const service = (
    caseId: string,
    casePersonId: string,
    serviceTypeCode: string,
    status: string,
    on: string,
  ) => ({
    caseId,
    casePersonId,
    serviceTypeCode,
    status,
    startedOn: on,
    providerOrganizationId: home.id,
  });
  await db
    .insert(services)
    .values([
      service(c1.id, v1.id, "outreach", "delivered", "2025-03-12"),
      service(c1.id, v2.id, "temporary_shelter", "delivered", "2025-03-25"),
      service(c2.id, v3.id, "outreach", "in_progress", "2025-06-16"),
    ]);
  await db.insert(restitutions).values({
    legalProcessId: convicted!.id,
    casePersonId: v1.id,
    stageCode: "paid",
    requestedRupiah: 50_000_000,
    awardedRupiah: 30_000_000,
    paidRupiah: 10_000_000,
  });
  await refreshStatisticsFacts(
    db,
    [c1, c2, c3, c4, c5].map((c) => c.id),
  );

  const noCounts = { femaleChildren: 0, femaleOlder: 0, maleChildren: 0, maleOlder: 0 };
  for (const body of [
    heldSocialisation({
      startsAt: "2025-04-10T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, femaleAdults: 0, maleAdults: 20 },
    }),
    heldSocialisation({
      regionCode: PASAR_BARU,
      startsAt: "2025-09-01T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, femaleAdults: 12, maleAdults: 0 },
    }),
  ]) {
    const res = await cast.coordinator.post("/api/prevention/activities", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }

  const meeting = await meetingFixture(t, { startsAt: "2025-05-05T03:00:00Z" });
  const [invitation] = await db
    .insert(meetingInvitations)
    .values({ meetingId: meeting.id, kind: "organization", organizationId: cast.cideng.id })
    .returning();
  await db.insert(meetingInvitations).values({
    meetingId: meeting.id,
    kind: "organization",
    organizationId: cast.gambir.id,
  });
  await db.insert(meetingAttendance).values({
    meetingId: meeting.id,
    invitationId: invitation!.id,
    name: "Lurah Cideng",
    organizationId: cast.cideng.id,
    checkedInAt: NOW,
  });
  await db.insert(actionItems).values({
    taskForceId: home.taskForceId,
    description: "Pendataan warga yang bekerja ke luar negeri",
    ownerOrganizationId: cast.cideng.id,
    status: "open",
    dueOn: "2026-01-15",
  });
  await db.insert(taskForceMemberships).values([
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
