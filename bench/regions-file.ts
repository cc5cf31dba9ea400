import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const shared = join(
  process.cwd(),
  "..",
  "shared",
  "data",
  "wilayah",
  "kode_wilayah_indonesia_kepmendagri_300.2.2-2430_2025.csv",
);

/**
 * The national region list for the heavy-query load: the real one where the workplace's data is
 * present, else a generated file of the same size and shape (38 provinces … ~84,000 villages).
 */
export function nationalRegionsFile(dir: string): string {
  if (existsSync(shared)) return shared;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "regions-generated.csv");
  const lines = ["code,name,level,parent_code"];
  const syllables = ["ma", "ka", "ja", "su", "ra", "wa", "ti", "ba", "ng", "lo", "an", "se"];
  const name = (n: number) =>
    Array.from({ length: 3 }, (_, i) => syllables[(n >> (i * 4)) % syllables.length]).join("");
  for (let p = 11; p < 49; p++) {
    lines.push(`${p},Provinsi ${name(p)},provinsi,`);
    for (let k = 1; k <= 14; k++) {
      const kk = `${p}.${String(k).padStart(2, "0")}`;
      lines.push(`${kk},Kabupaten ${name(p * 100 + k)},kabupaten_kota,${p}`);
      for (let c = 1; c <= 14; c++) {
        const cc = `${kk}.${String(c).padStart(2, "0")}`;
        lines.push(`${cc},Kecamatan ${name(p * 10000 + k * 100 + c)},kecamatan,${kk}`);
        for (let d = 1; d <= 11; d++)
          lines.push(
            `${cc}.2${String(d).padStart(3, "0")},Desa ${name(p * 1e6 + k * 1e4 + c * 100 + d)},desa,${cc}`,
          );
      }
    }
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
