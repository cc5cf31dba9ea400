import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").toString("base64");

/**
 * The point of the case module: a service provider reaches a victim only through a referral
 * to its organisation, and only the fields that referral shares, while it is open.
 */
describeEachDatabase("who sees a victim", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let police: Client;
  let hospital: Client;
  let caseId: string;
  let shared: { id: string; code: string };
  let unshared: { id: string; code: string };
  let referralId: string;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    coordinator = await t.as("coordinator");
    const policeOrg = await t.factories.organization({ typeCode: "police" });
    const hospitalOrg = await t.factories.organization({ typeCode: "health_service" });
    police = await t.as("service_provider", { organizationId: policeOrg.id });
    hospital = await t.as("service_provider", { organizationId: hospitalOrg.id });
    const opened = await coordinator.post("/api/cases", {
      title: "Dua korban penampungan ilegal",
      identifiedOn: "2026-04-01",
      exploitationForms: ["irregular_migrant_work"],
    });
    caseId = opened.body.id;
    const add = async (name: string) =>
      (
        await coordinator.post(`/api/cases/${caseId}/people`, {
          role: "victim",
          identity: { name, nik: "3201015501990003", phone: "081234567890" },
          demographics: { sexCode: "female" },
        })
      ).body;
    shared = await add("Korban Dibagikan");
    unshared = await add("Korban Rahasia");
    await coordinator.post(`/api/cases/${caseId}/people/${shared.id}/consents`, {
      givenBy: "victim",
      method: "written",
      givenOn: "2026-04-02",
    });
    const referral = await coordinator.post(`/api/cases/${caseId}/referrals`, {
      casePersonId: shared.id,
      toOrganizationId: policeOrg.id,
      serviceTypes: ["legal_accompaniment"],
      sharedFields: ["name"],
    });
    expect(referral.status).toBe(201);
    referralId = referral.body.id;
    const doc = await coordinator.post(`/api/cases/${caseId}/documents`, {
      fileName: "visum-korban-rahasia.pdf",
      mimeType: "application/pdf",
      contentBase64: pdf,
      category: "medical",
      casePersonId: unshared.id,
    });
    expect(doc.status).toBe(201);
    documentId = doc.body.id;
  });
  afterAll(() => t.close());

  const everyRouteOfTheCase = () =>
    [
      ["get", "/api/cases"],
      ["get", `/api/cases?q=${unshared.code}`],
      ["get", `/api/cases/${caseId}`],
      ["get", `/api/cases/${caseId}/people`],
      ["get", `/api/cases/${caseId}/timeline`],
      ["get", "/api/cases/export"],
      ["get", `/api/cases/${caseId}/documents`],
      ["get", `/api/cases/${caseId}/documents/${documentId}/content`],
      ["get", `/api/cases/${caseId}/referrals`],
      ["get", `/api/cases/${caseId}/services`],
      ["get", `/api/cases/${caseId}/legal`],
      ["get", `/api/cases/${caseId}/assessments`],
      ["get", `/api/cases/${caseId}/people/${unshared.id}/consents`],
      ["post", `/api/cases/${caseId}/people/${unshared.id}/reveal`],
      ["post", `/api/cases/${caseId}/people/${shared.id}/reveal`],
      ["post", "/api/people/duplicates"],
      ["get", "/api/audit"],
    ] as const;

  it("answers a service provider 403 or 404 on every route of the case, and never shows the unshared victim", async () => {
    for (const provider of [police, hospital]) {
      for (const [method, url] of everyRouteOfTheCase()) {
        const res =
          method === "get"
            ? await provider.get(url)
            : await provider.post(url, url.endsWith("/reveal") ? {} : { nik: "3201015501990003" });
        expect([403, 404], `${method} ${url}`).toContain(res.status);
        const text = JSON.stringify(res.body);
        for (const secret of [unshared.code, "Korban Rahasia", "3201015501990003", "visum"]) {
          expect(text, `${method} ${url}`).not.toContain(secret);
        }
      }
    }
  });

  it("shows the receiving organisation the referral and only its shared field; others get 404", async () => {
    const inbox = await police.get("/api/referrals/inbox");
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toEqual([referralId]);
    expect(JSON.stringify(inbox.body)).not.toContain(unshared.code);
    const reveal = await police.post(`/api/referrals/${referralId}/reveal`, {});
    expect(reveal.status).toBe(200);
    expect(reveal.body.fields).toEqual({ name: "Korban Dibagikan" });
    expect(await auditOf(t, "identity.viewed", referralId)).toHaveLength(1);

    expect((await hospital.get("/api/referrals/inbox")).body.items).toEqual([]);
    expect((await hospital.get(`/api/referrals/${referralId}`)).status).toBe(404);
    expect((await hospital.post(`/api/referrals/${referralId}/reveal`, {})).status).toBe(404);
  });

  it("takes the person out of the provider's view once the referral is completed", async () => {
    await police.post(`/api/referrals/${referralId}/accept`, {});
    const done = await police.post(`/api/referrals/${referralId}/complete`, {
      note: "Pendampingan BAP selesai",
    });
    expect(done.status).toBe(200);
    expect((await police.post(`/api/referrals/${referralId}/reveal`, {})).status).toBe(404);
    const after = await police.get(`/api/referrals/${referralId}`);
    expect(JSON.stringify(after.body)).not.toContain("Korban Dibagikan");
  });

  it("exports the coordinator's cases as CSV with pseudonymous codes only, and audits the export", async () => {
    const res = await coordinator.get("/api/cases/export");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const csv = String(res.body);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^case_number,case_status,identified_on/);
    const mine = lines.filter((l) => l.includes(shared.code) || l.includes(unshared.code));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toContain("ForcedLabour");
    expect(csv).not.toContain("Korban");
    expect(csv).not.toContain("3201015501990003");
    const exported = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.event, "cases.exported"));
    expect(exported).toHaveLength(1);
    expect(exported[0]!.data).toMatchObject({ rows: expect.any(Number) });
  });
});
