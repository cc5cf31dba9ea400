import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { organizations } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { otherTaskForceCoordinator } from "../../test/other-task-force.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import {
  CIDENG,
  EN,
  fieldsOf,
  heldSocialisation,
  messageOf,
  PASAR_BARU,
  preventionCast,
} from "./test-support.ts";

describeEachDatabase("prevention activities", (kind) => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof preventionCast>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cast = await preventionCast(t);
  });
  afterAll(() => t.close());

  it("lets a lurah record a held socialisation, organised by their own kelurahan, audited", async () => {
    const res = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "held",
      organizerOrganizationId: cast.cideng.id,
      regionCode: CIDENG,
      regionName: "Cideng",
      kecamatanName: "Gambir",
      participantSource: "none",
      abilities: { update: true, changeOrganizer: false, manageAttendees: true },
    });
    const [audit] = await auditOf(t, "prevention.activity_created", res.body.id);
    expect(audit?.data).toMatchObject({ type: "awareness_session", status: "held", regionCode: CIDENG });
  });

  it("refuses a held activity dated in the future, in the caller's language, naming the field", async () => {
    const future = heldSocialisation({ startsAt: "2026-03-11T09:00:00+07:00", endsAt: null });
    const id = await cast.lurahCideng.post("/api/prevention/activities", future);
    expect(id.status).toBe(422);
    expect(fieldsOf(id)).toEqual(["startsAt"]);
    expect(messageOf(id, "startsAt")).toMatch(/tidak boleh bertanggal di masa depan/);
    const en = await cast.lurahCideng.post("/api/prevention/activities", future, EN);
    expect(messageOf(en, "startsAt")).toMatch(/cannot be dated in the future/);
    // The same date as a plan is fine; a plan in the past is not.
    const plan = await cast.lurahCideng.post("/api/prevention/activities", { ...future, status: "planned" });
    expect(plan.status).toBe(201);
    const stale = await cast.lurahCideng.post(
      "/api/prevention/activities",
      heldSocialisation({ status: "planned" }),
      EN,
    );
    expect(fieldsOf(stale)).toEqual(["startsAt"]);
    expect(messageOf(stale, "startsAt")).toMatch(/cannot be dated before today/);
  });

  it("refuses negative and fractional counts, and counts for an activity not yet held", async () => {
    const counts = {
      femaleChildren: 3,
      femaleAdults: -2,
      femaleOlder: 0,
      maleChildren: 1.5,
      maleAdults: 0,
      maleOlder: 0,
    };
    const res = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation({ counts }));
    expect(res.status).toBe(422);
    expect(fieldsOf(res).sort()).toEqual(["counts.femaleAdults", "counts.maleChildren"]);
    expect(messageOf(res, "counts.femaleAdults")).toBe("tidak boleh kurang dari 0");
    const en = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation({ counts }), EN);
    expect(messageOf(en, "counts.femaleAdults")).toBe("must not be less than 0");
    expect(messageOf(en, "counts.maleChildren")).toBe("must be a whole number");

    const planned = await cast.lurahCideng.post(
      "/api/prevention/activities",
      heldSocialisation({
        status: "planned",
        startsAt: "2026-04-01T09:00:00+07:00",
        endsAt: null,
        counts: { ...counts, femaleAdults: 2, maleChildren: 1 },
      }),
      EN,
    );
    expect(fieldsOf(planned)).toEqual(["counts"]);
    expect(messageOf(planned, "counts")).toMatch(/once the activity has been held/);
  });

  it("needs a place unless online: a kelurahan, a school, a named RPTRA; end after start; a reason to cancel", async () => {
    const post = (body: object) => cast.lurahCideng.post("/api/prevention/activities", body, EN);
    const noKelurahan = await post(heldSocialisation({ regionCode: null }));
    expect(fieldsOf(noKelurahan)).toEqual(["regionCode"]);
    expect(messageOf(noKelurahan, "regionCode")).toMatch(/only online activities may have none/);
    expect(fieldsOf(await post(heldSocialisation({ placeKind: "school" })))).toEqual(["schoolId"]);
    expect(fieldsOf(await post(heldSocialisation({ placeKind: "rptra", placeDetail: null })))).toEqual([
      "placeDetail",
    ]);
    expect(fieldsOf(await post(heldSocialisation({ endsAt: "2026-03-02T08:00:00+07:00" })))).toEqual([
      "endsAt",
    ]);
    expect(fieldsOf(await post(heldSocialisation({ status: "cancelled" })))).toEqual(["cancelReason"]);
    // A kecamatan is not a kelurahan; a kelurahan of another city is outside the task force.
    const kecamatan = await post(heldSocialisation({ regionCode: "31.71.01" }));
    expect(fieldsOf(kecamatan)).toEqual(["regionCode"]);
    expect(messageOf(kecamatan, "regionCode")).toMatch(/not a kelurahan in the task force's area/);
    const online = await post(
      heldSocialisation({ placeKind: "online", regionCode: null, placeDetail: "https://meet.example/x" }),
    );
    expect(online.status).toBe(201);
    expect(online.body.regionCode).toBeNull();
  });

  it("lets another kelurahan's lurah read an activity but not change it (403), and the leadership read only", async () => {
    const created = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation());
    const id = created.body.id;
    const read = await cast.lurahGambir.get(`/api/prevention/activities/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toMatchObject({ update: false, manageAttendees: false });
    const change = await cast.lurahGambir.patch(`/api/prevention/activities/${id}`, { title: "Diubah" }, EN);
    expect(change.status).toBe(403);
    expect(change.body.error.message).toMatch(
      /Only the organising organisation or the task force secretariat/,
    );
    expect(await auditOf(t, "access.denied", id)).toHaveLength(1);
    expect((await cast.lurahGambir.get(`/api/prevention/activities/${id}/attendees`)).status).toBe(403);
    expect((await cast.leadership.get(`/api/prevention/activities/${id}`)).status).toBe(200);
    expect((await cast.leadership.patch(`/api/prevention/activities/${id}`, { title: "x" })).status).toBe(
      403,
    );
    // Recording an activity for another organisation is the secretariat's.
    const forOther = await cast.lurahGambir.post(
      "/api/prevention/activities",
      heldSocialisation({ organizerOrganizationId: cast.cideng.id }),
    );
    expect(fieldsOf(forOther)).toEqual(["organizerOrganizationId"]);
  });

  it("lets the organiser and the secretariat change an activity; only the secretariat changes its organiser", async () => {
    const { body } = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation());
    const url = `/api/prevention/activities/${body.id}`;
    const own = await cast.lurahCideng.patch(url, { title: "Sosialisasi TPPO untuk orang tua" });
    expect(own.status).toBe(200);
    expect(own.body.title).toBe("Sosialisasi TPPO untuk orang tua");
    const handOver = await cast.lurahCideng.patch(url, { organizerOrganizationId: cast.gambir.id }, EN);
    expect(handOver.status).toBe(403);
    expect(handOver.body.error.message).toMatch(/Only the task force secretariat/);
    const moved = await cast.coordinator.patch(url, {
      organizerOrganizationId: cast.gambir.id,
      partnerOrganizationIds: [cast.cideng.id],
      regionCode: PASAR_BARU,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      organizerOrganizationId: cast.gambir.id,
      regionCode: PASAR_BARU,
      kecamatanName: "Sawah Besar",
      partners: [{ id: cast.cideng.id }],
    });
    // Now Gambir's to change, and no longer Cideng's.
    expect((await cast.lurahCideng.patch(url, { notes: "x" })).status).toBe(403);
    expect((await cast.lurahGambir.patch(url, { notes: "Materi dari Sudin PPAPP" })).status).toBe(200);
    const updates = await auditOf(t, "prevention.activity_updated", body.id);
    expect(updates.map((a) => (a.data as { fields: string[] }).fields)).toEqual([
      ["title"],
      ["regionCode", "organizerOrganizationId", "partnerOrganizationIds"],
      ["notes"],
    ]);
  });

  it("judges an update on the merged record: marking a past plan as held, or a future one, or clearing the place", async () => {
    const plan = await cast.lurahCideng.post(
      "/api/prevention/activities",
      heldSocialisation({ status: "planned", startsAt: "2026-03-12T09:00:00+07:00", endsAt: null }),
    );
    const url = `/api/prevention/activities/${plan.body.id}`;
    const early = await cast.lurahCideng.patch(url, { status: "held" });
    expect(fieldsOf(early)).toEqual(["startsAt"]);
    const cleared = await cast.lurahCideng.patch(url, { regionCode: null });
    expect(fieldsOf(cleared)).toEqual(["regionCode"]);
    const held = await cast.lurahCideng.patch(url, {
      status: "held",
      startsAt: "2026-03-09T09:00:00+07:00",
      counts: {
        femaleChildren: 10,
        femaleAdults: 4,
        femaleOlder: 0,
        maleChildren: 8,
        maleAdults: 2,
        maleOlder: 1,
      },
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: "held", participantSource: "counts", participantTotal: 25 });
  });

  it("lets an old activity be corrected after its organiser was deactivated, but not handed to an inactive one", async () => {
    const office = await t.factories.organization({
      name: "Kantor lama (uji)",
      typeCode: "urban_village",
      regionCode: CIDENG,
    });
    const created = await cast.coordinator.post(
      "/api/prevention/activities",
      heldSocialisation({ organizerOrganizationId: office.id }),
    );
    await t.ctx.db.update(organizations).set({ active: false }).where(eq(organizations.id, office.id));
    const url = `/api/prevention/activities/${created.body.id}`;
    expect((await cast.coordinator.patch(url, { notes: "Dikoreksi" })).status).toBe(200);
    const other = await cast.coordinator.post(
      "/api/prevention/activities",
      heldSocialisation({ organizerOrganizationId: cast.cideng.id }),
    );
    const handed = await cast.coordinator.patch(`/api/prevention/activities/${other.body.id}`, {
      organizerOrganizationId: office.id,
    });
    expect(fieldsOf(handed)).toEqual(["organizerOrganizationId"]);
  });

  it("lists coming plans first, soonest first, then the rest newest first, page by page, with filters", async () => {
    const first = await cast.coordinator.get("/api/prevention/activities?limit=3");
    expect(first.status).toBe(200);
    const all = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await cast.coordinator.get(`/api/prevention/activities?limit=3&cursor=${cursor}`);
      all.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    const full = await cast.coordinator.get("/api/prevention/activities?limit=200");
    expect(all.map((a) => a.id)).toEqual(full.body.items.map((a: { id: string }) => a.id));
    const upcoming = all.filter((a) => a.status === "planned" && a.startsAt >= "2026-03-09T17:00:00.000Z");
    expect(all.slice(0, upcoming.length)).toEqual(upcoming);
    const starts = upcoming.map((a) => a.startsAt);
    expect(starts).toEqual([...starts].sort());
    const rest = all.slice(upcoming.length).map((a) => a.startsAt);
    expect(rest).toEqual([...rest].sort().reverse());

    const sawahBesar = await cast.coordinator.get("/api/prevention/activities?regionCode=31.71.02");
    expect(sawahBesar.body.items.map((a: { regionCode: string }) => a.regionCode)).toEqual([PASAR_BARU]);
    const lastYear = await cast.coordinator.get("/api/prevention/activities?year=2025");
    expect(lastYear.body.items).toEqual([]);
    const byOrganizer = await cast.coordinator.get(
      `/api/prevention/activities?organizerOrganizationId=${cast.gambir.id}&status=held`,
    );
    expect(byOrganizer.body.items).toHaveLength(1);
  });

  it("answers 404 for another task force's activity", async () => {
    const { client: outsider } = await otherTaskForceCoordinator(t, "GT-UJI-LAIN");
    const { body } = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation());
    expect((await outsider.get(`/api/prevention/activities/${body.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/prevention/activities/${body.id}`, { title: "x" })).status).toBe(404);
    const list = await outsider.get("/api/prevention/activities");
    expect(list.body.items).toEqual([]);
  });
});
