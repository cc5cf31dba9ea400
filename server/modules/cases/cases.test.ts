import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseEvents, cases } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { formatCaseNumber } from "./case-number.ts";

const newCase = (overrides: Record<string, unknown> = {}) => ({
  title: "Dua remaja dijanjikan kerja di kafe",
  identifiedOn: "2026-05-15",
  identifiedRegionCode: "31.71.03.1001",
  exploitationForms: ["sexual_exploitation"],
  means: ["deception"],
  acts: ["recruitment", "harbouring"],
  recruitmentMethod: "Tawaran kerja lewat media sosial",
  recruiterRelation: "agent_recruiter",
  recruitmentPlatform: "Facebook",
  riskLevel: "high",
  route: [
    { kind: "origin", regionCode: "31.71" },
    { kind: "destination", countryCode: "MY", placeTypeCode: "hotel", description: "Johor Bahru" },
  ],
  ...overrides,
});

describe("case numbers", () => {
  it("formats the kota code without dots and pads the sequence", () => {
    expect(formatCaseNumber("31.71", 2026, 42)).toBe("TPPO-3171-2026-0042");
    expect(formatCaseNumber("31.71", 2026, 12345)).toBe("TPPO-3171-2026-12345");
  });
});

describeEachDatabase("cases", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let caseManager: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    const org = await t.factories.organization({ typeCode: "ngo" });
    caseManager = await t.as("case_manager", { organizationId: org.id });
  });
  afterAll(() => t.close());

  it("opens a case with the next number of its year, its route, a timeline entry and an audit row", async () => {
    const first = await coordinator.post("/api/cases", newCase());
    expect(first.status).toBe(201);
    expect(first.body.number).toMatch(/^TPPO-3171-2026-\d{4}$/);
    const second = await coordinator.post("/api/cases", newCase());
    const seqOf = (n: string) => Number(n.split("-")[3]);
    expect(seqOf(second.body.number)).toBe(seqOf(first.body.number) + 1);
    expect(first.body.route).toEqual([
      expect.objectContaining({
        kind: "origin",
        regionCode: "31.71",
        regionName: "Kota Administrasi Jakarta Pusat",
      }),
      expect.objectContaining({ kind: "destination", countryCode: "MY", placeTypeCode: "hotel" }),
    ]);
    expect(first.body).toMatchObject({
      status: "open",
      riskLevel: "high",
      leadOrganizationId: coordinator.user.organizationId,
    });
    const events = await t.ctx.db.select().from(caseEvents).where(eq(caseEvents.caseId, first.body.id));
    expect(events.map((e) => e.kind)).toEqual(["case.opened"]);
    expect(await auditOf(t, "case.opened", first.body.id)).toHaveLength(1);
  });

  it("refuses bad references field by field and writes nothing", async () => {
    const before = await t.ctx.db.$count(cases);
    const res = await coordinator.post(
      "/api/cases",
      newCase({
        identifiedOn: "2999-01-01",
        exploitationForms: ["bukan_kode"],
        route: [{ kind: "origin", regionCode: "31.71", countryCode: "ID" }],
      }),
    );
    expect(res.status).toBe(422);
    const fields = res.body.error.details.map((f: { field: string }) => f.field);
    expect(fields).toEqual(["route.0.regionCode"]);
    const dated = await coordinator.post("/api/cases", newCase({ identifiedOn: "2999-01-01" }));
    expect(dated.body.error.details).toEqual([expect.objectContaining({ field: "identifiedOn" })]);
    const coded = await coordinator.post("/api/cases", newCase({ exploitationForms: ["x", "bukan_kode"] }));
    expect(coded.body.error.details).toEqual([expect.objectContaining({ field: "exploitationForms.0" })]);
    expect(await t.ctx.db.$count(cases)).toBe(before);
  });

  it("lists only the cases within reach, newest first, with filters and search", async () => {
    const manager = await t.as("case_manager");
    const mine = await caseManager.post(
      "/api/cases",
      newCase({ identifiedOn: "2025-02-01", title: "Kasus milik LSM" }),
    );
    expect(mine.status).toBe(201);
    expect(mine.body.caseManagerId).toBe(caseManager.user.id);
    const scam = await coordinator.post(
      "/api/cases",
      newCase({
        identifiedOn: "2024-07-01",
        exploitationForms: ["online_scam_compound"],
        identifiedRegionCode: "31.71.06.1001",
      }),
    );
    await t.factories.casePerson(scam.body.id, "victim");
    const person = await t.factories.casePerson(scam.body.id, "suspect");

    const all = (await coordinator.get("/api/cases?limit=200")).body.items.map((c: { id: string }) => c.id);
    expect(all).toEqual(expect.arrayContaining([mine.body.id, scam.body.id]));
    const own = (await caseManager.get("/api/cases?limit=200")).body.items.map((c: { id: string }) => c.id);
    expect(own).toEqual([mine.body.id]);
    // A case manager of the secretariat reaches cases the secretariat leads, not the NGO's.
    const secretariatView = (await manager.get("/api/cases?limit=200")).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(secretariatView).toContain(scam.body.id);
    expect(secretariatView).not.toContain(mine.body.id);

    const ids = async (query: string) => {
      const res = await coordinator.get(`/api/cases?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((c: { id: string }) => c.id);
    };
    expect(await ids("exploitationForm=online_scam_compound")).toEqual([scam.body.id]);
    expect(await ids("regionCode=31.71.06")).toEqual([scam.body.id]);
    expect(await ids("year=2024")).toEqual([scam.body.id]);
    expect(await ids(`q=${scam.body.number}`)).toEqual([scam.body.id]);
    expect(await ids(`q=${scam.body.number.slice(-9)}`)).toEqual([scam.body.id]);
    expect(await ids("q=50%25")).toEqual([]);
    expect(await ids(`q=${person.code.toLowerCase().replace(/-/g, " ")}`)).toEqual([scam.body.id]);
    const item = (await coordinator.get("/api/cases?year=2024")).body.items[0];
    expect(item).toMatchObject({
      victimCount: 1,
      overdueReferrals: 0,
      legalStage: null,
      closureRequested: false,
    });

    const paged = await coordinator.get("/api/cases?limit=1");
    const next = await coordinator.get(`/api/cases?limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(paged.body.items[0].id);
    expect(paged.body.items[0].identifiedOn >= next.body.items[0].identifiedOn).toBe(true);
  });

  it("keeps cases from those who may not see them: 404 out of reach, 403 without the permission", async () => {
    const theirs = await coordinator.post("/api/cases", newCase());
    expect((await caseManager.get(`/api/cases/${theirs.body.id}`)).status).toBe(404);
    expect((await caseManager.patch(`/api/cases/${theirs.body.id}`, { title: "x" })).status).toBe(404);
    expect(await auditOf(t, "access.denied", theirs.body.id)).toHaveLength(2);
    for (const role of ["service_provider", "field_reporter", "leadership", "admin"] as const) {
      const client = await t.as(role);
      expect((await client.get("/api/cases")).status).toBe(403);
      expect((await client.get(`/api/cases/${theirs.body.id}`)).status).toBe(403);
    }
  });

  it("updates a case's facts and route, and tells the timeline which fields changed", async () => {
    const opened = await coordinator.post("/api/cases", newCase());
    const res = await coordinator.patch(`/api/cases/${opened.body.id}`, {
      riskLevel: "critical",
      status: "in_service",
      route: [{ kind: "origin", regionCode: "32" }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ riskLevel: "critical", status: "in_service" });
    expect(res.body.route).toEqual([
      expect.objectContaining({ kind: "origin", regionCode: "32", regionName: "Jawa Barat" }),
    ]);
    const timeline = (await coordinator.get(`/api/cases/${opened.body.id}/timeline`)).body.items;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "case.opened",
      "case.status_changed",
      "case.updated",
    ]);
    expect(timeline[2].data.fields.sort()).toEqual(["riskLevel", "route", "status"]);
    const unknownManager = await coordinator.patch(`/api/cases/${opened.body.id}`, {
      caseManagerId: opened.body.id,
    });
    expect(unknownManager.body.error.details).toEqual([
      { field: "caseManagerId", message: "pengguna tidak ditemukan atau sudah nonaktif" },
    ]);
  });
});
