import { describe, expect, it } from "vitest";
import { changeText, rupiahText, shareText } from "./report-format.ts";
import { sourceIn } from "./report-labels.ts";
import { emptySections, mergeRefreshed, type Narrative } from "./report-narrative.ts";
import { comparisonPeriod, periodText, reportTitle } from "./report-period.ts";

const TASK_FORCE = "Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat";

describe("a report's title and period", () => {
  it("names the report the way the secretariat writes it", () => {
    const period = { from: "2024-01-01", to: "2024-12-31", year: 2024, semester: null };
    expect(reportTitle(TASK_FORCE, { kind: "annual", ...period }, null)).toBe(
      "Laporan Tahunan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun 2024",
    );
    expect(
      reportTitle(
        TASK_FORCE,
        { kind: "semester", from: "2024-07-01", to: "2024-12-31", year: 2024, semester: 2 },
        {
          level: "kelurahan",
          name: "Cideng",
        },
      ),
    ).toBe(
      "Laporan Semester II Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun 2024 — Kelurahan Cideng",
    );
    expect(
      reportTitle(
        TASK_FORCE,
        { kind: "custom", from: "2025-11-01", to: "2026-02-28", year: 2026, semester: null },
        null,
      ),
    ).toBe(
      "Laporan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Periode 1 November 2025 – 28 Februari 2026",
    );
  });

  it("writes a period's year once when both ends share it", () => {
    expect(periodText("2024-01-01", "2024-06-30", "id")).toBe("1 Januari – 30 Juni 2024");
    expect(periodText("2024-01-01", "2024-06-30", "en")).toBe("1 January – 30 June 2024");
  });

  it("compares with the same days a year earlier, 29 February becoming 28 February", () => {
    expect(comparisonPeriod("2024-01-01", "2024-02-29")).toEqual({ from: "2023-01-01", to: "2023-02-28" });
  });
});

describe("the figures in words", () => {
  it("writes shares, changes and rupiah as a report prints them", () => {
    expect(shareText(1 / 3, "id")).toBe("33,3%");
    expect(shareText(null, "id")).toBe("–");
    expect(changeText(0.125, "id")).toBe("+12,5%");
    expect(changeText(-0.5, "en")).toBe("−50%");
    expect(changeText(null, "en")).toBe("–");
    expect(rupiahText(30_000_000)).toBe("Rp 30.000.000");
  });

  it("writes the engine's source line again in English from the same messages", () => {
    expect(sourceIn(`Gugus — ${TASK_FORCE}`, "en")).toBe(`Gugus — ${TASK_FORCE}`);
    expect(
      sourceIn(
        `Gugus — ${TASK_FORCE}; termasuk data impor: Counter-Trafficking Data Collaborative (CTDC), Global K-anonymized Dataset 2021, templat impor Gugus`,
        "en",
      ),
    ).toBe(
      `Gugus — ${TASK_FORCE}; includes imported data: Counter-Trafficking Data Collaborative (CTDC), Global K-anonymized Dataset 2021, Gugus import template`,
    );
  });
});

describe("refreshing a narrative", () => {
  const sections = (text: Partial<Narrative>): Narrative => ({
    introduction: "",
    cases: "",
    rights: "",
    legal: "",
    prevention: "",
    coordination: "",
    obstacles: "",
    recommendations: "",
    closing: "",
    ...text,
  });

  it("updates the sections left as drafted and keeps the ones the secretariat wrote", () => {
    const oldDrafts = sections({ cases: "Sepanjang 2025 tercatat 4 korban.", rights: "Layanan A." });
    const current = sections({ cases: "Sepanjang 2025 tercatat 4 korban.", rights: "Tulisan sekretariat." });
    const fresh = sections({ cases: "Sepanjang 2025 tercatat 5 korban.", rights: "Layanan B." });
    const merged = mergeRefreshed(current, oldDrafts, fresh);
    expect(merged.cases).toBe("Sepanjang 2025 tercatat 5 korban.");
    expect(merged.rights).toBe("Tulisan sekretariat.");
    expect(emptySections(merged)).toEqual([
      "introduction",
      "legal",
      "prevention",
      "coordination",
      "obstacles",
      "recommendations",
      "closing",
    ]);
  });
});
