import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents, mailOutbox } from "../../db/schema/index.ts";
import {
  decodedBody,
  flattenParts,
  icsEvents,
  parseIcs,
  parseMime,
  startSmtpServer,
  waitFor,
} from "../../lib/mail/test-support.ts";
import { auditOf } from "../../test/audit-of.ts";
import { FACTORY_PASSWORD } from "../../test/factories.ts";
import { otherTaskForceCoordinator } from "../../test/other-task-force.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

const sessions: Record<number, string> = {
  15: "Penguatan Gugus Tugas TPPO Jakarta Pusat — Sesi 1",
  21: "Penguatan Gugus Tugas TPPO Jakarta Pusat — Sesi 2",
  22: "Penguatan Gugus Tugas TPPO Jakarta Pusat — Sesi 3",
};

// A meeting on that day of May 2024, 09.00–12.00 WIB.
const session = (day: number, overrides: Record<string, unknown> = {}) => ({
  title: sessions[day] ?? `Rapat koordinasi ${day} Mei 2024`,
  purpose: "Memperkuat peran lurah, camat, sekolah dan OPD dalam pencegahan TPPO.",
  startsAt: `2024-05-${day}T09:00:00+07:00`,
  endsAt: `2024-05-${day}T12:00:00+07:00`,
  place: "Ruang Rapat Wali Kota, Blok A Lantai 3",
  chairName: "Asisten Kesejahteraan Rakyat",
  ...overrides,
});

