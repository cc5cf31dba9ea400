import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TextWriter, Uint8ArrayReader, ZipReader } from "@zip.js/zip.js";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { htcdsPicklists } from "../../../shared/htcds.ts";
import { jakartaPusatRegions } from "../../../shared/regions-jakarta-pusat.ts";
import { casePeople, caseRoutePoints, cases, people } from "../../db/schema/index.ts";
import { seededRandom } from "../../demo/random.ts";
import type { TestApp } from "../../test/test-app.ts";

/** A CSV export's records by header (the byte-order mark dropped, as a spreadsheet does). */
export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

export function csvHeader(text: string): string[] {
  return (parse(text, { bom: true, to_line: 1 }) as string[][])[0]!;
}

/** The first sheet of an XLSX file: the header and the rows, cells as exceljs reads them. */
export async function xlsxSheet(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, header: values[0] as string[], rows: values.slice(1) };
}

/** The one file inside an export's encrypted ZIP, opened with the password. */
export async function unzipText(bytes: Buffer, password: string) {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(bytes)));
  const entries = await reader.getEntries();
  const entry = entries[0]!;
  if (entry.directory) throw new Error("an export's archive holds a file");
  const text = await entry.getData(new TextWriter(), { password });
  await reader.close();
  return { names: entries.map((e) => e.filename), encrypted: entry.encrypted, text };
}

// ——— The HTCDS 2.0 standard's files, where this workplace has them ———

const htcdsDir = fileURLToPath(new URL("../../../../shared/data/htcds/", import.meta.url));
export const htcdsFilesPresent = existsSync(`${htcdsDir}field-standards-2.0.csv`);

/** The standard's field list: every field name, and the value names of each picklist field. */
export function htcdsStandard(): { fields: Set<string>; values: Map<string, Set<string>> } {
  const rows = parse(readFileSync(`${htcdsDir}field-standards-2.0.csv`, "utf8"), {
    columns: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const fields = new Set<string>();
  const values = new Map<string, Set<string>>();
  for (const row of rows) {
    const name = row["Field Name including Prefix"]?.trim();
    if (!name || name === "N/A") continue;
    fields.add(name);
    const names = (row["Value Names (if picklist)"] ?? "").split("\n").map((v) => v.trim());
    if (row["Field Type"]?.includes("Picklist") && names.some((n) => /^[A-Za-z0-9_]+$/.test(n)))
      values.set(name, new Set(names.filter(Boolean)));
  }
  return { fields, values };
}

/** The XLSForm's choice lists (list name → value names; one of them carries a stray space). */
export function xlsformChoices(): Map<string, Set<string>> {
  const rows = parse(readFileSync(`${htcdsDir}xlsform-choices.csv`, "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  const lists = new Map<string, Set<string>>();
  for (const row of rows) {
    const list = lists.get(row.list_name!) ?? new Set<string>();
    list.add(row.name!.trim());
    lists.set(row.list_name!, list);
  }
  return lists;
}

/** The XLSForm's list behind each picklist this export writes, where the form has one. */
export const xlsformListOf: Partial<Record<keyof typeof htcdsPicklists, string>> = {
  gender: "gender",
  methodsOfControl: "methodsofcontrol",
  typeOfExploitation: "typeofexploitation",
  forcedLabourIndustry: "forcedlabourindustry",
  caseStatus: "status",
};

// ——— Victims written straight to the tables, many at a time ———

export type VictimSpec = {
  identifiedOn: string;
  precision?: "day" | "year";
  region?: string | null;
  sex?: string;
  birthYear?: number | null;
  ageAtExploitation?: number | null;
  isChild?: boolean | null;
  ageGroupCode?: string;
  nationality?: string | null;
  forms?: string[];
  means?: string[];
  recruiterRelation?: string | null;
  destination?: string | null;
};

// Far above what the case counter hands out, so seeded cases never take a number the app would.
let nextSeq = 500_000;

/** One case per victim, of the secretariat's task force, with the victims' people rows. */
export async function seedVictims(t: TestApp, specs: readonly VictimSpec[]): Promise<string[]> {
  const home = await t.factories.secretariat();
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const personRows: (typeof people.$inferInsert)[] = [];
  const links: (typeof casePeople.$inferInsert)[] = [];
  const route: { caseId: string; country: string }[] = [];
  for (const spec of specs) {
    const caseId = randomUUID();
    const personId = randomUUID();
    const year = Number(spec.identifiedOn.slice(0, 4));
    const seq = ++nextSeq;
    caseRows.push({
      id: caseId,
      taskForceId: home.taskForceId,
      number: `TPPO-EXP-${year}-${randomUUID().slice(0, 8)}`,
      year,
      seq,
      title: `Kasus ekspor ${seq}`,
      leadOrganizationId: home.id,
      identifiedOn: spec.identifiedOn,
      identifiedOnPrecision: spec.precision ?? "day",
      identifiedRegionCode: spec.region === undefined ? "31.71.01.1001" : spec.region,
      exploitationForms: spec.forms ?? ["domestic_work"],
      means: spec.means ?? [],
      recruiterRelation: spec.recruiterRelation ?? null,
    });
    personRows.push({
      id: personId,
      taskForceId: home.taskForceId,
      code: `ORG-EXP-${randomUUID().slice(0, 12)}`,
      sexCode: spec.sex ?? "female",
      birthYear: spec.birthYear ?? null,
      nationalityCode: spec.nationality === undefined ? "ID" : spec.nationality,
    });
    links.push({
      caseId,
      personId,
      role: "victim",
      ageAtExploitation: spec.ageAtExploitation ?? null,
      isChild: spec.isChild ?? null,
      ageGroupCode: spec.ageGroupCode ?? "unknown",
    });
    if (spec.destination) route.push({ caseId, country: spec.destination });
  }
  await t.ctx.db.insert(cases).values(caseRows);
  await t.ctx.db.insert(people).values(personRows);
  await t.ctx.db.insert(casePeople).values(links);
  if (route.length) {
    await t.ctx.db
      .insert(caseRoutePoints)
      .values(
        route.map((r) => ({ caseId: r.caseId, position: 0, kind: "destination", countryCode: r.country })),
      );
  }
  return caseRows.map((c) => c.id!);
}

/**
 * A year's victims with the variety a city's records have (sexes, ages known and not, several
 * nationalities and destinations, rare combinations among common ones), from a fixed seed.
 */
export function variedVictims(seed: number, year: number, count: number): VictimSpec[] {
  const random = seededRandom(seed);
  const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan").map((r) => r.code);
  return Array.from({ length: count }, () => {
    const age = random.chance(0.8) ? random.int(6, 60) : null;
    return {
      identifiedOn: `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
      region: random.pick(kelurahan),
      sex: random.pick(["female", "female", "female", "male", "unknown"]),
      birthYear: age === null ? null : year - age,
      ageAtExploitation: age,
      isChild: age === null ? null : age < 18,
      nationality: random.pick(["ID", "ID", "ID", "ID", "MM", "KH", null]),
      forms: random.pick([
        ["domestic_work"],
        ["sexual_exploitation"],
        ["ship_crew"],
        ["online_scam_compound"],
        ["sexual_exploitation", "irregular_migrant_work"],
        [],
      ]),
      means: random.pick([[], ["deception"], ["debt_bondage", "confinement"], ["abduction"]]),
      recruiterRelation: random.pick([null, "relative", "partner_or_friend", "agent_recruiter"]),
      destination: random.pick(["MY", "MY", "SA", "KH", "TW", null]),
    };
  });
}
