import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseEvents } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

describeEachDatabase("case notes", (kind) => {
  let t: TestApp;
  let caseManager: Client;
  let outsider: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const org = await t.factories.organization();
    caseManager = await t.as("case_manager", { organizationId: org.id });
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
    caseId = (await t.factories.case({ leadOrganizationId: org.id })).id;
  });
  afterAll(() => t.close());

  const notes = () =>
    t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "note")))
      .orderBy(caseEvents.occurredAt);

  it("adds notes to the timeline; the audit row says one was written, not what it says", async () => {
    const first = await caseManager.post(`/api/cases/${caseId}/notes`, {
      note: "  Korban menelepon ibunya; minta dijemput di terminal.  ",
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: "note",
      note: "Korban menelepon ibunya; minta dijemput di terminal.",
      actorName: expect.any(String),
      data: {},
    });
    // Two notes in a row each get their own entry, and the answer names the right one.
    const second = await caseManager.post(`/api/cases/${caseId}/notes`, { note: "Dijemput pukul 14.00." });
    expect(second.body.id).not.toBe(first.body.id);
    const stored = await notes();
    expect(stored.map((n) => [n.id, n.note, n.actorId])).toEqual([
      [first.body.id, "Korban menelepon ibunya; minta dijemput di terminal.", caseManager.user.id],
      [second.body.id, "Dijemput pukul 14.00.", caseManager.user.id],
    ]);

    const timeline = await caseManager.get(`/api/cases/${caseId}/timeline`);
    expect(timeline.body.items.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining([first.body.id, second.body.id]),
    );
    const audits = await auditOf(t, "case.note_added", caseId);
    expect(audits.map((a) => a.data)).toEqual([
      { noteId: first.body.id, length: 52 },
      { noteId: second.body.id, length: 21 },
    ]);
    expect(JSON.stringify(audits)).not.toContain("terminal");
  });

  it("refuses an empty or overlong note, naming the field, and writes nothing", async () => {
    const before = (await notes()).length;
    for (const body of [{ note: "   " }, { note: "x".repeat(5001) }, {}, { note: "ok", pinned: true }]) {
      const res = await caseManager.post(`/api/cases/${caseId}/notes`, body);
      expect(res.status).toBe(422);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([
        "pinned" in body ? "pinned" : "note",
      ]);
    }
    expect((await caseManager.post(`/api/cases/${caseId}/notes`, { note: "x".repeat(5000) })).status).toBe(
      201,
    );
    expect((await notes()).length).toBe(before + 1);
  });

  it("answers 404 outside the caller's reach and 403 to roles that work no cases", async () => {
    const before = (await notes()).length;
    expect((await outsider.post(`/api/cases/${caseId}/notes`, { note: "Bukan kasus saya" })).status).toBe(
      404,
    );
    expect(
      (await (await t.as("service_provider")).post(`/api/cases/${caseId}/notes`, { note: "x" })).status,
    ).toBe(403);
    expect((await notes()).length).toBe(before);
  });
});
