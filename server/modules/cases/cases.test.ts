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
      expect.objectContaining({ kind: "origin", regionCode: "31.71", regionName: "Kota Administrasi Jakarta Pusat" }),
      expect.objectContaining({ kind: "destination", countryCode: "MY", placeTypeCode: "hotel" }),
    ]);
    expect(first.body).toMatchObject({ status: "open", riskLevel: "high", leadOrganizationId: coordinator.user.organizationId });
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
});
