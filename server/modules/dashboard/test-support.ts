import { eq } from "drizzle-orm";
import { expect } from "vitest";
import {
  actionItems,
  casePeople,
  caseRoutePoints,
  legalProcesses,
  meetingAttendance,
  meetingInvitations,
  restitutions,
  services,
} from "../../db/schema/index.ts";
import type { TestApp } from "../../test/test-app.ts";
import { meetingFixture } from "../action-items/test-support.ts";
import {
  CIDENG,
  GAMBIR,
  heldSocialisation,
  NOW,
  PASAR_BARU,
  type preventionCast,
} from "../prevention/test-support.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";

/**
 * A small task force, every figure worked out by hand (clock: 10 March 2026, 10:00 WIB).
 *
 * | case | identified | kelurahan (kecamatan)      | forms → HTCDS               | destination | proceedings                         |
 * | C1   | 2025-03-10 | Cideng (Gambir)            | migrant work + sexual → FL, SE | MY        | PN verdict convicted; PN acquitted  |
 * | C2   | 2025-06-15 | Gambir (Gambir)            | domestic → FL               | SA          | investigation                       |
 * | C3   | 2025-08-01 | Pasar Baru (Sawah Besar)   | sexual → SE                 | none        | none                                |
 * | C4   | 2024-05-05 | Cideng (Gambir)            | domestic → FL               |             | PN verdict convicted (not 2025)      |
 * | C5   | 2023-02-02 | Pasar Baru                 | domestic, no victim         |             |                                     |
 * | C6   | 2026-02-01 | Gambir                     | domestic, no victim         |             |                                     |
 *
 * Victims of 2025: V1 (C1) female, born 2008-06-01: 16, a child (entered with her birth date);
 * V2 (C1) male, 30, origin 32; V3 (C2) sex and age unknown, origin 31.71.03.1001 (province 31);
 * V4 (C3) female, born 2007-08-02: 17 on 1 August 2025, still a child, origin 32. V5 (C4, 2024).
 *
 * Services: V1 outreach under way from 03-12 and health rehabilitation delivered 03-20 (first
 * after 2 days); V2 shelter delivered 03-25 (15 days) and psychological support only planned;
 * V3 outreach delivered without a date; V4 declined one; V5 (2024) outreach.
 * Restitution (C1's conviction): V1 asked 50 M, awarded 30 M, paid 10 M; V2 asked 20 M.
 *
 * Prevention, 2025: A1 at SD Cideng 01 (list: Siti, Budi), A2 in Pasar Baru (20 men counted),
 * A3 in Cideng in 2024. Schools: SD Cideng 01, SMP Pasar Baru.
 * Meetings: M1 2025-05-05 held (Cideng and Gambir invited, Cideng came); M2 2024 held; M3 2025
 * planned; M4 held at 1 January 2026 01:00 WIB (still 31 December in UTC).
 * Action items now: Cideng one open past due, one done; Gambir one in progress, due later.
 */
