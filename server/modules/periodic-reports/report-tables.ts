import type { DashboardDto } from "../../../shared/dashboard.ts";
import type { NarrativeSection } from "../../../shared/periodic-reports.ts";
import type { TextKey, Texts } from "./report-texts.ts";

/**
 * The report's tables, worked out once from the figures and written by both the PDF and the
 * XLSX, so the two files cannot disagree: a cell carries its number and its kind, and each
 * writer formats the kind its own way (text in the PDF, a number with a format in the XLSX).
 */
export type CellKind = "text" | "year" | "count" | "share" | "change" | "rupiah" | "days";
export type Cell = { kind: CellKind; value: string | number | null };
export type TableColumn = { header: string; numeric: boolean };
export type ReportTable = {
  title: string;
  unit: string;
  columns: TableColumn[];
  rows: Cell[][];
  /** The last row sums the others: printed bold. */
  totalRow: boolean;
};

const text = (value: string): Cell => ({ kind: "text", value });
const count = (value: number): Cell => ({ kind: "count", value });
const share = (value: number | null): Cell => ({ kind: "share", value });
const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);

const col = (header: string, numeric = true): TableColumn => ({ header, numeric });

function table(
  title: string,
  unit: string,
  columns: TableColumn[],
  rows: Cell[][],
  totalRow = false,
): ReportTable {
  return { title, unit, columns, rows, totalRow };
}

/** A two-column table of label and value, for figures that are one number each. */
function pairs(t: Texts, title: string, unit: string, rows: [string, Cell][]): ReportTable {
  return table(
    title,
    unit,
    [col(t("doc.item"), false), col(t("doc.value"))],
    rows.map(([label, value]) => [text(label), value]),
  );
}

/** "Perempuan dewasa", "Anak laki-laki"; cells outside the four named by their parts. */
export function fourCellLabel(t: Texts, sex: string | null, childStatus: string | null): string {
  if ((sex === "female" || sex === "male") && (childStatus === "adult" || childStatus === "child"))
    return t(`cell.${sex}.${childStatus}` as TextKey);
  const sexPart = sex === "female" || sex === "male" ? t(`cell.sex.${sex}`) : t("cell.sex.unknown");
  const agePart =
    childStatus === "adult" || childStatus === "child" ? t(`cell.age.${childStatus}`) : t("cell.age.unknown");
  return `${sexPart}, ${agePart}`;
}

function casesTables(f: DashboardDto, t: Texts): ReportTable[] {
  const z = f.zeroCase;
  const previous = z.year - 1;
  const cellsTotal = f.fourCell.reduce((sum, c) => sum + c.victims, 0);
  const tables = [
    table(
      t("table.trend"),
      t("unit.trend"),
      [
        col(t("col.year"), false),
        col(t("col.victims")),
        col(t("col.change")),
        col(t("col.cases")),
        col(t("col.change")),
      ],
      f.trend.map((r) => [
        { kind: "year", value: r.year },
        count(r.victims),
        { kind: "change", value: r.victimsChange },
        count(r.cases),
        { kind: "change", value: r.casesChange },
      ]),
    ),
    pairs(t, t("table.zero", { year: z.year, previous }), t("unit.zero"), [
      [t("row.cases", { year: z.year }), count(z.cases)],
      [t("row.cases", { year: previous }), count(z.previousCases)],
      [t("row.victims", { year: z.year }), count(z.victims)],
      [t("row.victims", { year: previous }), count(z.previousVictims)],
      [t("row.kelurahanWithout", { year: z.year }), count(z.kelurahanWithoutCases)],
      [t("row.kelurahanTotal"), count(z.kelurahanTotal)],
    ]),
  ];
  if (z.kelurahanWithCases.length > 0)
    tables.push(
      table(
        t("table.kelurahanCases", { year: z.year }),
        t("unit.kelurahanCases"),
        [col(t("col.kelurahan"), false), col(t("col.cases"))],
        z.kelurahanWithCases.map((k) => [text(k.name), count(k.cases)]),
      ),
    );
  tables.push(
    table(
      t("table.fourCell"),
      t("unit.fourCell"),
      [col(t("col.group"), false), col(t("col.victims")), col(t("col.share"))],
      [
        ...f.fourCell.map((c) => [
          text(fourCellLabel(t, c.sex, c.childStatus)),
          count(c.victims),
          share(shareOf(c.victims, cellsTotal)),
        ]),
        [text(t("doc.total")), count(cellsTotal), share(shareOf(cellsTotal, cellsTotal))],
      ],
      true,
    ),
    table(
      t("table.exploitation"),
      t("unit.exploitation"),
      [col(t("col.form"), false), col(t("col.victims")), col(t("col.cases"))],
      f.exploitation.map((e) => [text(e.label), count(e.victims), count(e.cases)]),
    ),
    table(
      t("table.origin"),
      t("unit.origin"),
      [col(t("col.origin"), false), col(t("col.victims"))],
      f.origin.map((o) => [text(o.label), count(o.victims)]),
    ),
    table(
      t("table.destination"),
      t("unit.destination"),
      [col(t("col.destination"), false), col(t("col.victims"))],
      f.destination.map((d) => [text(d.label), count(d.victims)]),
    ),
  );
  return tables;
}

