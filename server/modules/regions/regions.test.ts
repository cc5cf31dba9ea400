import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { jakartaPusatRegions } from "../../../shared/regions-jakarta-pusat.ts";
import { otherProvinces } from "../../../shared/regions-provinces.ts";
import type { SystemActor } from "../../auth/actor.ts";
import { auditEvents, regions } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { walkPages } from "../../test/walk-pages.ts";
import { importRegions, readRegionsCsv } from "./regions-import.ts";

type Region = { code: string; name: string; level: string; parentCode: string | null };

// The reference data lives beside the project in this workplace, not inside it.
const nationalCsv = fileURLToPath(
  new URL(
    "../../../../shared/data/wilayah/kode_wilayah_indonesia_kepmendagri_300.2.2-2430_2025.csv",
    import.meta.url,
  ),
);
const operator: SystemActor = { kind: "system", label: "uji impor wilayah" };
/** Every region the reference seed puts in a new database: Jakarta Pusat and all 38 provinces. */
const shipped = [...jakartaPusatRegions, ...otherProvinces];
const shippedProvinces = shipped.filter((r) => r.level === "provinsi").length;

/** A province code the seed does not ship, so a test that creates it really creates it. */
function unshipped(provinceCode: string): string {
  if (shipped.some((r) => r.code === provinceCode))
    throw new Error(`province ${provinceCode} ships with the seed; pick another code for this test`);
  return provinceCode;
}

async function regionCount(t: TestApp, level?: string) {
  const [row] = await t.ctx.db
    .select({ n: count() })
    .from(regions)
    .where(level ? eq(regions.level, level) : undefined);
  return Number(row!.n);
}

/** A made-up province of a few thousand regions: 10 kabupaten × 10 kecamatan × 30 kelurahan/desa. */
function generatedProvince(provinceCode: string): { csv: string; rows: number } {
  unshipped(provinceCode);
  const lines = [
    "code,name,level,parent_code",
    `${provinceCode},Provinsi Bangkitan ${provinceCode},provinsi,`,
  ];
  for (let k = 1; k <= 10; k++) {
    const kab = `${provinceCode}.${String(k).padStart(2, "0")}`;
    lines.push(`${kab},Kabupaten Bangkitan ${k},kabupaten_kota,${provinceCode}`);
    for (let c = 1; c <= 10; c++) {
      const kec = `${kab}.${String(c).padStart(2, "0")}`;
      lines.push(`${kec},Kecamatan ${k}-${c},kecamatan,${kab}`);
      for (let v = 1; v <= 30; v++) {
        const urban = v % 3 === 0;
        const code = `${kec}.${urban ? 1 : 2}${String(v).padStart(3, "0")}`;
        lines.push(`${code},"Desa ${k}-${c}-${v}, Bangkitan",${urban ? "kelurahan" : "desa"},${kec}`);
      }
    }
  }
  return { csv: `${lines.join("\n")}\n`, rows: lines.length - 1 };
}