export async function seedDashboardData(t: TestApp, cast: Awaited<ReturnType<typeof preventionCast>>) {
  const f = t.factories;
  const db = t.ctx.db;
  const home = await f.secretariat();
  const kase = (identifiedOn: string, identifiedRegionCode: string, exploitationForms: string[]) =>
    f.case({ identifiedOn, identifiedRegionCode, exploitationForms });
  const c1 = await kase("2025-03-10", CIDENG, ["irregular_migrant_work", "sexual_exploitation"]);
  const c2 = await kase("2025-06-15", GAMBIR, ["domestic_work"]);
  const c3 = await kase("2025-08-01", PASAR_BARU, ["sexual_exploitation"]);
  const c4 = await kase("2024-05-05", CIDENG, ["domestic_work"]);
  const c5 = await kase("2023-02-02", PASAR_BARU, ["domestic_work"]);
  const c6 = await kase("2026-02-01", GAMBIR, ["domestic_work"]);

  // Children by their birth date, through the API that works out the age at identification.
  const addVictim = async (caseId: string, birthDate: string, originRegionCode: string | null) => {
    const res = await cast.coordinator.post(`/api/cases/${caseId}/people`, {
      role: "victim",
      identity: { birthDate },
      demographics: { sexCode: "female", originRegionCode },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.isChild).toBe(true);
    return res.body.id as string;
  };
  const v1 = await addVictim(c1.id, "2008-06-01", null);
  const v4 = await addVictim(c3.id, "2007-08-02", "32");
  const v2 = await f.casePerson(c1.id, "victim", { sexCode: "male", originRegionCode: "32" });
  await db
    .update(casePeople)
    .set({ ageAtExploitation: 30, isChild: false, ageGroupCode: "age_25_44" })
    .where(eq(casePeople.id, v2.id));
  const v3 = await f.casePerson(c2.id, "victim", { sexCode: "unknown", originRegionCode: "31.71.03.1001" });
  await db
    .update(casePeople)
    .set({ ageAtExploitation: null, isChild: null, ageGroupCode: "unknown" })
    .where(eq(casePeople.id, v3.id));
  const v5 = await f.casePerson(c4.id, "victim");
  await f.casePerson(c1.id, "suspect", { sexCode: "male" });

  await db.insert(caseRoutePoints).values([
    { caseId: c1.id, position: 0, kind: "destination", countryCode: "MY" },
    { caseId: c2.id, position: 0, kind: "destination", countryCode: "SA" },
  ]);
  const [convicted, ,] = await db
    .insert(legalProcesses)
    .values([
      { caseId: c1.id, stageCode: "district_court_verdict", verdict: "convicted" },
      { caseId: c1.id, stageCode: "district_court_verdict", verdict: "acquitted" },
      { caseId: c2.id, stageCode: "investigation" },
      { caseId: c4.id, stageCode: "district_court_verdict", verdict: "convicted" },
    ])
    .returning();
  const service = (
    caseId: string,
    casePersonId: string,
    serviceTypeCode: string,
    status: string,
    startedOn: string | null,
  ) => ({ caseId, casePersonId, serviceTypeCode, status, startedOn, providerOrganizationId: home.id });
  await db
    .insert(services)
    .values([
      service(c1.id, v1, "outreach", "in_progress", "2025-03-12"),
      service(c1.id, v1, "health_rehabilitation", "delivered", "2025-03-20"),
      service(c1.id, v2.id, "temporary_shelter", "delivered", "2025-03-25"),
      service(c1.id, v2.id, "psychological_support", "planned", "2025-03-11"),
      service(c2.id, v3.id, "outreach", "delivered", null),
      service(c3.id, v4, "outreach", "declined_by_victim", "2025-08-02"),
      service(c4.id, v5.id, "outreach", "delivered", "2024-05-06"),
    ]);
  await db.insert(restitutions).values([
    {
      legalProcessId: convicted!.id,
      casePersonId: v1,
      stageCode: "paid",
      requestedRupiah: 50_000_000,
      awardedRupiah: 30_000_000,
      paidRupiah: 10_000_000,
    },
    {
      legalProcessId: convicted!.id,
      casePersonId: v2.id,
      stageCode: "requested",
      requestedRupiah: 20_000_000,
    },
  ]);
  // Written straight to the tables, past the services that mark cases stale: built here.
  await refreshStatisticsFacts(
    db,
    [c1, c2, c3, c4, c5, c6].map((c) => c.id),
  );

  // ——— Prevention ———
  const { coordinator } = cast;
  const school = await coordinator.post("/api/prevention/schools", {
    name: "SD Negeri Cideng 01",
    level: "sd_mi",
    ownership: "public",
    regionCode: CIDENG,
  });
  await coordinator.post("/api/prevention/schools", {
    name: "SMP Swasta Pasar Baru",
    level: "smp_mts",
    ownership: "private",
    regionCode: PASAR_BARU,
  });
  const activity = async (body: object) => {
    const res = await coordinator.post("/api/prevention/activities", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const noCounts = { femaleChildren: 0, femaleAdults: 0, femaleOlder: 0, maleChildren: 0, maleOlder: 0 };
  const a1 = await activity(
    heldSocialisation({
      placeKind: "school",
      schoolId: school.body.id,
      regionCode: null,
      startsAt: "2025-04-10T09:00:00+07:00",
      endsAt: null,
    }),
  );
  for (const [name, sex, ageBand] of [
    ["Siti Rahmawati", "female", "children"],
    ["Budi Santoso", "male", "adults"],
  ])
    await coordinator.post(`/api/prevention/activities/${a1}/attendees`, { name, sex, ageBand });
  await activity(
    heldSocialisation({
      regionCode: PASAR_BARU,
      startsAt: "2025-09-01T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, maleAdults: 20 },
    }),
  );
  await activity(
    heldSocialisation({
      startsAt: "2024-11-20T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, maleAdults: 5 },
    }),
  );

  // ——— Coordination ———
  const m1 = await meetingFixture(t, { startsAt: "2025-05-05T03:00:00Z" });
  const m2 = await meetingFixture(t, { startsAt: "2024-06-01T03:00:00Z" });
  const m3 = await meetingFixture(t, { startsAt: "2025-11-01T03:00:00Z", status: "planned" });
  const m4 = await meetingFixture(t, { startsAt: "2025-12-31T18:00:00Z" });
  const invite = async (meetingId: string, organizationId: string) => {
    const [row] = await db
      .insert(meetingInvitations)
      .values({ meetingId, kind: "organization", organizationId })
      .returning();
    return row!;
  };
  const cameM1 = await invite(m1.id, cast.cideng.id);
  await invite(m1.id, cast.gambir.id);
  const cameM2 = await invite(m2.id, cast.cideng.id);
  await invite(m3.id, cast.gambir.id);
  await invite(m4.id, cast.gambir.id);
  await db.insert(meetingAttendance).values(
    [
      [m1.id, cameM1.id],
      [m2.id, cameM2.id],
    ].map(([meetingId, invitationId]) => ({
      meetingId: meetingId!,
      invitationId,
      name: "Lurah Cideng",
      organizationId: cast.cideng.id,
      checkedInAt: NOW,
    })),
  );
  const item = (ownerOrganizationId: string, status: string, dueOn: string, doneAt: Date | null = null) => ({
    taskForceId: home.taskForceId,
    description: `Tindak lanjut ${status}`,
    ownerOrganizationId,
    status,
    dueOn,
    doneAt,
  });
  await db
    .insert(actionItems)
    .values([
      item(cast.cideng.id, "open", "2026-01-15"),
      item(cast.cideng.id, "done", "2026-01-20", new Date("2026-01-10T03:00:00Z")),
      item(cast.gambir.id, "in_progress", "2026-12-01"),
    ]);
  return { taskForceId: home.taskForceId };
}