describeEachDatabase("meetings", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let reporter: Client;
  let clock = new Date("2024-05-10T02:00:00Z");
  let dinsos: { id: string };
  let polres: { id: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.ctx.now = () => clock;
    coordinator = await t.as("coordinator");
    dinsos = await t.factories.organization({ name: "Sudin Sosial Uji", email: "sosial@uji.go.id" });
    polres = await t.factories.organization({ name: "Polres Uji" });
    reporter = await t.as("field_reporter", { organizationId: dinsos.id });
    // The Sudin Sosial's seat has a person with an address; the police has none at all.
    await coordinator.post("/api/coordination/memberships", {
      organizationId: dinsos.id,
      positionCode: "anggota",
      personName: "Bapak Kasudin Sosial",
      personTitle: "Kepala Suku Dinas Sosial",
      email: "kasudin.sosial@uji.go.id",
      validFrom: "2024-01-01",
    });
  });
  afterAll(() => t.close());

  /** Moves the clock; sessions are as old as the clock says, so both users sign in again. */
  async function travel(to: string) {
    clock = new Date(to);
    coordinator = await t.signIn(coordinator.user.email, FACTORY_PASSWORD);
    reporter = await t.signIn(reporter.user.email, FACTORY_PASSWORD);
  }

  it("names each bad field, in the caller's language", async () => {
    const bad = await coordinator.post(
      "/api/meetings",
      session(15, {
        endsAt: "2024-05-15T08:00:00+07:00",
        place: null,
        invitees: {
          organizationIds: ["00000000-0000-4000-8000-000000000000"],
          external: [{ name: "Narasumber", email: "bukan-email" }],
        },
      }),
      { "accept-language": "en" },
    );
    expect(bad.status).toBe(422);
    expect(fieldsOf(bad).sort()).toEqual(["endsAt", "invitees.external.0.email", "place"]);
    const messages = Object.fromEntries(
      bad.body.error.details.map((d: { field: string; message: string }) => [d.field, d.message]),
    );
    expect(messages.endsAt).toBe("the end must be after the start");
    const unknown = await coordinator.post(
      "/api/meetings",
      session(15, { invitees: { organizationIds: [dinsos.id, "00000000-0000-4000-8000-000000000000"] } }),
    );
    expect(fieldsOf(unknown)).toEqual(["invitees.organizationIds.1"]);
    expect(unknown.body.error.details[0].message).toBe("organisasi tidak ditemukan");
    const both = await coordinator.post(
      "/api/meetings",
      session(15, { seriesId: "00000000-0000-4000-8000-000000000000", newSeriesTitle: "Rangkaian" }),
    );
    expect(fieldsOf(both)).toEqual(["newSeriesTitle"]);
    const noSeries = await coordinator.post(
      "/api/meetings",
      session(15, { seriesId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(fieldsOf(noSeries)).toEqual(["seriesId"]);
  });

  it("plans a series of three, invites, and queues invitations that wait without a mail server", async () => {
    const first = await coordinator.post(
      "/api/meetings",
      session(15, {
        newSeriesTitle: "Penguatan Gugus Tugas TPPO Jakarta Pusat",
        agenda: [{ title: "Pembukaan" }, { title: "Paparan kasus TPPO 2023", presenter: "UPT PPPA" }],
        invitees: {
          organizationIds: [dinsos.id, polres.id],
          userIds: [reporter.user.id],
          external: [
            { name: "Dr. Narasumber, S.H.", email: "narasumber@kampus.ac.id", personTitle: "Akademisi" },
          ],
        },
        sendInvitations: true,
      }),
    );
    expect(first.status).toBe(201);
    const m = first.body;
    expect(m).toMatchObject({ status: "planned", icsSequence: 0, mailConfigured: false, invitedCount: 4 });
    expect(m.series.title).toBe("Penguatan Gugus Tugas TPPO Jakarta Pusat");
    expect(m.agenda.map((a: { position: number; title: string }) => [a.position, a.title])).toEqual([
      [1, "Pembukaan"],
      [2, "Paparan kasus TPPO 2023"],
    ]);
    const byKind = Object.fromEntries(
      m.invitations.map((i: { organizationName: string | null; name: string }) => [
        i.organizationName ?? i.name,
        i,
      ]),
    );
    // The organisation is mailed at its representative's and its own address.
    expect(byKind["Sudin Sosial Uji"]).toMatchObject({
      mailState: "not_configured",
      addresses: ["kasudin.sosial@uji.go.id", "sosial@uji.go.id"],
      name: "Bapak Kasudin Sosial",
      personTitle: "Kepala Suku Dinas Sosial",
    });
    expect(byKind["Polres Uji"]).toMatchObject({ mailState: "no_address", addresses: [] });
    expect(byKind["Dr. Narasumber, S.H."]).toMatchObject({ kind: "external", mailState: "not_configured" });
    // With no mail server nothing is attempted: the messages wait, whole.
    const queued = await t.ctx.db.select().from(mailOutbox);
    expect(queued).toHaveLength(3);
    expect(queued.every((q) => q.status === "queued" && q.attempts === 0)).toBe(true);
    const dinsosMail = queued.find((q) => q.toAddresses.includes("sosial@uji.go.id"))!;
    expect(dinsosMail.subject).toBe(
      "Undangan: Penguatan Gugus Tugas TPPO Jakarta Pusat — Sesi 1 — Rabu, 15 Mei 2024",
    );
    expect(dinsosMail.textBody).toMatch(/\nWaktu +: 09\.00–12\.00 WIB\n/);
    expect(dinsosMail.textBody).toContain("  2. Paparan kasus TPPO 2023 (UPT PPPA)");
    const ics = dinsosMail.attachments[0]!.content;
    const [vevent] = icsEvents(parseIcs(ics).properties);
    expect(vevent!.get("DTSTART")?.value).toBe("20240515T020000Z");
    expect(vevent!.get("SEQUENCE")?.value).toBe("0");
    expect(vevent!.all("ATTENDEE").map((a) => a.value)).toEqual([
      "mailto:kasudin.sosial@uji.go.id",
      "mailto:sosial@uji.go.id",
    ]);

    // The second and third sessions join the series.
    for (const day of [21, 22]) {
      const next = await coordinator.post("/api/meetings", session(day, { seriesId: m.series.id }));
      expect(next.status).toBe(201);
    }
    const detail = await reporter.get(`/api/meetings/${m.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.series.meetings.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      "2024-05-15T02:00:00.000Z",
      "2024-05-21T02:00:00.000Z",
      "2024-05-22T02:00:00.000Z",
    ]);
    expect(detail.body.abilities).toEqual({
      manage: false,
      takeAttendance: false,
      sendInvitations: false,
      cancel: false,
    });
    expect(detail.body.invitedMe).toBe(true);
    const series = await reporter.get("/api/meeting-series");
    expect(series.body.items[0]).toMatchObject({
      meetingCount: 3,
      firstStartsAt: "2024-05-15T02:00:00.000Z",
    });

    // Upcoming first (soonest first), past later: on 10 May all three are ahead.
    const upcoming = await reporter.get("/api/meetings?when=upcoming");
    expect(upcoming.body.items.map((i: { startsAt: string }) => i.startsAt.slice(0, 10))).toEqual([
      "2024-05-15",
      "2024-05-21",
      "2024-05-22",
    ]);
    expect(upcoming.body.items[0]).toMatchObject({ invitedMe: true, invitedCount: 4 });
    const month = await reporter.get(
      `/api/meetings?when=range&from=${encodeURIComponent("2024-05-20T17:00:00Z")}&to=${encodeURIComponent("2024-06-01T00:00:00Z")}`,
    );
    expect(month.body.items).toHaveLength(2);
    const tooLong = await reporter.get(
      "/api/meetings?when=range&from=2024-01-01T00:00:00Z&to=2024-06-01T00:00:00Z",
    );
    expect(fieldsOf(tooLong)).toEqual(["to"]);
  });

  it("mails a change to those already invited, and a cancellation", async () => {
    const created = await coordinator.post(
      "/api/meetings",
      session(16, { invitees: { organizationIds: [dinsos.id] }, sendInvitations: true }),
    );
    const id = created.body.id;
    // Adding someone later does not mail them until invitations are sent.
    const added = await coordinator.post(`/api/meetings/${id}/invitations`, {
      external: [{ name: "Ibu Camat", email: "camat@uji.go.id" }],
    });
    expect(added.body.invitations.find((i: { name: string }) => i.name === "Ibu Camat").mailState).toBe(
      "not_sent",
    );
    expect(added.body.abilities.sendInvitations).toBe(true);
    const sent = await coordinator.post(`/api/meetings/${id}/invitations/send`);
    expect(sent.body).toEqual({ queued: 1, noAddress: 0, mailConfigured: false });
    // Sending again queues nothing new.
    expect((await coordinator.post(`/api/meetings/${id}/invitations/send`)).body.queued).toBe(0);

    const moved = await coordinator.patch(`/api/meetings/${id}`, {
      startsAt: "2024-05-16T13:00:00+07:00",
      endsAt: "2024-05-16T15:00:00+07:00",
    });
    expect(moved.status).toBe(200);
    expect(moved.body.icsSequence).toBe(1);
    // A note that invitees need not hear about keeps the sequence.
    const noted = await coordinator.patch(`/api/meetings/${id}`, { letterNumber: "005/-1.862.2" });
    expect(noted.body.icsSequence).toBe(1);
    const updates = (await t.ctx.db.select().from(mailOutbox)).filter((q) =>
      q.dedupeKey.endsWith(":1:update"),
    );
    expect(updates).toHaveLength(2);
    expect(updates[0]!.subject).toMatch(/^Perubahan undangan: /);
    expect(
      icsEvents(parseIcs(updates[0]!.attachments[0]!.content).properties)[0]!.get("SEQUENCE")?.value,
    ).toBe("1");
    const [audit] = await auditOf(t, "meeting.updated", id);
    expect(audit?.data).toMatchObject({ sequence: 1, updatesQueued: 2 });

    const badMove = await coordinator.patch(`/api/meetings/${id}`, { endsAt: "2024-05-16T12:00:00+07:00" });
    expect(fieldsOf(badMove)).toEqual(["endsAt"]);

    const cancelled = await coordinator.post(`/api/meetings/${id}/cancel`, {
      reason: "Bentrok dengan rapat pimpinan",
    });
    expect(cancelled.body).toMatchObject({
      status: "cancelled",
      icsSequence: 2,
      abilities: { cancel: false },
    });
    const cancels = (await t.ctx.db.select().from(mailOutbox)).filter((q) =>
      q.dedupeKey.endsWith(":2:cancel"),
    );
    expect(cancels).toHaveLength(2);
    const cancelIcs = parseIcs(cancels[0]!.attachments[0]!.content).properties;
    expect(cancelIcs.find((p) => p.name === "METHOD")?.value).toBe("CANCEL");
    expect(icsEvents(cancelIcs)[0]!.get("STATUS")?.value).toBe("CANCELLED");
    expect(cancels[0]!.calendarMethod).toBe("CANCEL");
    // A cancelled meeting takes no more changes, attendance or decisions.
    expect((await coordinator.patch(`/api/meetings/${id}`, { title: "x" })).status).toBe(409);
    expect((await coordinator.post(`/api/meetings/${id}/attendance`, { name: "A" })).status).toBe(409);
  });

  it("takes attendance at the door, walk-ins included, and marks the meeting held", async () => {
    const created = await coordinator.post(
      "/api/meetings",
      session(17, { invitees: { organizationIds: [dinsos.id, polres.id], userIds: [reporter.user.id] } }),
    );
    const m = created.body;
    // A week early the door list is not open yet.
    const early = await coordinator.post(`/api/meetings/${m.id}/attendance`, {
      invitationId: m.invitations[0].id,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain("16 Mei 2024");
    await travel("2024-05-17T01:50:00Z");
    const dinsosInvitation = m.invitations.find(
      (i: { organizationId: string }) => i.organizationId === dinsos.id,
    );
    const tap = await coordinator.post(`/api/meetings/${m.id}/attendance`, {
      invitationId: dinsosInvitation.id,
    });
    expect(tap.status).toBe(201);
    expect(tap.body).toMatchObject({
      name: "Bapak Kasudin Sosial",
      organizationId: dinsos.id,
      organizationName: "Sudin Sosial Uji",
      personTitle: "Kepala Suku Dinas Sosial",
      walkIn: false,
    });
    const twice = await coordinator.post(`/api/meetings/${m.id}/attendance`, {
      invitationId: dinsosInvitation.id,
    });
    expect(fieldsOf(twice)).toEqual(["invitationId"]);
    const walkIn = await coordinator.post(`/api/meetings/${m.id}/attendance`, {
      name: "Pak RW 05",
      organizationName: "RW 05 Kelurahan Cideng",
      personTitle: "Ketua RW",
      phone: "0812 3456 7890",
    });
    expect(walkIn.body).toMatchObject({
      walkIn: true,
      organizationId: null,
      organizationName: "RW 05 Kelurahan Cideng",
    });
    const badWalkIn = await coordinator.post(`/api/meetings/${m.id}/attendance`, {
      organizationId: polres.id,
      organizationName: "Polres",
    });
    expect(fieldsOf(badWalkIn).sort()).toEqual(["name", "organizationName"]);
    const detail = await coordinator.get(`/api/meetings/${m.id}`);
    expect(detail.body.status).toBe("held");
    expect(detail.body.attendance).toHaveLength(2);
    expect(detail.body.invitations.find((i: { id: string }) => i.id === dinsosInvitation.id).attended).toBe(
      true,
    );
    // A mistaken tap is undone.
    const undo = await coordinator.delete(`/api/meetings/${m.id}/attendance/${walkIn.body.id}`);
    expect(undo.status).toBe(204);
    expect((await coordinator.get(`/api/meetings/${m.id}`)).body.attendance).toHaveLength(1);
    expect((await reporter.post(`/api/meetings/${m.id}/attendance`, { name: "x" })).status).toBe(403);
  });

  it("computes the attendance rate per organisation and year over held meetings", async () => {
    const hold = async (startsAt: string, invited: string[], came: string[], walkIns: string[] = []) => {
      await travel(startsAt);
      const res = await coordinator.post("/api/meetings", {
        title: `Rapat rutin ${startsAt}`,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
        place: "Kantor Wali Kota",
        invitees: { organizationIds: invited },
      });
      for (const orgId of came) {
        const inv = res.body.invitations.find((i: { organizationId: string }) => i.organizationId === orgId);
        await coordinator.post(`/api/meetings/${res.body.id}/attendance`, { invitationId: inv.id });
      }
      for (const orgId of walkIns)
        await coordinator.post(`/api/meetings/${res.body.id}/attendance`, {
          name: "Tamu",
          organizationId: orgId,
        });
      return res.body.id as string;
    };
    const lsm = await t.factories.organization({ name: "LSM Uji Rate" });
    const school = await t.factories.organization({ name: "SMP Uji Rate" });
    await hold("2023-03-01T02:00:00.000Z", [lsm.id, school.id], [lsm.id]);
    await hold("2023-06-01T02:00:00.000Z", [lsm.id, school.id], [lsm.id, school.id]);
    await hold("2024-02-01T02:00:00.000Z", [lsm.id], [], [school.id]);
    // A planned meeting nobody recorded does not count, nor a cancelled one.
    await travel("2023-01-01T00:00:00Z");
    await coordinator.post("/api/meetings", {
      title: "Belum terlaksana",
      startsAt: "2023-09-01T02:00:00Z",
      endsAt: "2023-09-01T04:00:00Z",
      place: "x",
      invitees: { organizationIds: [lsm.id] },
    });
    const rates = await reporter.get("/api/coordination/attendance-rates?fromYear=2023&toYear=2024");
    expect(rates.status).toBe(200);
    const row = (name: string) =>
      rates.body.rows.find((r: { organizationName: string }) => r.organizationName === name);
    expect(row("LSM Uji Rate")).toEqual({
      organizationId: lsm.id,
      organizationName: "LSM Uji Rate",
      total: { invited: 3, attended: 2, rate: 2 / 3 },
      byYear: [
        { year: 2023, invited: 2, attended: 2, rate: 1 },
        { year: 2024, invited: 1, attended: 0, rate: 0 },
      ],
      walkIns: 0,
    });
    expect(row("SMP Uji Rate")).toMatchObject({
      total: { invited: 2, attended: 1, rate: 0.5 },
      byYear: [
        { year: 2023, invited: 2, attended: 1, rate: 0.5 },
        { year: 2024, invited: 0, attended: 0, rate: null },
      ],
      walkIns: 1,
    });
    expect(rates.body.years).toEqual(expect.arrayContaining([2023, 2024]));
    const only2024 = await reporter.get("/api/coordination/attendance-rates?fromYear=2024&toYear=2024");
    expect(
      only2024.body.rows.find((r: { organizationName: string }) => r.organizationName === "LSM Uji Rate")
        .total,
    ).toEqual({
      invited: 1,
      attended: 0,
      rate: 0,
    });
    const backwards = await reporter.get("/api/coordination/attendance-rates?fromYear=2024&toYear=2023");
    expect(fieldsOf(backwards)).toEqual(["toYear"]);
  });

  it("keeps minutes per agenda item and numbers decisions", async () => {
    await travel("2024-05-21T06:00:00Z");
    const created = await coordinator.post(
      "/api/meetings",
      session(21, { agenda: [{ title: "Evaluasi" }, { title: "Rencana kampanye" }] }),
    );
    const m = created.body;
    const [evaluasi, kampanye] = m.agenda;
    const minutes = await coordinator.patch(`/api/meetings/${m.id}/minutes`, {
      notes: "Rapat dibuka pukul 09.10 WIB.",
      minutesTakerName: "Staf Sekretariat",
      items: [
        { agendaItemId: evaluasi.id, discussion: "Laporan meningkat; perlu kewaspadaan dini." },
        { agendaItemId: kampanye.id, discussion: null },
      ],
    });
    expect(minutes.status).toBe(200);
    expect(minutes.body).toMatchObject({ status: "held", minutesNotes: "Rapat dibuka pukul 09.10 WIB." });
    expect(minutes.body.agenda[0].discussion).toBe("Laporan meningkat; perlu kewaspadaan dini.");
    const foreign = await coordinator.patch(`/api/meetings/${m.id}/minutes`, {
      items: [{ agendaItemId: "00000000-0000-4000-8000-000000000000", discussion: "x" }],
    });
    expect(fieldsOf(foreign)).toEqual(["items.0.agendaItemId"]);

    const texts = [
      "Setiap kelurahan menunjuk petugas kewaspadaan dini.",
      "Sosialisasi di 10 sekolah sebelum Juli.",
      "Laporan bulanan ke sekretariat.",
    ];
    const decisions = [];
    for (const [i, text] of texts.entries()) {
      const d = await coordinator.post(`/api/meetings/${m.id}/decisions`, {
        text,
        agendaItemId: i === 1 ? kampanye.id : evaluasi.id,
      });
      expect(d.status).toBe(201);
      decisions.push(d.body);
    }
    expect(decisions.map((d) => d.number)).toEqual([1, 2, 3]);
    const reworded = await coordinator.patch(`/api/meetings/${m.id}/decisions/${decisions[1].id}`, {
      text: "Sosialisasi di 12 sekolah sebelum Juli.",
      agendaItemId: kampanye.id,
    });
    expect(reworded.body).toMatchObject({ number: 2, text: "Sosialisasi di 12 sekolah sebelum Juli." });
    // Removing the first moves the others up.
    expect((await coordinator.delete(`/api/meetings/${m.id}/decisions/${decisions[0].id}`)).status).toBe(204);
    const after = await coordinator.get(`/api/meetings/${m.id}`);
    expect(after.body.decisions.map((d: { number: number; text: string }) => [d.number, d.text])).toEqual([
      [1, "Sosialisasi di 12 sekolah sebelum Juli."],
      [2, "Laporan bulanan ke sekretariat."],
    ]);
    // An agenda item with decisions stays; others may be reordered, renamed or removed.
    const dropUsed = await coordinator.patch(`/api/meetings/${m.id}/agenda`, {
      items: [{ id: evaluasi.id, title: "Evaluasi" }],
    });
    expect(fieldsOf(dropUsed)).toEqual(["items"]);
    const reordered = await coordinator.patch(`/api/meetings/${m.id}/agenda`, {
      items: [
        { id: kampanye.id, title: "Rencana kampanye 2024" },
        { id: evaluasi.id, title: "Evaluasi" },
        { title: "Lain-lain" },
      ],
    });
    expect(
      reordered.body.agenda.map((a: { position: number; title: string; discussion: string | null }) => [
        a.position,
        a.title,
        a.discussion,
      ]),
    ).toEqual([
      [1, "Rencana kampanye 2024", null],
      [2, "Evaluasi", "Laporan meningkat; perlu kewaspadaan dini."],
      [3, "Lain-lain", null],
    ]);
    // Minutes of a meeting that has not started are refused.
    const future = await coordinator.post("/api/meetings", session(28));
    expect((await coordinator.post(`/api/meetings/${future.body.id}/decisions`, { text: "x" })).status).toBe(
      409,
    );
  });

  it("serves the .ics, the letter and documents, and audits downloads", async () => {
    await travel("2024-05-10T02:00:00Z");
    const many = [];
    for (let i = 0; i < 5; i++)
      many.push((await t.factories.organization({ name: `Kelurahan Uji ${i}` })).id);
    const created = await coordinator.post(
      "/api/meetings",
      session(22, {
        agenda: [{ title: "Pembukaan" }],
        letterNumber: "e-0123/UN.02.01",
        letterNature: "penting",
        signerName: "Drs. Asisten Kesra",
        signerTitle: "Asisten Kesejahteraan Rakyat",
        signerNip: "196801011990031001",
        invitees: { organizationIds: many },
      }),
    );
    const id = created.body.id;
    const ics = await reporter.get(`/api/meetings/${id}/invitation.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    const parsed = parseIcs(ics.body);
    expect(parsed.properties.find((p) => p.name === "METHOD")?.value).toBe("PUBLISH");
    const [vevent] = icsEvents(parsed.properties);
    expect(vevent!.get("SUMMARY")?.value).toBe(session(22).title);
    expect(vevent!.get("UID")?.value).toBe(`rapat-${id}@gugus.local`);

    const res = await reporter.get(`/api/meetings/${id}/letter.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain("undangan-2024-05-22.pdf");
    // The document's structure is ASCII: header, trailer and page objects read as text.
    const pdf: string = res.body;
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    // Five addressees go to an annex: two pages.
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
    const one = await reporter.get(
      `/api/meetings/${id}/letter.pdf?invitationId=${created.body.invitations[0].id}`,
    );
    expect(one.body.match(/\/Type \/Page\b/g)).toHaveLength(1);

    const content = Buffer.from("%PDF-1.4\nbahan paparan\n%%EOF\n");
    const up = await coordinator.post(`/api/meetings/${id}/documents`, {
      fileName: "Bahan paparan.pdf",
      mimeType: "application/pdf",
      contentBase64: content.toString("base64"),
      category: "material",
    });
    expect(up.status).toBe(201);
    const mismatch = await coordinator.post(`/api/meetings/${id}/documents`, {
      fileName: "x.pdf",
      mimeType: "application/pdf",
      contentBase64: Buffer.from("hello").toString("base64"),
    });
    expect(fieldsOf(mismatch)).toEqual(["contentBase64"]);
    const down = await reporter.get(`/api/meetings/${id}/documents/${up.body.id}/content`);
    expect(down.status).toBe(200);
    expect(down.headers["content-disposition"]).toContain("Bahan paparan.pdf");
    expect(await auditOf(t, "meeting.document_downloaded", up.body.id)).toHaveLength(1);
    expect((await coordinator.get(`/api/meetings/${id}`)).body.documents[0]).toMatchObject({
      fileName: "Bahan paparan.pdf",
      category: "material",
    });
  });

  it("gives each user a revocable calendar feed of the meetings they or their organisation are invited to", async () => {
    expect((await reporter.get("/api/account/calendar-feed")).body.url).toBeNull();
    const issued = await reporter.post("/api/account/calendar-feed");
    expect(issued.status).toBe(200);
    expect(issued.body.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(issued.body.webcalUrl).toMatch(/^webcal:\/\//);
    // The link shows again on the account page.
    expect((await reporter.get("/api/account/calendar-feed")).body.url).toBe(issued.body.url);
    const path = new URL(issued.body.url).pathname;
    const feed = await t.anonymous.get(path);
    expect(feed.status).toBe(200);
    const events = icsEvents(parseIcs(feed.body).properties);
    const titles = events.map((e) => e.get("SUMMARY")?.value);
    // Invited through the organisation (Sudin Sosial) or by name; a meeting without them is absent.
    expect(titles).toContain(session(15).title);
    expect(titles).toContain(session(17).title);
    expect(titles).not.toContain(session(21).title);
    expect(events.find((e) => e.get("SUMMARY")?.value === session(16).title)?.get("STATUS")?.value).toBe(
      "CANCELLED",
    );

    expect((await t.anonymous.get(path.replace(/.{5}\.ics$/, "AAAAA.ics"))).status).toBe(404);
    expect((await t.anonymous.get("/api/calendar/bukan-token.ics")).status).toBe(404);
    const again = await reporter.post("/api/account/calendar-feed");
    expect(again.body.url).not.toBe(issued.body.url);
    expect((await t.anonymous.get(path)).status).toBe(404);
    expect((await reporter.delete("/api/account/calendar-feed")).status).toBe(204);
    expect((await t.anonymous.get(new URL(again.body.url).pathname)).status).toBe(404);
    const events2 = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.event, "calendar_feed.issued"));
    expect(events2.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps another task force out with 404", async () => {
    const { client: outsider, organizationId: otherOrganizationId } = await otherTaskForceCoordinator(
      t,
      "GT-UJI-RAPAT",
    );
    const [mine] = (await coordinator.get("/api/meetings?when=past")).body.items;
    expect((await outsider.get(`/api/meetings/${mine.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/meetings/${mine.id}`, { title: "x" })).status).toBe(404);
    expect((await outsider.post(`/api/meetings/${mine.id}/attendance`, { name: "x" })).status).toBe(404);
    expect((await outsider.get(`/api/meetings/${mine.id}/letter.pdf`)).status).toBe(404);
    expect((await outsider.get("/api/meetings?when=past")).body.items).toEqual([]);
    // Their organisations cannot be invited here.
    const cross = await coordinator.post(
      "/api/meetings",
      session(23, { invitees: { organizationIds: [otherOrganizationId] } }),
    );
    expect(fieldsOf(cross)).toEqual(["invitees.organizationIds.0"]);
  });

  it("lets members read meetings and only the secretariat change them", async () => {
    expect((await reporter.get("/api/meetings")).status).toBe(200);
    expect((await reporter.post("/api/meetings", session(24))).status).toBe(403);
    const leadership = await t.as("leadership");
    expect((await leadership.get("/api/meetings?when=past")).status).toBe(200);
    const admin = await t.as("admin");
    expect((await admin.get("/api/meetings")).status).toBe(403);
  });
});

describeEachDatabase("meeting invitations by mail", (kind) => {
  it("arrive at the mail server with the .ics, once", async () => {
    const smtp = await startSmtpServer();
    const t = await createTestApp(kind, {
      GUGUS_SMTP_URL: smtp.url,
      GUGUS_MAIL_FROM: "Sekretariat GT <gugus@uji.go.id>",
      GUGUS_PUBLIC_URL: "https://gugus.uji.go.id",
    });
    try {
      t.ctx.now = () => new Date("2024-05-10T02:00:00Z");
      const coordinator = await t.as("coordinator");
      const org = await t.factories.organization({ name: "Dinas Uji Surat", email: "dinas@uji.go.id" });
      const created = await coordinator.post(
        "/api/meetings",
        session(15, { invitees: { organizationIds: [org.id] }, sendInvitations: true }),
      );
      expect(created.body.mailConfigured).toBe(true);
      await waitFor(() => smtp.received.length === 1);
      const mail = smtp.received[0]!;
      expect(mail.to).toEqual(["dinas@uji.go.id"]);
      const parts = flattenParts(parseMime(mail.raw));
      const ics = parts.find((p) => (p.headers["content-disposition"] ?? "").includes("undangan.ics"));
      const [vevent] = icsEvents(parseIcs(decodedBody(ics!)).properties);
      expect(vevent!.get("ORGANIZER")).toMatchObject({
        params: { CN: "Sekretariat GT" },
        value: "mailto:gugus@uji.go.id",
      });
      // With a public address the invitation links to the meeting's page, and the UID names the host.
      const id = created.body.id;
      expect(vevent!.get("UID")?.value).toBe(`rapat-${id}@gugus.uji.go.id`);
      const text = parts.find((p) => (p.headers["content-type"] ?? "").startsWith("text/plain"));
      expect(decodedBody(text!)).toContain(`https://gugus.uji.go.id/koordinasi/rapat/${id}`);
      // The outbox marks it sent right after the server took it.
      let state = "";
      for (let i = 0; i < 100 && state !== "sent"; i++) {
        state = (await coordinator.get(`/api/meetings/${created.body.id}`)).body.invitations[0].mailState;
        if (state !== "sent") await new Promise((r) => setTimeout(r, 50));
      }
      expect(state).toBe("sent");
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.received).toHaveLength(1);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
