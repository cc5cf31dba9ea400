import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSteps, type ReportDto } from "../../../shared/periodic-reports.ts";
import { periodicReports } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { EN, fieldsOf, GAMBIR, messageOf } from "../prevention/test-support.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";
import { buildReport, otherTaskForceCoordinator, seedReportData, waitForBuild } from "./test-support.ts";

describeEachDatabase("periodic reports", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let leadership: Client;
  let draft: ReportDto;

  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ coordinator, leadership } = await seedReportData(t));
  });
  afterAll(() => t.close());

  it("builds a report in the background: progress reaches 1 and it becomes a draft with drafted sections", async () => {
    const started = await coordinator.post("/api/reports", { kind: "annual", year: 2025 });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const first = await coordinator.get(`/api/reports/${started.body.id}`);
    expect(first.status).toBe(200);
    if (first.body.status === "building") {
      expect(buildSteps).toContain(first.body.progressStep);
      expect(first.body.progress).toBeLessThan(1);
    }
    draft = await waitForBuild(coordinator, started.body.id);
    expect(draft).toMatchObject({
      kind: "annual",
      year: 2025,
      semester: null,
      period: { from: "2025-01-01", to: "2025-12-31" },
      region: null,
      status: "draft",
      progress: 1,
      progressStep: null,
      error: null,
      title: "Laporan Tahunan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun 2025",
      abilities: { edit: true, refresh: true, finalise: true, delete: true, download: true },
    });
    expect(draft.figures?.totals).toEqual({ victims: 4, cases: 3 });
    expect(draft.narrative.introduction).toContain("selama 2025 di Kota Administrasi Jakarta Pusat");
    expect(draft.narrative.prevention).toBe(
      "Selama 2025 terlaksana 2 kegiatan pencegahan yang menjangkau 22 orang di 2 dari 44 kelurahan, termasuk 1 dari 2 sekolah.",
    );
    expect(draft.narrative.obstacles).toBe("");
    expect(draft.emptySections).toEqual(["obstacles", "recommendations"]);
    expect(draft.signatory?.position).toBe("ketua_harian");
    const [created] = await auditOf(t, "periodic_report.created", draft.id);
    expect(created?.data).toEqual({ kind: "annual", from: "2025-01-01", to: "2025-12-31", region: null });
  });

  it("refuses a request it cannot build, naming the field in the caller's language", async () => {
    const refused = async (body: object, field: string, headers?: Record<string, string>) => {
      const res = await coordinator.post("/api/reports", body, headers);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(fieldsOf(res)).toContain(field);
      return messageOf(res, field);
    };
    expect(await refused({ kind: "annual" }, "year")).toBe("wajib diisi untuk jenis laporan ini");
    expect(await refused({ kind: "semester", year: 2025 }, "semester", EN)).toBe(
      "is required for this kind of report",
    );
    expect(await refused({ kind: "annual", year: 2025, from: "2025-01-01" }, "from")).toMatch(
      /tidak dipakai/,
    );
    expect(await refused({ kind: "custom", from: "2025-05-01", to: "2025-04-01" }, "to")).toBe(
      "tanggal akhir harus sesudah tanggal awal",
    );
    expect(await refused({ kind: "annual", year: 2027 }, "year")).toBe("tahun 2027 belum dimulai");
    expect(await refused({ kind: "custom", from: "2026-04-01", to: "2026-05-01" }, "from")).toMatch(
      /periode belum dimulai/,
    );
    expect(await refused({ kind: "custom", from: "2015-01-01", to: "2025-12-31" }, "from")).toBe(
      "periode laporan paling panjang 10 tahun, seperti dasbor",
    );
    expect(await refused({ kind: "annual", year: 2025, region: "31.72.01" }, "region")).toMatch(
      /bukan kecamatan atau kelurahan di wilayah gugus tugas/,
    );
    expect(await refused({ kind: "weekly", year: 2025 }, "kind")).toMatch(/annual, semester, custom/);
  });

  it("saves the sections edited with the version, and answers a stale save with 409", async () => {
    const path = `/api/reports/${draft.id}/narrative`;
    const saved = await coordinator.patch(path, {
      version: draft.version,
      sections: { obstacles: "Data dari kelurahan belum seragam.", cases: draft.narrative.cases },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(draft.version + 1);
    expect(saved.body.narrative.obstacles).toBe("Data dari kelurahan belum seragam.");
    expect(saved.body.emptySections).toEqual(["recommendations"]);
    const [audit] = await auditOf(t, "periodic_report.narrative_saved", draft.id);
    expect(audit?.data).toEqual({ sections: ["obstacles"], version: draft.version + 1 });

    const stale = await coordinator.patch(path, {
      version: draft.version,
      sections: { obstacles: "Versi lain" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      `Laporan ini sudah diubah (versi ${draft.version + 1}) sejak Anda membukanya (versi ${draft.version}). Muat ulang, lalu terapkan perubahan Anda lagi.`,
    );
    const unknown = await coordinator.patch(path, {
      version: saved.body.version,
      sections: { summary: "x" },
    });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(unknown)).toEqual(["sections.summary"]);
    // Nothing changed: no new version.
    const same = await coordinator.patch(path, {
      version: saved.body.version,
      sections: { obstacles: "Data dari kelurahan belum seragam." },
    });
    expect(same.body.version).toBe(saved.body.version);
    draft = saved.body;
  });

  it("refreshes the figures in the background and keeps the words the secretariat wrote", async () => {
    const added = await t.factories.case({ identifiedOn: "2025-10-01", identifiedRegionCode: GAMBIR });
    await t.factories.casePerson(added.id, "victim");
    // Written past the case services, which would mark the case for the statistics: done here.
    await refreshStatisticsFacts(t.ctx.db, [added.id]);
    const res = await coordinator.post(`/api/reports/${draft.id}/refresh`, { version: draft.version });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.status).toBe("building");
    const during = await coordinator.patch(`/api/reports/${draft.id}/narrative`, {
      version: res.body.version,
      sections: { closing: "x" },
    });
    // Still building (or already done, and then a version behind): either way not saved.
    expect(during.status).toBe(409);
    const refreshed = await waitForBuild(coordinator, draft.id);
    expect(refreshed.status).toBe("draft");
    expect(refreshed.figures?.totals).toEqual({ victims: 5, cases: 4 });
    expect(refreshed.narrative.obstacles).toBe("Data dari kelurahan belum seragam.");
    expect(refreshed.narrative.cases).toMatch(/^Sepanjang 2025 tercatat 5 korban dalam 4 kasus/);
    expect(await auditOf(t, "periodic_report.refreshed", draft.id)).toHaveLength(1);
    draft = refreshed;
  });

  it("keeps a draft from leadership (404) and shows them final reports only", async () => {
    expect((await leadership.get(`/api/reports/${draft.id}`)).status).toBe(404);
    expect((await leadership.get(`/api/reports/${draft.id}/pdf`)).status).toBe(404);
    expect((await leadership.post("/api/reports", { kind: "annual", year: 2025 })).status).toBe(403);
    const list = await leadership.get("/api/reports");
    expect(list.body.items.map((r: ReportDto) => r.id)).not.toContain(draft.id);
    const denied = await t.ctx.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE event = 'access.denied' AND record_id = ${draft.id}`,
    );
    expect((denied as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(0);
  });

  it("finalises a draft, which is then read-only for everyone and readable by leadership", async () => {
    const stale = await coordinator.post(`/api/reports/${draft.id}/finalise`, { version: draft.version - 1 });
    expect(stale.status).toBe(409);
    const res = await coordinator.post(`/api/reports/${draft.id}/finalise`, { version: draft.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: "final",
      abilities: { edit: false, refresh: false, finalise: false, delete: false, download: true },
    });
    expect(res.body.finalisedAt).toBe("2026-03-10T03:00:00.000Z");
    const [audit] = await auditOf(t, "periodic_report.finalised", draft.id);
    expect(audit?.data).toEqual({ version: draft.version + 1, emptySections: ["recommendations"] });
    const final = res.body as ReportDto;

    const edit = await coordinator.patch(`/api/reports/${draft.id}/narrative`, {
      version: final.version,
      sections: { recommendations: "Terlambat" },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe("Laporan ini sudah final dan tidak dapat diubah lagi.");
    expect(
      (await coordinator.post(`/api/reports/${draft.id}/refresh`, { version: final.version })).status,
    ).toBe(409);
    expect((await coordinator.delete(`/api/reports/${draft.id}`)).status).toBe(409);

    // New data changes nothing in a final report.
    const later = await t.factories.case({ identifiedOn: "2025-11-11" });
    await t.factories.casePerson(later.id, "victim");
    await refreshStatisticsFacts(t.ctx.db, [later.id]);
    const read = await leadership.get(`/api/reports/${draft.id}`);
    expect(read.status).toBe(200);
    expect(read.body.figures).toEqual(final.figures);
    expect(read.body.abilities).toEqual({
      edit: false,
      refresh: false,
      finalise: false,
      delete: false,
      download: true,
    });
    const listed = await leadership.get("/api/reports");
    expect(listed.body.items.map((r: ReportDto) => r.id)).toEqual([draft.id]);
    const pdf = await leadership.get(`/api/reports/${draft.id}/pdf?lang=en`);
    expect(pdf.status).toBe(200);
    const [download] = await auditOf(t, "periodic_report.downloaded", draft.id);
    expect(download?.data).toEqual({
      format: "pdf",
      language: "en",
      status: "final",
      version: final.version,
    });
  });

  it("shows another task force nothing of these reports", async () => {
    const other = await otherTaskForceCoordinator(t);
    expect((await other.get(`/api/reports/${draft.id}`)).status).toBe(404);
    expect((await other.get(`/api/reports/${draft.id}/xlsx`)).status).toBe(404);
    expect(
      (await other.patch(`/api/reports/${draft.id}/narrative`, { version: 1, sections: {} })).status,
    ).toBe(404);
    expect((await other.delete(`/api/reports/${draft.id}`)).status).toBe(404);
    expect((await other.get("/api/reports")).body.items).toEqual([]);
  });

  it("shows a build that failed as failed with the reason, and lets the secretariat delete it", async () => {
    // A real failure: the dashboard reads the meetings, which are briefly not there.
    await t.ctx.db.execute(sql`ALTER TABLE meetings RENAME TO meetings_away`);
    let failed: ReportDto;
    try {
      failed = await buildReport(coordinator, { kind: "custom", from: "2025-03-01", to: "2025-05-31" });
    } finally {
      await t.ctx.db.execute(sql`ALTER TABLE meetings_away RENAME TO meetings`);
    }
    expect(failed).toMatchObject({
      status: "failed",
      title: "Laporan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Periode 1 Maret – 31 Mei 2025",
      abilities: { edit: false, refresh: false, finalise: false, delete: true, download: false },
    });
    expect(failed.error).toMatch(/^Penyusunan laporan gagal karena kesalahan pada server/);
    const en = await coordinator.get(`/api/reports/${failed.id}`, EN);
    expect(en.body.error).toMatch(/^Building the report failed/);
    const download = await coordinator.get(`/api/reports/${failed.id}/pdf`);
    expect(download.status).toBe(409);
    expect(download.body.error.message).toBe("Laporan belum selesai disusun; berkasnya belum bisa diunduh.");
    expect((await coordinator.delete(`/api/reports/${failed.id}`)).status).toBe(204);
    expect((await coordinator.get(`/api/reports/${failed.id}`)).status).toBe(404);
    const [deleted] = await auditOf(t, "periodic_report.deleted", failed.id);
    expect(deleted?.data).toMatchObject({ status: "failed", from: "2025-03-01", to: "2025-05-31" });
  });

  it("ends builds a stopped server left behind: a new report fails, a refreshed draft keeps its figures", async () => {
    const home = await t.factories.secretariat();
    const longAgo = new Date("2026-03-10T02:00:00Z");
    const [orphan] = await t.ctx.db
      .insert(periodicReports)
      .values({
        taskForceId: home.taskForceId,
        kind: "annual",
        year: 2024,
        periodFrom: "2024-01-01",
        periodTo: "2024-12-31",
        title: "Laporan Tahunan 2024",
        status: "building",
        progress: 0.6,
        progressStep: "comparison",
        heartbeatAt: longAgo,
      })
      .returning();
    const semester = await buildReport(coordinator, { kind: "semester", year: 2025, semester: 2 });
    await t.ctx.db
      .update(periodicReports)
      .set({ status: "building", progressStep: "figures", heartbeatAt: longAgo })
      .where(eq(periodicReports.id, semester.id));

    const list = await coordinator.get("/api/reports");
    const byId = new Map(list.body.items.map((r: ReportDto) => [r.id, r]));
    expect(byId.get(orphan!.id)).toMatchObject({
      status: "failed",
      error: "Penyusunan laporan terhenti karena server dimatikan atau dimulai ulang. Buat ulang laporan.",
    });
    const kept = await coordinator.get(`/api/reports/${semester.id}`);
    expect(kept.body).toMatchObject({ status: "draft", figures: semester.figures });
    expect(kept.body.error).toMatch(/^Pembaruan angka terakhir gagal/);
    expect(kept.body.version).toBe(semester.version + 1);
  });
});
