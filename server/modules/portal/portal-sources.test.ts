import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { activityAttendees, casePeople, cases, people, preventionActivities } from "../../db/schema/index.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";
import { publicPage } from "./test-support.ts";

/**
 * What the portal shows from other areas: the statistics engine's suppressed figures and the
 * public prevention activities, and never anything of a case, a person or an attendee.
 */

const THRESHOLD = 11;

/** Victims of one year: `n` people of a sex and age in cases of one exploitation form, two a case. */
async function victims(
  t: TestApp,
  year: number,
  n: number,
  who: { sexCode: string; child: boolean },
  form: string,
): Promise<string[]> {
  const caseIds: string[] = [];
  for (let i = 0; i < n; i += 2) {
    const c = await t.factories.case({
      identifiedOn: `${year}-0${1 + (i % 9)}-15`,
      exploitationForms: [form],
      title: `RAHASIA-KASUS-${year}-${i}`,
    });
    caseIds.push(c.id);
    for (let k = i; k < Math.min(n, i + 2); k++) {
      const link = await t.factories.casePerson(c.id, "victim", { sexCode: who.sexCode });
      await t.ctx.db
        .update(casePeople)
        .set(
          who.child
            ? { ageAtExploitation: 15, isChild: true, ageGroupCode: "age_13_17" }
            : { ageAtExploitation: 30, isChild: false, ageGroupCode: "age_25_44" },
        )
        .where(eq(casePeople.id, link.id));
    }
  }
  return caseIds;
}

/** Every number a page shows as a figure: table cells and the values written beside the bars. */
function figuresOf(html: string): number[] {
  const cells = [...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]!);
  const bars = [...html.matchAll(/<text [^>]*class="cv">([^<]*)<\/text>/g)].map((m) => m[1]!);
  return [...cells, ...bars].filter((v) => /^[\d.]+$/.test(v)).map((v) => Number(v.replace(/\./g, "")));
}

