import { describe, expect, it } from "vitest";
import { csvLine } from "./csv.ts";
import { parseCsv } from "./csv-parse.ts";

describe("parseCsv", () => {
  it("reads what csvLine writes, quotes, commas and line breaks included", () => {
    const rows = [
      ["nama", "catatan"],
      ['Siti "Ica" Aminah', "RT 01, RW 02"],
      ["Budi", "dua\r\nbaris"],
    ];
    expect(parseCsv(rows.map((r) => csvLine(r)).join(""))).toEqual(rows);
  });

  it("takes the semicolons a spreadsheet set to Indonesian writes", () => {
    expect(parseCsv("nama;umur\nSiti;17,5\n")).toEqual([
      ["nama", "umur"],
      ["Siti", "17,5"],
    ]);
  });

  it("drops a byte-order mark and reads a last line without a line end", () => {
    expect(parseCsv("\uFEFFa,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps empty cells and empty lines as they are", () => {
    expect(parseCsv("a,,c\n\nd,e,\n")).toEqual([["a", "", "c"], [""], ["d", "e", ""]]);
  });
});
