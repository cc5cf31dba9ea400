import { describe, expect, it } from "vitest";
import { ageFacts, yearsBetween } from "./person-age.ts";

describe("age at exploitation", () => {
  it("counts whole years, a birthday not yet reached leaving the year out", () => {
    expect(yearsBetween("2008-06-15", "2026-06-14")).toBe(17);
    expect(yearsBetween("2008-06-15", "2026-06-15")).toBe(18);
  });

  it("makes a child of anyone under 18 on the day, from the birth date first", () => {
    expect(ageFacts("2026-06-14", { birthDate: "2008-06-15", ageAtExploitation: 30 })).toEqual({
      age: 17,
      isChild: true,
      ageGroupCode: "age_13_17",
    });
    expect(ageFacts("2026-06-15", { birthDate: "2008-06-15" })).toEqual({
      age: 18,
      isChild: false,
      ageGroupCode: "age_18_24",
    });
  });

  it("uses a recorded age when the birth date is unknown", () => {
    expect(ageFacts("2026-01-01", { ageAtExploitation: 5 })).toEqual({
      age: 5,
      isChild: true,
      ageGroupCode: "age_0_5",
    });
    expect(ageFacts("2026-01-01", { ageAtExploitation: 61 })).toMatchObject({
      isChild: false,
      ageGroupCode: "age_60_plus",
    });
  });

  it("leaves child status unknown when a birth year cannot decide it", () => {
    expect(ageFacts("2026-03-01", { birthYear: 2008 })).toEqual({
      age: null,
      isChild: null,
      ageGroupCode: "unknown",
    });
    expect(ageFacts("2026-03-01", { birthYear: 2010 })).toEqual({
      age: null,
      isChild: true,
      ageGroupCode: "age_13_17",
    });
    // 24 or 25: the group boundary falls between them.
    expect(ageFacts("2026-03-01", { birthYear: 2001 })).toMatchObject({
      isChild: false,
      ageGroupCode: "unknown",
    });
    expect(ageFacts("2026-03-01", {})).toEqual({ age: null, isChild: null, ageGroupCode: "unknown" });
  });
});
