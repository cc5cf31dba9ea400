import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EARLY_WARNING_PHOTO_MAX_BYTES } from "../../../shared/early-warnings.ts";
import { encryptedByteColumns, encryptedColumns } from "../../db/encrypted-columns.ts";
import { earlyWarningPhotos, earlyWarnings, regions, taskForces } from "../../db/schema/index.ts";
import { decryptBytes, decryptField } from "../../lib/crypto/field-encryption.ts";
import { wibDate } from "../../lib/wib.ts";
import { auditOf } from "../../test/audit-of.ts";
import { FACTORY_PASSWORD } from "../../test/factories.ts";
import {
  type Client,
  createTestApp,
  describeEachDatabase,
  sessionCookieOf,
  type TestApp,
} from "../../test/test-app.ts";
import { fieldsOf } from "../complaints/test-support.ts";
import {
  CIDENG,
  colleagueIn,
  DESCRIPTION,
  file,
  newWarning,
  samplePhotos,
  villageOffice,
} from "./test-support.ts";

const photoOf = (bytes: Buffer, mimeType = "image/jpeg") => ({
  mimeType,
  contentBase64: bytes.toString("base64"),
});
const messagesOf = (res: { body: { error: { details: { field: string; message: string }[] } } }) =>
  Object.fromEntries(res.body.error.details.map((d) => [d.field, d.message]));

