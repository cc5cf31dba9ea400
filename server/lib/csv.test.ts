import { describe, expect, it } from "vitest";
import { csvLine } from "./csv.ts";

describe("CSV lines", () => {
  it("quotes what needs quoting and leaves the rest", () => {
    expect(csvLine(["a", 1, true, null, undefined])).toBe("a,1,true,,\r\n");
    expect(csvLine(['kata "kutip"', "a,b", "dua\nbaris"])).toBe('"kata ""kutip""","a,b","dua\nbaris"\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas, but not negative numbers", () => {
    expect(csvLine(["=HYPERLINK(1)", "+62", "-x", "@SUM(A1)"])).toBe("'=HYPERLINK(1),'+62,'-x,'@SUM(A1)\r\n");
    expect(csvLine([-5])).toBe("-5\r\n");
  });
});
