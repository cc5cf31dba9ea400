import { describe, expect, it } from "vitest";
import { addDays, firstAidStanding } from "./first-aid-deadline.ts";

describe("first-aid deadline", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-01-28", 7)).toBe("2026-02-04");
    expect(addDays("2025-12-29", 7)).toBe("2026-01-05");
    expect(addDays("2028-02-25", 7)).toBe("2028-03-03");
  });

  it("is met by a first service on the seventh day, late on the eighth", () => {
    const base = { identifiedOn: "2026-03-02", today: "2026-04-01" };
    expect(firstAidStanding({ ...base, firstServiceOn: "2026-03-09" })).toEqual({
      dueBy: "2026-03-09",
      met: true,
      late: false,
    });
    expect(firstAidStanding({ ...base, firstServiceOn: "2026-03-10" })).toEqual({
      dueBy: "2026-03-09",
      met: false,
      late: true,
    });
  });

  it("stays pending without a service until the due date has passed", () => {
    const pending = { identifiedOn: "2026-03-02", firstServiceOn: null };
    expect(firstAidStanding({ ...pending, today: "2026-03-09" })).toEqual({
      dueBy: "2026-03-09",
      met: null,
      late: false,
    });
    expect(firstAidStanding({ ...pending, today: "2026-03-10" })).toEqual({
      dueBy: "2026-03-09",
      met: false,
      late: true,
    });
  });

  it("judges nothing when only the year of identification is known", () => {
    expect(
      firstAidStanding({
        identifiedOn: "2019-01-01",
        yearOnly: true,
        firstServiceOn: null,
        today: "2026-03-10",
      }),
    ).toEqual({ dueBy: null, met: null, late: false });
  });
});