describeEachDatabase("early warnings: filing, reach and photos", (kind) => {
  let t: TestApp;
  let lurah: Client;
  let colleague: Client;
  let otherLurah: Client;
  let caseManager: Client;
  let coordinator: Client;
  let leadership: Client;
  let foreigner: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const cideng = await villageOffice(t);
    const kenari = await villageOffice(t, "31.71.04.1002");
    lurah = await t.as("field_reporter", { organizationId: cideng.id });
    colleague = await colleagueIn(t, cideng.id);
    otherLurah = await t.as("field_reporter", { organizationId: kenari.id });
    caseManager = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
    coordinator = await t.as("coordinator");
    leadership = await t.as("leadership");
    const [province] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31", name: "Gugus Tugas PP-TPPO Provinsi DKI Jakarta", regionCode: "31" })
      .returning();
    foreigner = await t.as("coordinator", {
      organizationId: (await t.factories.organization({ taskForceId: province!.id })).id,
    });
    // A kelurahan of Jakarta Selatan: a real place, outside this task force's city.
    await t.ctx.db.insert(regions).values([
      { code: "31.74", name: "Kota Administrasi Jakarta Selatan", level: "kabupaten_kota", parentCode: "31" },
      { code: "31.74.01", name: "Tebet", level: "kecamatan", parentCode: "31.74" },
      { code: "31.74.01.1001", name: "Tebet Barat", level: "kelurahan", parentCode: "31.74.01" },
    ]);
  });
  afterAll(() => t.close());

  // The test client reads answers as text; a photo's bytes need the raw response, so a fresh session.
  const cookieOf = async (client: Client) =>
    sessionCookieOf(
      await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: { "content-type": "application/json" },
        payload: { email: client.user.email, password: FACTORY_PASSWORD },
      }),
    );

  it("files a warning from the field: a code, what was seen sealed at rest, the first step and an audit record", async () => {
    const filed = await file(lurah, { observedTime: "07:15" });
    expect(filed.code).toMatch(/^KWD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(filed).toMatchObject({
      status: "new",
      kind: "suspicious_recruiter",
      urgency: "urgent",
      regionCode: CIDENG,
      regionName: "Cideng",
      districtName: "Gambir",
      observedTime: "07:15",
      description: DESCRIPTION,
      placeDetail: "Depan SMP Negeri 1, Jl. Cideng Barat",
      photo: null,
      escalation: null,
      ledToAction: false,
      abilities: { verify: false, escalate: false, close: false },
    });
    expect(filed).toMatchObject({ timeline: [{ status: "new", note: null, escalatedTo: null }] });

    const [row] = await t.ctx.db.select().from(earlyWarnings).where(eq(earlyWarnings.id, filed.id));
    expect(row!.descriptionEnc).toMatch(/^v1\./);
    expect(row!.descriptionEnc).not.toContain("Malaysia");
    expect(row).toMatchObject({ reportedById: lurah.user.id, organizationId: lurah.user.organizationId });
    const column = encryptedColumns.find((c) => c.table === "early_warnings")!;
    expect(decryptField(t.ctx.keyring, row!.descriptionEnc, column.context(filed.id))).toBe(DESCRIPTION);

    const [audit] = await auditOf(t, "early_warning.filed", filed.id);
    expect(audit?.data).toEqual({ kind: "suspicious_recruiter", urgency: "urgent", regionCode: CIDENG });
    expect(JSON.stringify(audit?.data)).not.toContain("Malaysia");
  });

  it("refuses a report seen in the future, of an unknown kind or outside the task force, naming each field in both languages", async () => {
    const tomorrow = wibDate(new Date(Date.now() + 86_400_000));
    const bad = newWarning({ observedOn: tomorrow, kind: "alien_sighting", regionCode: "31.74.01.1001" });
    const before = await t.ctx.db.select({ id: earlyWarnings.id }).from(earlyWarnings);

    const id = await lurah.post("/api/early-warnings", bad);
    expect(id.status).toBe(422);
    expect(fieldsOf(id)).toEqual(["kind", "regionCode", "observedOn"]);
    expect(messagesOf(id)).toEqual({
      kind: "jenis laporan tidak dikenal; pilih salah satu jenis dari daftar",
      regionCode: "kelurahan ini berada di luar wilayah gugus tugas (Kota Administrasi Jakarta Pusat)",
      observedOn: "tanggal tidak boleh setelah hari ini",
    });
    const en = await lurah.post("/api/early-warnings", bad, { "accept-language": "en" });
    expect(messagesOf(en)).toEqual({
      kind: "unknown report type; choose one from the list",
      regionCode: "this kelurahan is outside the task force's area (Kota Administrasi Jakarta Pusat)",
      observedOn: "cannot be after today",
    });

    // A kecamatan is too coarse to act on, a province is outside, an unknown code is unknown.
    const district = await lurah.post("/api/early-warnings", newWarning({ regionCode: "31.71.01" }));
    expect(messagesOf(district)).toEqual({ regionCode: "pilih sebuah kelurahan" });
    const province = await lurah.post("/api/early-warnings", newWarning({ regionCode: "32" }));
    expect(fieldsOf(province)).toEqual(["regionCode"]);
    const unknown = await lurah.post("/api/early-warnings", newWarning({ regionCode: "31.71.09.1001" }));
    expect(messagesOf(unknown)).toEqual({ regionCode: "kode wilayah tidak dikenal" });

    // What the schema itself refuses: a short account, an impossible hour, a field for identity.
    const schema = await lurah.post(
      "/api/early-warnings",
      newWarning({ description: "ada orang", observedTime: "25:00", victimName: "Rina", urgency: "high" }),
      { "accept-language": "en" },
    );
    expect(schema.status).toBe(422);
    expect(fieldsOf(schema).sort()).toEqual(["description", "observedTime", "urgency", "victimName"]);
    expect(messagesOf(schema).description).toBe("must be at least 10 characters");

    const after = await t.ctx.db.select({ id: earlyWarnings.id }).from(earlyWarnings);
    expect(after.length).toBe(before.length);
  });

  it("refuses a time later today than now, on the Jakarta clock", async () => {
    const realNow = t.ctx.now;
    // 10:00 WIB on a fixed day.
    t.ctx.now = () => new Date("2026-03-10T03:00:00Z");
    try {
      const later = await lurah.post(
        "/api/early-warnings",
        newWarning({ observedOn: "2026-03-10", observedTime: "11:30" }),
      );
      expect(messagesOf(later)).toEqual({ observedTime: "jam tidak boleh setelah saat ini (WIB)" });
      // A phone's clock a few minutes fast is forgiven; yesterday evening is fine.
      await file(lurah, { observedOn: "2026-03-10", observedTime: "10:03" });
      await file(lurah, { observedOn: "2026-03-09", observedTime: "23:30" });
    } finally {
      t.ctx.now = realNow;
    }
  });

  it("checks a photo's bytes and size: a renamed program or an oversize picture is refused", async () => {
    const forged = await lurah.post(
      "/api/early-warnings",
      newWarning({ photo: photoOf(samplePhotos.exe, "image/jpeg") }),
    );
    expect(forged.status).toBe(422);
    expect(messagesOf(forged)).toEqual({
      "photo.contentBase64": "isi berkas bukan foto JPEG; kirim foto JPEG, PNG atau WebP",
    });
    // PNG bytes declared as WebP are not a WebP photo either.
    const mislabelled = await lurah.post(
      "/api/early-warnings",
      newWarning({ photo: photoOf(samplePhotos.png, "image/webp") }),
      { "accept-language": "en" },
    );
    expect(messagesOf(mislabelled)).toEqual({
      "photo.contentBase64": "the file is not a WebP photo; send a JPEG, PNG or WebP photo",
    });
    const huge = Buffer.concat([samplePhotos.jpeg, Buffer.alloc(EARLY_WARNING_PHOTO_MAX_BYTES)]);
    const oversize = await lurah.post("/api/early-warnings", newWarning({ photo: photoOf(huge) }), {
      "accept-language": "en",
    });
    expect(oversize.status).toBe(422);
    expect(messagesOf(oversize)).toEqual({ "photo.contentBase64": "the photo is larger than 5 MB" });
    const pdf = await lurah.post(
      "/api/early-warnings",
      newWarning({ photo: { mimeType: "application/pdf", contentBase64: "JVBERi0=" } }),
    );
    expect(fieldsOf(pdf)).toEqual(["photo.mimeType"]);
  });

  it("keeps the photo encrypted at rest and audits every view of it", async () => {
    const filed = await file(lurah, { photo: photoOf(samplePhotos.png, "image/png") });
    expect(filed).toMatchObject({ photo: { mimeType: "image/png", sizeBytes: samplePhotos.png.length } });
    const [stored] = await t.ctx.db
      .select()
      .from(earlyWarningPhotos)
      .where(eq(earlyWarningPhotos.earlyWarningId, filed.id));
    expect(Buffer.compare(stored!.contentEnc, samplePhotos.png)).not.toBe(0);
    expect(stored!.contentEnc.includes(samplePhotos.png)).toBe(false);
    expect(stored!.contentEnc.includes(Buffer.from("PNG"))).toBe(false);
    const column = encryptedByteColumns.find((c) => c.table === "early_warning_photos")!;
    expect(decryptBytes(t.ctx.keyring, stored!.contentEnc, column.context(filed.id))).toEqual(
      samplePhotos.png,
    );

    const [filedAudit] = await auditOf(t, "early_warning.filed", filed.id);
    expect(filedAudit?.data).toMatchObject({
      photo: { mimeType: "image/png", size: samplePhotos.png.length },
    });

    const download = await t.app.inject({
      method: "GET",
      url: `/api/early-warnings/${filed.id}/photo`,
      headers: { cookie: await cookieOf(coordinator) },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePhotos.png)).toBe(true);
    expect(download.headers).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    expect(download.headers["content-disposition"]).toContain(`${filed.code}.png`);
    const views = await auditOf(t, "early_warning.photo_viewed", filed.id);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorUserId: coordinator.user.id, data: { sha256: stored!.sha256 } });

    // Out of reach is out of reach for the photo too, and nothing is recorded as seen.
    expect((await otherLurah.get(`/api/early-warnings/${filed.id}/photo`)).status).toBe(404);
    const none = await file(lurah);
    expect((await lurah.get(`/api/early-warnings/${none.id}/photo`)).status).toBe(404);
    expect(await auditOf(t, "early_warning.photo_viewed", filed.id)).toHaveLength(1);
  });

  it("shows a warning to its reporter, their organisation and the secretariat, and to nobody else", async () => {
    const filed = await file(lurah, { urgency: "emergency" });
    const url = `/api/early-warnings/${filed.id}`;
    for (const [who, client] of [
      ["reporter", lurah],
      ["colleague", colleague],
      ["secretariat", coordinator],
    ] as const) {
      const res = await client.get(url);
      expect(res.status, who).toBe(200);
      expect(res.body.description, who).toBe(DESCRIPTION);
    }
    for (const [who, client] of [
      ["another kelurahan", otherLurah],
      ["a case manager elsewhere", caseManager],
      ["another task force's coordinator", foreigner],
    ] as const) {
      const res = await client.get(url);
      expect(res.status, who).toBe(404);
      expect(res.body.error.code, who).toBe("not_found");
    }
    // Leadership reads aggregates only: no early warnings at all.
    expect((await leadership.get(url)).status).toBe(403);
    expect((await leadership.get("/api/early-warnings")).status).toBe(403);
    const denied = await auditOf(t, "access.denied", filed.id);
    expect(denied.length).toBeGreaterThanOrEqual(3);

    // Lists follow the same reach.
    const idsOf = async (client: Client, query = "") =>
      ((await client.get(`/api/early-warnings?limit=200${query}`)).body.items as { id: string }[]).map(
        (w) => w.id,
      );
    expect(await idsOf(colleague)).toContain(filed.id);
    expect(await idsOf(otherLurah)).not.toContain(filed.id);
    expect(await idsOf(caseManager)).not.toContain(filed.id);
    expect(await idsOf(foreigner, "&scope=all")).not.toContain(filed.id);
    expect(await idsOf(coordinator, "&scope=all")).toContain(filed.id);
    // Asking for the whole queue without being the secretariat is refused, naming the field.
    const queue = await otherLurah.get("/api/early-warnings?scope=all");
    expect(queue.status).toBe(403);
    expect(queue.body.error.message).toContain("scope=all");
  });

  it("offers the task force's kelurahan by kecamatan, starting on the reporter's own", async () => {
    const res = await lurah.get("/api/early-warnings/places");
    expect(res.status).toBe(200);
    expect(res.body.defaultRegionCode).toBe(CIDENG);
    expect(res.body.districts).toHaveLength(8);
    const villages = res.body.districts.flatMap((d: { villages: unknown[] }) => d.villages);
    expect(villages).toHaveLength(44);
    expect(res.body.districts.find((d: { code: string }) => d.code === "31.71.01")).toMatchObject({
      name: "Gambir",
      villages: expect.arrayContaining([{ code: CIDENG, name: "Cideng" }]),
    });
    // The secretariat sits in the city, not a kelurahan: it picks one.
    expect((await coordinator.get("/api/early-warnings/places")).body.defaultRegionCode).toBeNull();
  });

  it("lists the queue waiting and urgent first, page by page, with filters", async () => {
    const office = await villageOffice(t, "31.71.08.1004");
    const reporter = await t.as("field_reporter", { organizationId: office.id });
    const normal = await file(reporter, { urgency: "normal", regionCode: "31.71.08.1004" });
    const emergency = await file(reporter, {
      urgency: "emergency",
      regionCode: "31.71.08.1001",
      kind: "missing_person",
      observedOn: "2025-12-30",
    });
    const urgent = await file(reporter, { urgency: "urgent", regionCode: "31.71.08.1004" });
    await coordinator.post(`/api/early-warnings/${urgent.id}/verify`, {});
    const closedOne = await file(reporter, { urgency: "emergency", regionCode: "31.71.08.1004" });
    await coordinator.post(`/api/early-warnings/${closedOne.id}/close`, { reason: "duplicate" });

    const walk = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
          await coordinator.get(
            `/api/early-warnings?scope=all&limit=2${query}${cursor ? `&cursor=${cursor}` : ""}`,
          );
        expect(res.status).toBe(200);
        ids.push(...res.body.items.map((w) => w.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      return ids;
    };
    // Johar Baru (31.71.08): the emergency first, then the verified urgent one, then the normal, then the closed.
    expect(await walk("&regionCode=31.71.08")).toEqual([emergency.id, urgent.id, normal.id, closedOne.id]);
    expect(await walk("&regionCode=31.71.08.1004&status=new")).toEqual([normal.id]);
    expect(await walk("&regionCode=31.71.08&kind=missing_person")).toEqual([emergency.id]);
    expect(await walk("&regionCode=31.71.08&urgency=emergency")).toEqual([emergency.id, closedOne.id]);
    expect(await walk("&regionCode=31.71.08&from=2025-12-01&to=2025-12-31")).toEqual([emergency.id]);

    // The reporter's own list: newest first.
    const mine = await reporter.get("/api/early-warnings?limit=10");
    expect(mine.body.items.map((w: { id: string }) => w.id)).toEqual([
      closedOne.id,
      urgent.id,
      emergency.id,
      normal.id,
    ]);
    expect(mine.body.items[0]).not.toHaveProperty("description");

    const backwards = await coordinator.get("/api/early-warnings?scope=all&from=2026-02-01&to=2026-01-01");
    expect(fieldsOf(backwards)).toEqual(["to"]);
    const forged = await coordinator.get("/api/early-warnings?scope=all&cursor=WyJ4IiwiMjAyNiIsIngiXQ");
    expect(fieldsOf(forged)).toEqual(["cursor"]);
  });
});
