import { type CsvValue, csvLine } from "../../shared/csv.ts";

/**
 * A CSV file from a header row and data rows, escaped like the server's exports. The byte order
 * mark makes Excel read the file as UTF-8, so "Laki-laki" and "Rp" survive a double-click.
 */
export function csvBlob(header: readonly string[], rows: readonly (readonly CsvValue[])[]): Blob {
  const text = [header, ...rows].map(csvLine).join("");
  return new Blob([`\uFEFF${text}`], { type: "text/csv;charset=utf-8" });
}
