import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { actionItems, meetingAgendaItems, notifications, taskForces } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { decisionFixture, fixNow, meetingFixture, seriesFixture } from "./test-support.ts";

const fieldsOf = (res: { body: { error: { details: { field: string; message: string }[] } } }) =>
  Object.fromEntries(res.body.error.details.map((d) => [d.field, d.message]));

describeEachDatabase("action items", (kind) => {
  let t: TestApp;
  let secretariat: Client;
  let orgA: string;
  let orgB: string;
  let memberA: Client;
  let memberB: Client;
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      GUGUS_2FA_REQUIRED_ROLES: "admin",
      GUGUS_REMINDER_INTERVAL_SECONDS: "0",
    });
    fixNow(t, "2026-05-20T03:00:00Z"); // 10:00 WIB, 20 May 2026
    secretariat = await t.as("coordinator");
    orgA = (await t.factories.organization({ name: "Kelurahan Uji A" })).id;
    orgB = (await t.factories.organization({ name: "Kelurahan Uji B" })).id;
    memberA = await t.as("field_reporter", { organizationId: orgA });
    memberB = await t.as("case_manager", { organizationId: orgB });
    meetingId = (await meetingFixture(t, { startsAt: "2026-05-15T02:00:00Z" })).id;
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, client = secretariat) =>
    client.post("/api/action-items", body);
  const item = (overrides: Record<string, unknown> = {}) => ({
    description: "Sosialisasi TPPO di sekolah wilayah kelurahan",
    ownerOrganizationId: orgA,
    dueOn: "2026-06-30",
    meetingId,
    ...overrides,
  });

  it("refuses an item without a due date, with a clear message in either language", async () => {
    const { dueOn: _none, ...body } = item();
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual({ dueOn: "wajib diisi" });
    const en = await secretariat.post("/api/action-items", body, { "accept-language": "en" });
    expect(fieldsOf(en)).toEqual({ dueOn: "is required" });
  });

  it("checks the owner, the meeting's date and decision, and that only one person is named", async () => {
    const userOfB = await t.factories.user({ role: "case_manager", organizationId: orgB });
    const otherMeeting = await meetingFixture(t, { startsAt: "2026-05-01T02:00:00Z" });
    const foreignDecision = await decisionFixture(t, otherMeeting.id, 1);
    const res = await create(
      item({
        ownerUserId: userOfB.id,
        dueOn: "2026-05-10",
        decisionId: foreignDecision.id,
      }),
    );
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual({
      ownerUserId: "pengguna ini bukan anggota aktif organisasi penanggung jawab",
      dueOn: "batas waktu tidak boleh sebelum tanggal rapat (2026-05-15)",
      decisionId: "keputusan ini bukan bagian dari rapat ini",
    });
    const both = await create(item({ ownerUserId: userOfB.id, ownerName: "Pak Budi" }));
    expect(fieldsOf(both)).toEqual({
      ownerName: "pilih pengguna atau ketik nama penanggung jawab, tidak keduanya",
    });
    const cancelled = await meetingFixture(t, { startsAt: "2026-05-02T02:00:00Z", status: "cancelled" });
    const onCancelled = await create(item({ meetingId: cancelled.id }));
    expect(fieldsOf(onCancelled)).toEqual({
      meetingId: "rapat ini dibatalkan; tindak lanjut tidak dapat dicatat padanya",
    });
    const unknownOrg = await create(item({ ownerOrganizationId: "00000000-0000-4000-8000-000000000000" }));
    expect(fieldsOf(unknownOrg)).toEqual({ ownerOrganizationId: "organisasi tidak ditemukan" });
  });

  it("records an item from a meeting's decision, tells the owner organisation, and audits it", async () => {
    const decision = await decisionFixture(t, meetingId, 1, "Setiap kelurahan menyosialisasikan TPPO");
    const res = await create(item({ decisionId: decision.id, ownerName: "Seklur Uji A" }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "open",
      dueOn: "2026-06-30",
      overdue: false,
      daysLeft: 41,
      ownerOrganization: { id: orgA, name: "Kelurahan Uji A" },
      ownerName: "Seklur Uji A",
      meeting: { id: meetingId },
      decision: { id: decision.id, number: 1, text: "Setiap kelurahan menyosialisasikan TPPO" },
      abilities: { report: true, edit: true },
      nextStatuses: ["in_progress", "done", "dropped"],
    });
    expect(res.body.history.map((h: { kind: string }) => h.kind)).toEqual(["created"]);
    expect(await auditOf(t, "action_item.created", res.body.id)).toHaveLength(1);
    const told = await t.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.actionItemId, res.body.id));
    expect(told.map((n) => [n.userId, n.kind])).toEqual([[memberA.user.id, "action_item_assigned"]]);
    const bell = await memberA.get("/api/notifications");
    expect(bell.body.unreadCount).toBeGreaterThanOrEqual(1);
    expect(bell.body.items[0]).toMatchObject({
      kind: "action_item_assigned",
      actionItemId: res.body.id,
      description: "Sosialisasi TPPO di sekolah wilayah kelurahan",
      dueOn: "2026-06-30",
    });
    const read = await memberA.post(`/api/notifications/${bell.body.items[0].id}/read`);
    expect(read.body.unreadCount).toBe(bell.body.unreadCount - 1);
    // Someone else's notification is not theirs to mark.
    expect((await memberB.post(`/api/notifications/${bell.body.items[0].id}/read`)).status).toBe(404);
  });

  it("shows each organisation its own items only; the secretariat sees all", async () => {
    const ofA = (await create(item({ description: "Tugas A" }))).body;
    const ofB = (await create(item({ description: "Tugas B", ownerOrganizationId: orgB }))).body;
    const mineA = await memberA.get("/api/action-items?scope=all&limit=200");
    expect(mineA.body.scope).toBe("mine");
    expect(
      mineA.body.items.every((i: { ownerOrganization: { id: string } }) => i.ownerOrganization.id === orgA),
    ).toBe(true);
    expect(mineA.body.items.map((i: { id: string }) => i.id)).toContain(ofA.id);
    expect((await memberA.get(`/api/action-items/${ofB.id}`)).status).toBe(404);
    expect((await memberA.post(`/api/action-items/${ofB.id}/reports`, { note: "x" })).status).toBe(404);
    expect((await memberB.get(`/api/action-items/${ofB.id}`)).status).toBe(200);
    const all = await secretariat.get("/api/action-items?scope=all&limit=200");
    expect(all.body.scope).toBe("all");
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([ofA.id, ofB.id]));
    // Leadership of the owner organisation reads the item but has no permission to report on it.
    const boss = await t.as("leadership", { organizationId: orgA });
    const seen = await boss.get(`/api/action-items/${ofA.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.abilities).toEqual({ report: false, edit: false });
    expect((await boss.post(`/api/action-items/${ofA.id}/reports`, { note: "x" })).status).toBe(403);
    // Only the secretariat creates and edits.
    expect((await create(item(), memberA)).status).toBe(403);
    expect((await memberA.patch(`/api/action-items/${ofA.id}`, { dueOn: "2026-07-01" })).status).toBe(403);
  });

  it("moves through its statuses by the owner's reports, each one in the history", async () => {
    const created = (await create(item({ description: "Pendataan warga rentan", dueOn: "2026-06-01" }))).body;
    const url = `/api/action-items/${created.id}/reports`;
    const started = await memberA.post(url, { status: "in_progress", note: "Pendataan dimulai di RW 03." });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: "in_progress", updateCount: 1 });
    const backToOpenForbidden = await memberA.post(url, { status: "in_progress" });
    expect(fieldsOf(backToOpenForbidden)).toEqual({ status: "statusnya sudah “sedang dikerjakan”" });
    const done = await memberA.post(url, {
      status: "done",
      note: "Selesai; data diserahkan ke sekretariat.",
    });
    expect(done.body).toMatchObject({ status: "done", doneOnTime: true, nextStatuses: ["in_progress"] });
    expect(done.body.doneAt).toBe("2026-05-20T03:00:00.000Z");
    const skip = await memberA.post(url, { status: "open", note: "x" });
    expect(fieldsOf(skip)).toEqual({
      status: "status “selesai” tidak dapat langsung diubah menjadi “terbuka”",
    });
    const reopenSilently = await memberA.post(url, { status: "in_progress" });
    expect(fieldsOf(reopenSilently)).toEqual({ note: "tuliskan mengapa tindak lanjut ini dibuka kembali" });
    const edit = await secretariat.patch(`/api/action-items/${created.id}`, { dueOn: "2026-07-01" });
    expect(edit.status).toBe(409);
    const reopened = await memberA.post(url, { status: "in_progress", note: "Ada RW yang terlewat." });
    expect(reopened.body).toMatchObject({ status: "in_progress", doneAt: null, doneOnTime: null });
    const dropNoReason = await memberA.post(url, { status: "dropped" });
    expect(fieldsOf(dropNoReason)).toEqual({ reason: "tuliskan alasan tindak lanjut ini dihentikan" });
    const dropped = await memberA.post(url, {
      status: "dropped",
      reason: "Digabung dengan pendataan Dinsos.",
    });
    expect(dropped.body).toMatchObject({
      status: "dropped",
      dropReason: "Digabung dengan pendataan Dinsos.",
    });
    expect(
      dropped.body.history.map((h: { kind: string; fromStatus: string | null; toStatus: string | null }) => [
        h.kind,
        h.fromStatus,
        h.toStatus,
      ]),
    ).toEqual([
      ["created", null, "open"],
      ["report", "open", "in_progress"],
      ["report", "in_progress", "done"],
      ["report", "done", "in_progress"],
      ["report", "in_progress", "dropped"],
    ]);
    expect(dropped.body.history[4].reason).toBe("Digabung dengan pendataan Dinsos.");
    expect(await auditOf(t, "action_item.reported", created.id)).toHaveLength(4);
  });

  it("lets the secretariat correct an item; a new owner organisation drops the old owner's person", async () => {
    const created = (await create(item({ ownerName: "Pak RW" }))).body;
    const moved = await secretariat.patch(`/api/action-items/${created.id}`, {
      ownerOrganizationId: orgB,
      dueOn: "2026-07-15",
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      ownerOrganization: { id: orgB },
      ownerName: null,
      dueOn: "2026-07-15",
    });
    expect(moved.body.history.at(-1)).toMatchObject({
      kind: "edited",
      fields: ["ownerOrganizationId", "ownerName", "dueOn"],
    });
    const [audit] = await auditOf(t, "action_item.edited", created.id);
    expect(audit!.data).toMatchObject({ changes: { dueOn: { from: "2026-06-30", to: "2026-07-15" } } });
    // The old owner no longer reaches it; the new one does.
    expect((await memberA.get(`/api/action-items/${created.id}`)).status).toBe(404);
    expect((await memberB.get(`/api/action-items/${created.id}`)).status).toBe(200);
  });

  it("keeps a report's files encrypted and audits each download", async () => {
    const created = (await create(item({ description: "Foto kegiatan" }))).body;
    const text = "Daftar hadir sosialisasi RW 05";
    const res = await memberA.post(`/api/action-items/${created.id}/reports`, {
      note: "Sosialisasi terlaksana.",
      attachments: [
        {
          fileName: "daftar-hadir.txt",
          mimeType: "text/plain",
          contentBase64: Buffer.from(text).toString("base64"),
        },
      ],
    });
    expect(res.status).toBe(201);
    const [file] = res.body.history.at(-1).attachments;
    expect(file).toMatchObject({
      fileName: "daftar-hadir.txt",
      mimeType: "text/plain",
      sizeBytes: text.length,
    });
    const url = `/api/action-items/${created.id}/attachments/${file.id}/content`;
    const download = await secretariat.get(url);
    expect(download.status).toBe(200);
    expect(download.body).toBe(text);
    expect(download.headers["content-disposition"]).toContain("daftar-hadir.txt");
    expect(await auditOf(t, "action_item.attachment_downloaded", file.id)).toHaveLength(1);
    expect((await memberB.get(url)).status).toBe(404);
    const bad = await memberA.post(`/api/action-items/${created.id}/reports`, {
      note: "x",
      attachments: [
        { fileName: "foto.png", mimeType: "image/png", contentBase64: Buffer.from(text).toString("base64") },
      ],
    });
    expect(Object.keys(fieldsOf(bad))).toEqual(["attachments.0.contentBase64"]);
  });

  it("lists overdue items first, the longest overdue on top, then by due date, closed ones last", async () => {
    const org = (await t.factories.organization({ name: "Organisasi Urutan" })).id;
    const member = await t.as("service_provider", { organizationId: org });
    const add = async (description: string, dueOn: string) =>
      (await create(item({ description, dueOn, ownerOrganizationId: org, meetingId: null }))).body
        .id as string;
    const soon = await add("jatuh tempo besok", "2026-05-21");
    const late10 = await add("terlambat sepuluh hari", "2026-05-10");
    const later = await add("jatuh tempo bulan depan", "2026-06-20");
    const late2 = await add("terlambat dua hari", "2026-05-18");
    const today = await add("jatuh tempo hari ini", "2026-05-20");
    const closed = await add("selesai terlambat", "2026-05-01");
    await member.post(`/api/action-items/${closed}/reports`, { status: "done", note: "Selesai." });
    const expected = [late10, late2, today, soon, later, closed];

    const list = await member.get("/api/action-items?limit=50");
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual(expected);
    expect(list.body.totals).toEqual({ active: 5, overdue: 2 });
    expect(list.body.items[0]).toMatchObject({ overdue: true, daysOverdue: 10, daysLeft: null });
    expect(list.body.items[2]).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(list.body.items[5]).toMatchObject({ status: "done", doneOnTime: false });

    // Page by page, the same order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await member.get(
        `/api/action-items?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);

    const overdue = await member.get("/api/action-items?state=overdue");
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toEqual([late10, late2]);
    const bySecretariat = await secretariat.get(
      `/api/action-items?scope=all&organizationId=${org}&state=active`,
    );
    expect(bySecretariat.body.items.map((i: { id: string }) => i.id)).toEqual([
      late10,
      late2,
      today,
      soon,
      later,
    ]);
    const window = await secretariat.get(
      `/api/action-items?scope=all&organizationId=${org}&dueFrom=2026-05-15&dueTo=2026-05-31`,
    );
    expect(window.body.items.map((i: { id: string }) => i.id)).toEqual([late2, today, soon]);
    expect((await member.get("/api/action-items?cursor=bm90LWEtY3Vyc29y")).status).toBe(422);

    const summary = await secretariat.get("/api/action-items/by-organization");
    const row = summary.body.rows.find((r: { organization: { id: string } }) => r.organization.id === org);
    expect(row).toEqual({
      organization: { id: org, name: "Organisasi Urutan", shortName: null },
      open: 5,
      inProgress: 0,
      overdue: 2,
      done: 1,
      doneOnTime: 0,
      dropped: 0,
      onTimeRate: 0,
    });
    // The table's first rows are the organisations with the most overdue items.
    const overdueCounts = summary.body.rows.map((r: { overdue: number }) => r.overdue);
    expect(overdueCounts).toEqual([...overdueCounts].sort((a: number, b: number) => b - a));
    const own = await member.get("/api/action-items/by-organization");
    expect(own.body.rows.map((r: { organization: { id: string } }) => r.organization.id)).toEqual([org]);
  });

  it("pulls the open items of the series' previous meeting into the next agenda, once", async () => {
    const series = await seriesFixture(t);
    const first = await meetingFixture(t, { startsAt: "2026-04-15T02:00:00Z", seriesId: series.id });
    // A meeting outside the series in between: the series' own previous session is what counts.
    await meetingFixture(t, { startsAt: "2026-04-20T02:00:00Z" });
    const second = await meetingFixture(t, {
      startsAt: "2026-05-25T02:00:00Z",
      seriesId: series.id,
      status: "planned",
    });
    const open = (await create(item({ meetingId: first.id, description: "Surat edaran ke sekolah" }))).body;
    const started = (
      await create(item({ meetingId: first.id, description: "Data PMI", dueOn: "2026-06-01" }))
    ).body;
    await memberA.post(`/api/action-items/${started.id}/reports`, { status: "in_progress", note: "Mulai." });
    const finished = (await create(item({ meetingId: first.id, description: "Selesai" }))).body;
    await memberA.post(`/api/action-items/${finished.id}/reports`, { status: "done", note: "Sudah." });

    const pulled = await secretariat.post(`/api/meetings/${second.id}/agenda/pull-action-items`);
    expect(pulled.status).toBe(200);
    expect(pulled.body).toMatchObject({ fromMeeting: { id: first.id }, added: 2, alreadyOnAgenda: 0 });
    const agenda = await t.ctx.db
      .select()
      .from(meetingAgendaItems)
      .where(eq(meetingAgendaItems.meetingId, second.id))
      .orderBy(meetingAgendaItems.position);
    expect(agenda.map((a) => [a.position, a.title, a.presenter])).toEqual([
      [1, "Tindak lanjut: Data PMI", "Kelurahan Uji A"],
      [2, "Tindak lanjut: Surat edaran ke sekolah", "Kelurahan Uji A"],
    ]);
    const again = await secretariat.post(`/api/meetings/${second.id}/agenda/pull-action-items`);
    expect(again.body).toMatchObject({ added: 0, alreadyOnAgenda: 2 });
    const links = await secretariat.get(`/api/meetings/${second.id}/agenda/action-items`);
    expect(links.body.items.map((l: { actionItemId: string }) => l.actionItemId)).toEqual([
      started.id,
      open.id,
    ]);
    expect((await memberB.get(`/api/meetings/${second.id}/agenda/action-items`)).body.items).toEqual([]);
    expect(await auditOf(t, "meeting.action_items_pulled", second.id)).toHaveLength(1);
    expect((await memberA.post(`/api/meetings/${second.id}/agenda/pull-action-items`)).status).toBe(403);

    const lonely = await meetingFixture(t, { startsAt: "2020-01-10T02:00:00Z" });
    const none = await secretariat.post(`/api/meetings/${lonely.id}/agenda/pull-action-items`);
    expect(none.body).toEqual({ fromMeeting: null, added: 0, alreadyOnAgenda: 0 });
  });

  it("answers 404 to another task force's secretariat", async () => {
    const [row] = await t.ctx.db.select({ id: actionItems.id }).from(actionItems).limit(1);
    const [other] = await t.ctx.db
      .insert(taskForces)
      .values({ code: `uji-${Date.now()}`, name: "GT PP-TPPO Uji Lain", regionCode: "31" })
      .returning();
    const org = await t.factories.organization({ taskForceId: other!.id });
    const user = await t.factories.user({ role: "coordinator", organizationId: org.id });
    const stranger = await t.signIn(user.email, user.password);
    expect((await stranger.get(`/api/action-items/${row!.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/action-items/${row!.id}/reports`, { note: "x" })).status).toBe(404);
    expect((await stranger.get("/api/action-items?scope=all")).body.items).toEqual([]);
  });
});