describeEachDatabase("portal sources", (kind) => {
  let t: TestApp;
  let caseIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_PUBLIC_STATS_THRESHOLD: String(THRESHOLD) });
    // Cells of every size: 14 and 12 women, 12 men, and small groups of 3, 2 and 1.
    caseIds = [
      ...(await victims(t, 2023, 14, { sexCode: "female", child: false }, "sexual_exploitation")),
      ...(await victims(t, 2023, 3, { sexCode: "male", child: true }, "irregular_migrant_work")),
      ...(await victims(t, 2024, 12, { sexCode: "female", child: false }, "sexual_exploitation")),
      ...(await victims(t, 2024, 12, { sexCode: "male", child: false }, "irregular_migrant_work")),
      ...(await victims(t, 2024, 2, { sexCode: "female", child: true }, "irregular_migrant_work")),
      ...(await victims(t, 2025, 1, { sexCode: "female", child: true }, "domestic_work")),
    ];
    await refreshStatisticsFacts(t.ctx.db, caseIds);
  });
  afterAll(() => t.close());

  it("shows no count below the threshold on the statistics page, and says what is withheld and why", async () => {
    for (const lang of ["id", "en"] as const) {
      const { status, html } = await publicPage(t, `/statistik${lang === "en" ? "?lang=en" : ""}`);
      expect(status).toBe(200);
      const figures = figuresOf(html);
      expect(figures.length).toBeGreaterThan(10);
      for (const figure of figures)
        expect(figure === 0 || figure >= THRESHOLD, `${lang}: ${figure}`).toBe(true);
      // The large groups are there, with unit, source and cut-off.
      // The larger groups are there: victims per year and the twelve adult men of 2024.
      expect(figures).toEqual(expect.arrayContaining([17, 26, 12]));
      expect(html).toContain(lang === "id" ? "dirahasiakan" : "withheld");
      expect(html).toContain(
        lang === "id"
          ? "angka di bawah 11, dan angka yang bisa dipakai"
          : "numbers below 11, and numbers that could be used",
      );
      expect(html).toContain(lang === "id" ? "Satuan: orang (korban)" : "Unit: people (victims)");
      expect(html).toContain(
        lang === "id" ? "Sumber: Gugus — Gugus Tugas PP-TPPO" : "Source: Gugus — Gugus Tugas PP-TPPO",
      );
      expect(html).toMatch(lang === "id" ? /Data per \d+ \w+ \d{4}/ : /Data as of \d+ \w+ \d{4}/);
      expect(html).toContain(lang === "id" ? "Eksploitasi seksual" : "Sexual exploitation");
      expect(html).toMatch(/<svg viewBox="0 0 400 \d+" [^>]*role="img" aria-label="[^"]+"/);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("lists public activities by kelurahan, with reach for held ones, and no attendee or internal activity", async () => {
    const now = Date.now();
    const organizer = await t.factories.organization({ name: "Kelurahan Cideng", shortName: "Kel. Cideng" });
    const base = {
      taskForceId: organizer.taskForceId,
      organizerOrganizationId: organizer.id,
      placeKind: "kelurahan",
    };
    const [, held, , , withList] = await t.ctx.db
      .insert(preventionActivities)
      .values([
        {
          ...base,
          typeCode: "awareness_session",
          title: "Sosialisasi bahaya lowongan kerja palsu",
          status: "planned",
          startsAt: new Date(now + 7 * 86_400_000),
          regionCode: "31.71.01.1002",
          placeDetail: "Aula Kantor Kelurahan",
        },
        {
          ...base,
          typeCode: "community_education",
          title: "Penyuluhan migrasi aman untuk calon pekerja migran",
          status: "held",
          startsAt: new Date(now - 30 * 86_400_000),
          regionCode: "31.71.01.1003",
          femaleAdults: 20,
          maleAdults: 15,
        },
        {
          ...base,
          typeCode: "patrol_monitoring",
          title: "Patroli rumah kos rahasia",
          status: "held",
          startsAt: new Date(now - 20 * 86_400_000),
          regionCode: "31.71.01.1002",
        },
        {
          ...base,
          typeCode: "awareness_session",
          title: "Sosialisasi yang dibatalkan",
          status: "cancelled",
          startsAt: new Date(now + 3 * 86_400_000),
          regionCode: "31.71.01.1002",
        },
        {
          ...base,
          typeCode: "awareness_session",
          title: "Sosialisasi di RPTRA dengan daftar hadir",
          status: "held",
          startsAt: new Date(now - 10 * 86_400_000),
          regionCode: "31.71.01.1002",
          attendeeCount: 1,
        },
      ])
      .returning();
    await t.ctx.db.insert(activityAttendees).values({
      activityId: withList!.id,
      nameEnc: "NAMA-PESERTA-TERENKRIPSI",
      personKey: "kunci",
      sex: "female",
      ageBand: "adults",
      affiliation: "SMP Negeri Contoh",
    });

    const { html } = await publicPage(t, "/kegiatan");
    expect(html).toContain("Sosialisasi bahaya lowongan kerja palsu");
    expect(html).toContain("Aula Kantor Kelurahan, Kel. Cideng");
    expect(html).toContain("<dd>Kel. Cideng</dd>");
    expect(html).toContain("Penyuluhan migrasi aman untuk calon pekerja migran");
    expect(html).toContain("<dt>Dijangkau</dt><dd>35 orang</dd>");
    expect(html).toContain("<dt>Dijangkau</dt><dd>1 orang</dd>");
    expect(html).toContain("2 kegiatan terlaksana dalam 12 bulan terakhir, menjangkau 36 orang.");
    for (const secret of ["Patroli rumah kos rahasia", "dibatalkan", "NAMA-PESERTA", "SMP Negeri Contoh"]) {
      expect(html).not.toContain(secret);
    }
    expect(held).toBeDefined();

    const cideng = (await publicPage(t, "/kegiatan?kelurahan=31.71.01.1002")).html;
    expect(cideng).toContain('<option value="31.71.01.1002" selected>Cideng</option>');
    expect(cideng).toContain("Sosialisasi bahaya lowongan kerja palsu");
    expect(cideng).not.toContain("Penyuluhan migrasi aman untuk calon pekerja migran");
    expect(cideng).toContain('<meta name="robots" content="noindex, follow">');
    // The home page announces the next activities too.
    expect((await publicPage(t, "/")).html).toContain("Sosialisasi bahaya lowongan kerja palsu");
  });

  it("never shows anything of a case: no title, number or person code on any public page", async () => {
    const secrets: string[] = [];
    for (const id of caseIds.slice(0, 3)) {
      const [c] = await t.ctx.db.select().from(cases).where(eq(cases.id, id));
      secrets.push(c!.title, c!.number);
    }
    const codes = await t.ctx.db.select({ code: people.code }).from(people).limit(5);
    secrets.push(...codes.map((p) => p.code));
    const sitemap = (await publicPage(t, "/sitemap.xml")).html;
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) =>
      m[1]!.replace(/&amp;/g, "&"),
    );
    expect(paths.length).toBeGreaterThan(8);
    for (const path of [...paths, "/robots.txt", "/sitemap.xml", "/halaman/tidak-ada"]) {
      const { html } = await publicPage(t, path);
      for (const secret of [...secrets, "RAHASIA-KASUS"])
        expect(html, `${path} shows ${secret}`).not.toContain(secret);
    }
  });
});