describeEachDatabase("regions", (kind) => {
  let t: TestApp;
  let reader: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    reader = await t.as("field_reporter");
  });
  afterAll(() => t.close());

  it("ships Jakarta Pusat's 8 kecamatan under 31.71", async () => {
    const res = await reader.get("/api/regions?parentCode=31.71");
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(8);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.every((r: Region) => r.level === "kecamatan" && r.parentCode === "31.71")).toBe(
      true,
    );
    expect(res.body.items.map((r: Region) => r.name)).toEqual(
      expect.arrayContaining(["Gambir", "Sawah Besar", "Tanah Abang", "Menteng", "Senen"]),
    );
  });

  it("ships 44 kelurahan across those kecamatan", async () => {
    const kecamatan: Region[] = (await reader.get("/api/regions?parentCode=31.71")).body.items;
    let total = 0;
    for (const kec of kecamatan) {
      const res = await reader.get(`/api/regions?parentCode=${kec.code}`);
      expect(res.body.items.every((r: Region) => r.level === "kelurahan" && r.parentCode === kec.code)).toBe(
        true,
      );
      total += res.body.items.length;
    }
    expect(total).toBe(44);
  });

  it("finds Cideng by name, whatever the case", async () => {
    const res = await reader.get("/api/regions?q=cideng");
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { code: "31.71.01.1002", name: "Cideng", level: "kelurahan", parentCode: "31.71.01" },
    ]);
    const upper = await reader.get("/api/regions?q=CIDENG");
    expect(upper.body.items.map((r: Region) => r.code)).toEqual(["31.71.01.1002"]);
  });

  it("walks all 44 kelurahan exactly once, ten at a time, in name order", async () => {
    const { items, pages } = await walkPages<Region>(reader, "/api/regions?level=kelurahan&limit=10");
    expect(pages).toEqual([10, 10, 10, 10, 4]);
    const codes = items.map((r) => r.code);
    expect(new Set(codes).size).toBe(44);
    expect(codes.every((c) => c.startsWith("31.71."))).toBe(true);
    const names = items.map((r) => r.name);
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names).toEqual(sorted);
  });

  it("walks a name search across pages as well", async () => {
    // "Kebon" and "Kampung" names repeat across kecamatan; small pages split them.
    const all = (await reader.get("/api/regions?q=an&limit=200")).body.items as Region[];
    expect(all.length).toBeGreaterThan(5);
    const { items } = await walkPages<Region>(reader, "/api/regions?q=an&limit=2");
    expect(items.map((r) => r.code)).toEqual(all.map((r) => r.code));
  });

  it("shows one region by its code", async () => {
    const res = await reader.get("/api/regions/31.71.01.1002");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: "31.71.01.1002",
      name: "Cideng",
      level: "kelurahan",
      parentCode: "31.71.01",
    });
    expect((await reader.get("/api/regions/31")).body).toEqual({
      code: "31",
      name: "DKI Jakarta",
      level: "provinsi",
      parentCode: null,
    });
  });

  it("answers 404 for an unknown code and 422 for a code in the wrong format", async () => {
    const unknown = await reader.get("/api/regions/31.71.01.1999");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    for (const bad of ["3171", "31.7", "abc", "31.71.01.100"]) {
      const res = await reader.get(`/api/regions/${bad}`);
      expect(res.status, bad).toBe(422);
      expect(res.body.error.details[0].field).toBe("code");
    }
    const shortQuery = await reader.get("/api/regions?q=c");
    expect(shortQuery.status).toBe(422);
    expect(shortQuery.body.error.details).toEqual([{ field: "q", message: "minimal 2 karakter" }]);
    const badLevel = await reader.get("/api/regions?level=dusun");
    expect(badLevel.status).toBe(422);
    expect(badLevel.body.error.details[0].field).toBe("level");
  });

  it("needs a signed-in caller", async () => {
    expect((await t.anonymous.get("/api/regions?parentCode=31.71")).status).toBe(401);
  });
});

