import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

describe("the demo's coordination data", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("embedded");
    await seedDemo(t.ctx, 1);
  });
  afterAll(() => t.close());

  it("holds the task force's structure under two decrees, with its history", async () => {
    const coordinator = await t.signIn("koordinator@demo.gugus.id", DEMO_PASSWORD);
    const structure = await coordinator.get("/api/coordination/structure");
    expect(structure.body.decree.number).toBe("35 Tahun 2025");
    const holder = (position: string) =>
      structure.body.members.filter((m: { positionCode: string }) => m.positionCode === position);
    expect(holder("ketua").map((m: { organizationName: string }) => m.organizationName)).toEqual([
      "Wali Kota Jakarta Pusat",
    ]);
    expect(holder("ketua_harian")[0].personTitle).toMatch(/Asisten Kesejahteraan Rakyat/);
    expect(holder("sekretaris")[0].organizationName).toMatch(/Sudin PPAPP/);
    expect(holder("anggota").length).toBeGreaterThan(60);
    const then = await coordinator.get("/api/coordination/structure?on=2024-05-15");
    expect(then.body.decree.number).toBe("112 Tahun 2022");
    // The ketua harian changed in 2023: two people held the seat under the first decree.
    const history = await coordinator.get("/api/coordination/structure/history");
    const seats = history.body.items.filter(
      (m: { positionCode: string }) => m.positionCode === "ketua_harian",
    );
    expect(seats.length).toBe(3);
    const shelters = await coordinator.get("/api/directory?service=temporary_shelter");
    expect(shelters.body.items.map((i: { name: string }) => i.name)).toEqual(
      expect.arrayContaining(["UPT PPPA (Pos Pengaduan Jakarta Pusat)"]),
    );
  });

  it("holds the May 2024 series, regular meetings with minutes, and invitations waiting to go out", async () => {
    const lurah = await t.signIn("lurah.cideng@demo.gugus.id", DEMO_PASSWORD);
    const series = await lurah.get("/api/meeting-series");
    const may = series.body.items.find(
      (s: { title: string }) => s.title === "Penguatan Gugus Tugas TPPO Jakarta Pusat",
    );
    expect(may.meetingCount).toBe(3);
    const meetings = await lurah.get(`/api/meetings?when=past&seriesId=${may.id}`);
    expect(meetings.body.items.map((m: { startsAt: string }) => m.startsAt).sort()).toEqual([
      "2024-05-15T02:00:00.000Z",
      "2024-05-21T02:00:00.000Z",
      "2024-05-22T02:00:00.000Z",
    ]);
    for (const m of meetings.body.items) {
      expect(m).toMatchObject({ status: "held", invitedMe: true });
      expect(m.attendedCount).toBeGreaterThan(20);
      expect(m.decisionCount).toBeGreaterThanOrEqual(2);
    }
    const first = await lurah.get(`/api/meetings/${meetings.body.items.at(-1).id}`);
    // The first meeting of the series carries written minutes, not an empty field.
    expect(first.body.minutesNotes).toMatch(/\S{3,}.*\S{3,}/s);
    expect(
      first.body.invitations.every((i: { mailState: string }) =>
        ["sent", "no_address"].includes(i.mailState),
      ),
    ).toBe(true);
    const past = await lurah.get("/api/meetings?when=past&limit=200");
    const years = new Set(past.body.items.map((m: { startsAt: string }) => m.startsAt.slice(0, 4)));
    for (const year of ["2022", "2023", "2024", "2025"]) expect(years.has(year)).toBe(true);
    const upcoming = await lurah.get("/api/meetings?when=upcoming");
    expect(upcoming.body.items.length).toBeGreaterThanOrEqual(2);
    const next = await lurah.get(`/api/meetings/${upcoming.body.items[0].id}`);
    expect(next.body.invitations.some((i: { mailState: string }) => i.mailState === "not_configured")).toBe(
      true,
    );
    const rates = await lurah.get("/api/coordination/attendance-rates");
    expect(rates.body.rows.length).toBeGreaterThan(40);
  });
});
