import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents, caseEvents, cases, people, referrals } from "../../db/schema/index.ts";
import { encryptField } from "../../lib/crypto/field-encryption.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const DAY = 24 * 3600_000;

describeEachDatabase("referrals: the receiving side", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let manager: Client;
  let provider: Client;
  let otherProvider: Client;
  let managerOrgId: string;
  let providerOrgId: string;

  beforeAll(async () => {
    // Identity reveal without enrolling TOTP (an empty value would mean the default roles).
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    coordinator = await t.as("coordinator");
    managerOrgId = (await t.factories.organization({ typeCode: "government_agency" })).id;
    manager = await t.as("case_manager", { organizationId: managerOrgId });
    providerOrgId = (await t.factories.organization({ typeCode: "police" })).id;
    provider = await t.as("service_provider", { organizationId: providerOrgId });
    otherProvider = await t.as("service_provider", {
      organizationId: (await t.factories.organization({ typeCode: "health_service" })).id,
    });
  });
  afterAll(() => t.close());

  /** A consented victim in a case of the manager's organisation, and a referral of them. */
  async function sentReferral(options: { to?: string; sharedFields?: string[]; sentAt?: Date } = {}) {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    await manager.post(`/api/cases/${c.id}/people/${victim.id}/consents`, {
      givenBy: "victim",
      method: "verbal",
      givenOn: "2026-03-03",
    });
    const realNow = t.ctx.now;
    if (options.sentAt) t.ctx.now = () => options.sentAt!;
    const res = await manager.post(`/api/cases/${c.id}/referrals`, {
      casePersonId: victim.id,
      toOrganizationId: options.to ?? providerOrgId,
      serviceTypes: ["legal_accompaniment"],
      sharedFields: options.sharedFields ?? [],
      message: "Korban perlu pendampingan saat BAP.",
    });
    t.ctx.now = realNow;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { caseId: c.id, caseNumber: c.number, victim, id: res.body.id as string };
  }

  it("shows the receiving organisation the referral without the case", async () => {
    const r = await sentReferral();
    const res = await provider.get(`/api/referrals/${r.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: r.id,
      status: "sent",
      overdue: false,
      serviceTypes: ["legal_accompaniment"],
      message: "Korban perlu pendampingan saat BAP.",
      person: { code: r.victim.code, sexCode: "female", ageGroupCode: "age_13_17", isChild: true },
      case: null,
      abilities: {
        accept: true,
        decline: true,
        complete: false,
        reveal: true,
        recordService: false,
        cancel: false,
      },
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(r.caseId);
    expect(text).not.toContain(r.caseNumber);
    expect(text).not.toContain(r.victim.id);
    // The sender's coordinator reaches the case and gets a link back to it.
    const fromCase = await coordinator.get(`/api/referrals/${r.id}`);
    expect(fromCase.body.case).toEqual({ id: r.caseId, number: r.caseNumber });
  });

  it("answers 404 to a service provider of another organisation, and audits the attempt", async () => {
    const r = await sentReferral();
    for (const attempt of [
      () => otherProvider.get(`/api/referrals/${r.id}`),
      () => otherProvider.post(`/api/referrals/${r.id}/accept`, {}),
      () => otherProvider.post(`/api/referrals/${r.id}/decline`, { reason: "Bukan wewenang kami" }),
      () => otherProvider.post(`/api/referrals/${r.id}/reveal`, {}),
      () => otherProvider.get(`/api/referrals/${r.id}/services`),
    ]) {
      const res = await attempt();
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const denials = await auditOf(t, "access.denied", r.id);
    expect(denials.length).toBeGreaterThanOrEqual(5);
    expect((await otherProvider.get("/api/referrals/inbox")).body.items).toEqual([]);
    expect((await provider.get(`/api/referrals/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it("keeps cases themselves out of a service provider's reach", async () => {
    const r = await sentReferral();
    expect((await provider.get("/api/cases")).status).toBe(403);
    expect((await provider.get(`/api/cases/${r.caseId}`)).status).toBe(403);
    expect((await provider.get(`/api/cases/${r.caseId}/timeline`)).status).toBe(403);
    expect((await provider.get(`/api/cases/${r.caseId}/referrals`)).status).toBe(403);
  });

  it("accepts a referral, moving the open case to in service, then completes it", async () => {
    const r = await sentReferral();
    const accepted = await provider.post(`/api/referrals/${r.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({
      status: "accepted",
      abilities: { accept: false, decline: false, complete: true, recordService: true },
    });
    expect(accepted.body.respondedAt).toEqual(expect.any(String));
    const [c] = await t.ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, r.caseId));
    expect(c!.status).toBe("in_service");
    const kinds = (
      await t.ctx.db.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, r.caseId))
    ).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["referral.accepted", "case.status_changed"]));
    expect(await auditOf(t, "referral.accepted", r.id)).toHaveLength(1);

    const again = await provider.post(`/api/referrals/${r.id}/accept`, {});
    expect(again.status).toBe(409);
    expect((await provider.post(`/api/referrals/${r.id}/decline`, { reason: "Terlambat" })).status).toBe(409);

    const done = await provider.post(`/api/referrals/${r.id}/complete`, {
      note: "Pendampingan BAP selesai.",
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", completionNote: "Pendampingan BAP selesai." });
    expect(await auditOf(t, "referral.completed", r.id)).toHaveLength(1);
    expect((await provider.post(`/api/referrals/${r.id}/complete`, {})).status).toBe(409);
    expect((await manager.post(`/api/referrals/${r.id}/cancel`, {})).status).toBe(409);

    // The sender sees the answers on the case side.
    const onCase = (await manager.get(`/api/cases/${r.caseId}/referrals`)).body.items[0];
    expect(onCase).toMatchObject({ status: "completed", completionNote: "Pendampingan BAP selesai." });
    expect(onCase.respondedByName).toEqual(expect.any(String));
  });

  it("declines only with a reason, and refuses to complete what was never accepted", async () => {
    const r = await sentReferral();
    expect((await provider.post(`/api/referrals/${r.id}/complete`, {})).status).toBe(409);
    const before = await databaseFingerprint(t.ctx.db);
    const noReason = await provider.post(`/api/referrals/${r.id}/decline`, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details).toEqual([{ field: "reason", message: expect.any(String) }]);
    const blank = await provider.post(`/api/referrals/${r.id}/decline`, { reason: "   " });
    expect(blank.body.error.details[0].field).toBe("reason");
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);

    const declined = await provider.post(`/api/referrals/${r.id}/decline`, {
      reason: "Di luar wilayah kerja kami",
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: "declined", declineReason: "Di luar wilayah kerja kami" });
    const audit = await auditOf(t, "referral.declined", r.id);
    expect(audit[0]!.data).toMatchObject({ reason: "Di luar wilayah kerja kami" });
    const [c] = await t.ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, r.caseId));
    expect(c!.status).toBe("open");
    expect((await provider.post(`/api/referrals/${r.id}/accept`, {})).status).toBe(409);
  });

  it("does not let the sender answer its own referral", async () => {
    const r = await sentReferral();
    expect((await manager.post(`/api/referrals/${r.id}/accept`, {})).status).toBe(404);
    const [row] = await t.ctx.db
      .select({ status: referrals.status })
      .from(referrals)
      .where(eq(referrals.id, r.id));
    expect(row!.status).toBe("sent");
  });

  it("reveals exactly the shared fields to the receiving organisation, and audits the view", async () => {
    const r = await sentReferral({ sharedFields: ["name", "phone", "birthDate"] });
    const [link] = await t.ctx.db.select().from(people).where(eq(people.code, r.victim.code));
    const personId = link!.id;
    const seal = (value: string, field: string) =>
      encryptField(t.ctx.keyring, value, `people.${field}:${personId}`);
    await t.ctx.db
      .update(people)
      .set({
        nameEnc: seal("Rina Marlina", "name"),
        phoneEnc: seal("0813-2222-1111", "phone"),
        nikEnc: seal("3203015507090001", "nik"),
        addressEnc: seal("Kp. Cibodas RT 01/02, Cianjur", "address"),
      })
      .where(eq(people.id, personId));

    const res = await provider.post(`/api/referrals/${r.id}/reveal`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      referralId: r.id,
      personCode: r.victim.code,
      fields: { name: "Rina Marlina", phone: "0813-2222-1111", birthDate: null },
    });
    const viewed = await auditOf(t, "identity.viewed", r.id);
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ recordType: "referral", actorUserId: provider.user.id });
    expect(viewed[0]!.data).toMatchObject({ fields: ["name", "phone", "birthDate"] });

    // The sender reaches the case, not the receiving side: no reveal through the referral.
    expect((await manager.post(`/api/referrals/${r.id}/reveal`, {})).status).toBe(404);

    // Once the referral is over, the person leaves the receiving organisation's view.
    await provider.post(`/api/referrals/${r.id}/accept`, {});
    await provider.post(`/api/referrals/${r.id}/complete`, { note: "Selesai" });
    expect((await provider.post(`/api/referrals/${r.id}/reveal`, {})).status).toBe(404);
    expect(await auditOf(t, "identity.viewed", r.id)).toHaveLength(1);
    const after = await provider.get(`/api/referrals/${r.id}`);
    expect(after.body).toMatchObject({
      status: "completed",
      message: null,
      person: { code: r.victim.code, sexCode: null, ageGroupCode: null, isChild: null },
      abilities: { reveal: false },
    });
  });

  it("reveals nothing of a referral that shares no field, and does not audit an empty view", async () => {
    const r = await sentReferral({ sharedFields: [] });
    const res = await provider.post(`/api/referrals/${r.id}/reveal`, {});
    expect(res.status).toBe(200);
    expect(res.body.fields).toEqual({});
    expect(await auditOf(t, "identity.viewed", r.id)).toHaveLength(0);
  });

  it("forgets the person once the sender cancels", async () => {
    const r = await sentReferral({ sharedFields: ["name"] });
    await manager.post(`/api/referrals/${r.id}/cancel`, {});
    expect((await provider.post(`/api/referrals/${r.id}/reveal`, {})).status).toBe(404);
    expect((await provider.post(`/api/referrals/${r.id}/accept`, {})).status).toBe(409);
    const item = (await provider.get(`/api/referrals/${r.id}`)).body;
    expect(item.person).toEqual({ code: r.victim.code, sexCode: null, ageGroupCode: null, isChild: null });
  });

  it("lists the inbox overdue first, then the soonest due, page by page", async () => {
    const inboxOrgId = (await t.factories.organization({ typeCode: "social_affairs" })).id;
    const social = await t.as("service_provider", { organizationId: inboxOrgId });
    const now = Date.now();
    const accepted = await sentReferral({ to: inboxOrgId, sentAt: new Date(now - 2 * DAY) });
    await social.post(`/api/referrals/${accepted.id}/accept`, {});
    const dueLater = await sentReferral({ to: inboxOrgId });
    const dueSooner = await sentReferral({ to: inboxOrgId, sentAt: new Date(now - 1 * DAY) });
    const overdue = await sentReferral({ to: inboxOrgId, sentAt: new Date(now - 5 * DAY) });

    const inbox = await social.get("/api/referrals/inbox");
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i: { id: string }) => i.id)).toEqual([
      overdue.id,
      dueSooner.id,
      dueLater.id,
      accepted.id,
    ]);
    expect(inbox.body.items.map((i: { overdue: boolean }) => i.overdue)).toEqual([true, false, false, false]);

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await social.get(
        `/api/referrals/inbox?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      walked.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual([overdue.id, dueSooner.id, dueLater.id, accepted.id]);

    const onlyAccepted = await social.get("/api/referrals/inbox?status=accepted");
    expect(onlyAccepted.body.items.map((i: { id: string }) => i.id)).toEqual([accepted.id]);
    const badCursor = await social.get(
      `/api/referrals/inbox?cursor=${Buffer.from('[9,"x","y"]').toString("base64url")}`,
    );
    expect(badCursor.status).toBe(422);
    expect(badCursor.body.error.details[0].field).toBe("cursor");
  });

  it("shows an overdue referral as overdue on both sides", async () => {
    const r = await sentReferral({ sentAt: new Date(Date.now() - 4 * DAY) });
    expect((await provider.get(`/api/referrals/${r.id}`)).body.overdue).toBe(true);
    const inboxItem = (await provider.get("/api/referrals/inbox?status=sent")).body.items.find(
      (i: { id: string }) => i.id === r.id,
    );
    expect(inboxItem.overdue).toBe(true);
    const caseItem = (await manager.get(`/api/cases/${r.caseId}/referrals`)).body.items[0];
    expect(caseItem.overdue).toBe(true);
    // Answering ends the overdue state.
    await provider.post(`/api/referrals/${r.id}/accept`, {});
    expect((await manager.get(`/api/cases/${r.caseId}/referrals`)).body.items[0].overdue).toBe(false);
  });

  it("keeps audit rows of answers in step with the timeline", async () => {
    const r = await sentReferral();
    await provider.post(`/api/referrals/${r.id}/decline`, { reason: "Kapasitas penuh" });
    const timeline = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, r.caseId), eq(caseEvents.kind, "referral.declined")));
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.data).toEqual({
      referralId: r.id,
      personCode: r.victim.code,
      toOrganizationId: providerOrgId,
    });
    const rows = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, r.id), eq(auditEvents.event, "referral.declined")));
    expect(rows[0]!.actorUserId).toBe(provider.user.id);
  });
});