describeEachDatabase("importing a region list", (kind) => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    dir = mkdtempSync(join(tmpdir(), "gugus-regions-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const importFile = async (path: string, batchSize?: number) =>
    importRegions(
      t.ctx.db,
      operator,
      { ...(await readRegionsCsv(path)), fileHash: path },
      undefined,
      batchSize,
    );

  const chain = [
    "code,name,level,parent_code",
    `${unshipped("98")},Provinsi Uji,provinsi,`,
    "98.01,Kabupaten Uji Raya,kabupaten_kota,98",
    "98.01.01,Kecamatan Uji,kecamatan,98.01",
    "98.01.01.1001,Kelurahan Uji,kelurahan,98.01.01",
    "98.01.01.2001,Desa Uji,desa,98.01.01",
  ];

  it("creates a new province down to its villages, then leaves it alone on a second run", async () => {
    const path = file("chain.csv", `\uFEFF${chain.join("\r\n")}\r\n`);
    const first = await importFile(path);
    expect(first).toEqual({ rowsRead: 5, created: 5, updated: 0, unchanged: 0, problems: [] });
    const village = await (await t.as("leadership")).get("/api/regions/98.01.01.2001");
    expect(village.body).toEqual({
      code: "98.01.01.2001",
      name: "Desa Uji",
      level: "desa",
      parentCode: "98.01.01",
    });

    const second = await importFile(path);
    expect(second).toEqual({ rowsRead: 5, created: 0, updated: 0, unchanged: 5, problems: [] });

    const renamed = file("renamed.csv", `${chain.join("\n").replace("Desa Uji", "Desa Uji Baru")}\n`);
    const third = await importFile(renamed);
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const [row] = await t.ctx.db.select().from(regions).where(eq(regions.code, "98.01.01.2001"));
    expect(row!.name).toBe("Desa Uji Baru");

    const events = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.event, "regions.imported"));
    expect(events.map((e) => (e.data as { created: number }).created)).toEqual([5, 0, 0]);
    expect(events[0]!.actorName).toBe("uji impor wilayah");
  });

  it("writes nothing from a file with a row of a bad level, and names its row and field", async () => {
    const before = await regionCount(t);
    const path = file(
      "bad-level.csv",
      [
        "code,name,level,parent_code",
        // Province 95 ships with the seed; a good kabupaten under it must not be written either.
        "95.01,Kabupaten Benar,kabupaten_kota,95",
        "95.02,Kabupaten Salah,kota,95",
        "95.01.01,Kecamatan Salah,kecamatan,95.01",
        "",
      ].join("\n"),
    );
    const result = await importFile(path);
    expect(result.created).toBe(0);
    expect(result.rowsRead).toBe(3);
    expect(result.problems).toContainEqual({
      row: 3,
      field: "level",
      message: expect.stringContaining("kota"),
    });
    expect(await regionCount(t)).toBe(before);
    expect(await t.ctx.db.select().from(regions).where(eq(regions.parentCode, "95"))).toEqual([]);
  });

  it("writes nothing from a file whose parent does not match the code, and names its row", async () => {
    const before = await regionCount(t);
    const path = file(
      "wrong-parent.csv",
      [
        "code,name,level,parent_code",
        "94,Provinsi Induk,provinsi,",
        "94.01,Kabupaten Induk,kabupaten_kota,94",
        "94.01.01,Kecamatan Yatim,kecamatan,94.02",
        "",
      ].join("\n"),
    );
    const result = await importFile(path);
    expect(result.problems).toEqual([
      { row: 4, field: "parent_code", message: expect.stringContaining("94.01") },
    ]);
    expect(await regionCount(t)).toBe(before);
  });

  it("names the row of a region whose parent is nowhere, in the file or the database", async () => {
    const before = await regionCount(t);
    const path = file(
      "missing-parent.csv",
      [
        "code,name,level,parent_code",
        "98.02,Kabupaten Baru,kabupaten_kota,98",
        // Province 93 ships with the seed, but no kabupaten 93.01 exists anywhere.
        "93.01.01,Kecamatan Hilang,kecamatan,93.01",
      ].join("\n"),
    );
    const result = await importFile(path);
    expect(result.problems).toEqual([
      { row: 3, field: "parent_code", message: expect.stringContaining("93.01") },
    ]);
    expect(await regionCount(t)).toBe(before);
    expect(await t.ctx.db.select().from(regions).where(eq(regions.code, "98.02"))).toEqual([]);
  });

  it("names the row of a code that appears twice", async () => {
    const path = file(
      "duplicate.csv",
      [
        "code,name,level,parent_code",
        // Province 92 ships with the seed; none of its kabupaten is written.
        "92.01,Kabupaten A,kabupaten_kota,92",
        "92.02,Kabupaten B,kabupaten_kota,92",
        "92.01,Kabupaten C,kabupaten_kota,92",
      ].join("\n"),
    );
    const result = await importFile(path);
    expect(result.problems).toEqual([{ row: 4, field: "code", message: expect.stringContaining("92.01") }]);
    expect(await t.ctx.db.select().from(regions).where(eq(regions.parentCode, "92"))).toEqual([]);
  });

  it("reports every bad row of a file: codes, names and levels", async () => {
    const path = file(
      "many-bad.csv",
      [
        "code,name,level,parent_code",
        "3101,Bukan Kode,provinsi,",
        "91,,provinsi,",
        "91.01.01,Kecamatan Tanpa Kabupaten,kabupaten_kota,91.01",
      ].join("\n"),
    );
    const result = await importFile(path);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [2, "code"],
      [3, "name"],
      [4, "level"],
    ]);
    expect(result.rowsRead).toBe(3);
  });

  it("imports a generated province of a few thousand rows in small batches, parents first", async () => {
    const { csv, rows } = generatedProvince("97");
    const path = file("generated.csv", csv);
    const progress: number[] = [];
    const parsed = await readRegionsCsv(path);
    expect(parsed.problems).toEqual([]);
    const result = await importRegions(
      t.ctx.db,
      operator,
      { ...parsed, fileHash: "bangkitan" },
      (done) => progress.push(done),
      500,
    );
    expect(rows).toBe(3111);
    expect(result).toEqual({ rowsRead: 3111, created: 3111, updated: 0, unchanged: 0, problems: [] });
    expect(progress.at(-1)).toBe(3111);
    const [row] = await t.ctx.db
      .select({ n: count() })
      .from(regions)
      .where(inArray(regions.level, ["kelurahan", "desa"]));
    expect(Number(row!.n)).toBe(44 + 2 + 3000);
    const [named] = await t.ctx.db.select().from(regions).where(eq(regions.code, "97.10.10.1030"));
    expect(named).toMatchObject({
      name: "Desa 10-10-30, Bangkitan",
      level: "kelurahan",
      parentCode: "97.10.10",
    });
  });
});

