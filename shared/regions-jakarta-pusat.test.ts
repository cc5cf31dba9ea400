import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { jakartaPusatRegions } from "./regions-jakarta-pusat.ts";

// The reference data lives beside the project in this workplace, not inside it.
const referenceCsv = new URL(
  "../../shared/data/wilayah/kode_wilayah_jakarta_pusat_3171.csv",
  import.meta.url,
);

const atLevel = (level: string) => jakartaPusatRegions.filter((region) => region.level === level);

describe("jakartaPusatRegions", () => {
  it("holds DKI Jakarta, Kota Jakarta Pusat (31.71), 8 kecamatan and 44 kelurahan", () => {
    expect(atLevel("provinsi").map((region) => region.code)).toEqual(["31"]);
    expect(atLevel("kabupaten_kota").map((region) => region.code)).toEqual(["31.71"]);
    expect(atLevel("kecamatan")).toHaveLength(8);
    expect(atLevel("kelurahan")).toHaveLength(44);
  });

  it("never repeats a code", () => {
    const codes = jakartaPusatRegions.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("lists every parent before its children, one level up", () => {
    const levels = ["provinsi", "kabupaten_kota", "kecamatan", "kelurahan"];
    const seen = new Map<string, string>();
    for (const region of jakartaPusatRegions) {
      if (region.parentCode === null) {
        expect(region.level).toBe("provinsi");
      } else {
        expect(seen.get(region.parentCode)).toBe(levels[levels.indexOf(region.level) - 1]);
        expect(region.code.startsWith(`${region.parentCode}.`)).toBe(true);
      }
      seen.set(region.code, region.level);
    }
  });

  it("writes codes in the Kemendagri format of their level", () => {
    const formats: Record<string, RegExp> = {
      provinsi: /^\d{2}$/,
      kabupaten_kota: /^\d{2}\.\d{2}$/,
      kecamatan: /^\d{2}\.\d{2}\.\d{2}$/,
      kelurahan: /^\d{2}\.\d{2}\.\d{2}\.1\d{3}$/,
    };
    for (const region of jakartaPusatRegions) expect(region.code).toMatch(formats[region.level]!);
  });

  it("matches the Kemendagri reference list in codes, names and parents", () => {
    if (!existsSync(referenceCsv)) {
      console.info(`Skipped the comparison with the Kemendagri list: ${referenceCsv.pathname} is absent.`);
      return;
    }
    const rows: { code: string; name: string; level: string; parent_code: string }[] = parse(
      readFileSync(referenceCsv, "utf8"),
      { columns: true, skip_empty_lines: true },
    );
    const reference = rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: row.level,
      parentCode: row.parent_code || null,
    }));
    expect(reference).toHaveLength(53);
    // The reference file starts at the kota; the province row is checked by the first test.
    const seed = jakartaPusatRegions.filter((region) => region.level !== "provinsi");
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect([...seed].sort(byCode)).toEqual([...reference].sort(byCode));
  });
});