function rightsTables(f: DashboardDto, t: Texts): ReportTable[] {
  const { services, firstService: first, restitution: r } = f.rights;
  return [
    table(
      t("table.services"),
      t("unit.services", { victims: f.rights.victims }),
      [col(t("col.service"), false), col(t("col.victims")), col(t("col.share"))],
      services.map((s) => [text(s.label), count(s.victims), share(s.share)]),
    ),
    pairs(t, t("table.firstService"), t("unit.firstService"), [
      [t("row.measured"), count(first.measured)],
      [t("row.medianDays"), { kind: "days", value: first.medianDays }],
      [t("row.within7"), count(first.within7Days)],
      [t("row.within7Share"), share(first.within7DaysShare)],
    ]),
    pairs(t, t("table.restitution"), t("unit.restitution"), [
      [t("row.restitutionVictims"), count(r.victims)],
      [t("row.requested"), { kind: "rupiah", value: r.requested }],
      [t("row.awarded"), { kind: "rupiah", value: r.awarded }],
      [t("row.paid"), { kind: "rupiah", value: r.paid }],
      [t("row.paidShare"), share(r.paidShare)],
    ]),
  ];
}

function legalTables(f: DashboardDto, t: Texts): ReportTable[] {
  return [
    table(
      t("table.stages"),
      t("unit.stages"),
      [col(t("col.stage"), false), col(t("col.cases"))],
      f.legal.stages.map((s) => [text(s.label), count(s.cases)]),
    ),
    pairs(t, t("table.verdicts"), t("unit.verdicts"), [
      [t("row.convictions"), count(f.legal.convictions)],
      [t("row.acquittals"), count(f.legal.acquittals)],
    ]),
  ];
}

function preventionTables(f: DashboardDto, t: Texts): ReportTable[] {
  const p = f.prevention;
  return [
    pairs(t, t("table.preventionReach"), t("unit.preventionReach"), [
      [t("row.activities"), count(p.activities)],
      [t("row.people"), count(p.peopleReached)],
      [t("row.kelurahanReached"), count(p.kelurahanReached)],
      [t("row.kelurahanTotal"), count(p.kelurahanTotal)],
      [t("row.kelurahanShare"), share(shareOf(p.kelurahanReached, p.kelurahanTotal))],
      [t("row.schoolsReached"), count(p.schoolsReached)],
      [t("row.schoolCount"), count(p.schoolCount)],
      [t("row.schoolShare"), share(shareOf(p.schoolsReached, p.schoolCount))],
    ]),
    table(
      t("table.preventionKecamatan"),
      t("unit.preventionKecamatan"),
      [col(t("col.kecamatan"), false), col(t("col.activities")), col(t("col.people"))],
      p.perKecamatan.map((k) => [text(k.name), count(k.activities), count(k.peopleReached)]),
    ),
  ];
}

function coordinationTables(f: DashboardDto, t: Texts, narrowed: boolean): ReportTable[] {
  const c = f.coordination;
  // Coordination is the whole task force's: a report on one kecamatan says so under each table.
  const unit = (key: TextKey) => (narrowed ? `${t(key)}. ${t("doc.notPerArea")}` : t(key));
  return [
    pairs(t, t("table.meetings"), unit("unit.meetings"), [[t("row.meetingsHeld"), count(c.meetingsHeld)]]),
    table(
      t("table.attendance"),
      unit("unit.attendance"),
      [col(t("col.organization"), false), col(t("col.invited")), col(t("col.attended")), col(t("col.rate"))],
      c.attendance.map((a) => [text(a.name), count(a.invited), count(a.attended), share(a.rate)]),
    ),
    table(
      t("table.actionItems"),
      unit("unit.actionItems"),
      [
        col(t("col.organization"), false),
        col(t("col.open")),
        col(t("col.inProgress")),
        col(t("col.overdue")),
        col(t("col.done")),
      ],
      c.actionItems.map((a) => [
        text(a.name),
        count(a.open),
        count(a.inProgress),
        count(a.overdue),
        count(a.done),
      ]),
    ),
  ];
}

/** The tables printed after a section's text; sections of words only have none. */
export function sectionTables(
  section: NarrativeSection,
  figures: DashboardDto,
  t: Texts,
  narrowed: boolean,
): ReportTable[] {
  switch (section) {
    case "cases":
      return casesTables(figures, t);
    case "rights":
      return rightsTables(figures, t);
    case "legal":
      return legalTables(figures, t);
    case "prevention":
      return preventionTables(figures, t);
    case "coordination":
      return coordinationTables(figures, t, narrowed);
    default:
      return [];
  }
}