describeEachDatabase("importing the national region list", (kind) => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    dir = mkdtempSync(join(tmpdir(), "gugus-regions-national-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it("imports the whole Kemendagri list (or a generated one where the file is absent), once", async () => {
    const haveNational = existsSync(nationalCsv);
    const path = haveNational ? nationalCsv : join(dir, "generated.csv");
    if (!haveNational) writeFileSync(path, generatedProvince("97").csv);
    // The seed holds Jakarta Pusat and all 38 provinces, each also in the national list, which
    // spells one of them out: DKI Jakarta (31). A generated province comes on top of the seed.
    const expected = haveNational
      ? {
          rowsRead: 91_599,
          provinces: 38,
          created: 91_599 - shipped.length,
          updated: 1,
          unchanged: shipped.length - 1,
          total: 91_599,
        }
      : {
          rowsRead: 3111,
          provinces: shippedProvinces + 1,
          created: 3111,
          updated: 0,
          unchanged: 0,
          total: 3111 + shipped.length,
        };

    const parsed = await readRegionsCsv(path);
    expect(parsed.problems).toEqual([]);
    const result = await importRegions(t.ctx.db, operator, { ...parsed, fileHash: "nasional" });
    expect(result).toEqual({
      rowsRead: expected.rowsRead,
      created: expected.created,
      updated: expected.updated,
      unchanged: expected.unchanged,
      problems: [],
    });
    expect(await regionCount(t, "provinsi")).toBe(expected.provinces);
    expect(await regionCount(t)).toBe(expected.total);

    const reader = await t.as("leadership");
    const provinces = await walkPages<Region>(reader, "/api/regions?level=provinsi&limit=10");
    expect(provinces.items).toHaveLength(expected.provinces);
    // Jakarta Pusat is still whole after the import.
    expect((await reader.get("/api/regions?parentCode=31.71")).body.items).toHaveLength(8);
    expect((await reader.get("/api/regions/31.71.01.1002")).body.name).toBe("Cideng");
    // The one shipped row the national list changed is the province it spells out.
    expect((await reader.get("/api/regions/31")).body.name).toBe(
      haveNational ? "Daerah Khusus Ibukota Jakarta" : "DKI Jakarta",
    );

    const again = await importRegions(t.ctx.db, operator, { ...parsed, fileHash: "nasional" });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: expected.rowsRead });
    const imports = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "regions.imported"), eq(auditEvents.recordType, "regions")));
    expect(imports).toHaveLength(2);
  }, 300_000);
});
