import { afterAll, beforeAll, expect, it } from "vitest";
import { exportHeaders } from "../../../shared/exports.ts";
import type { ImportDto } from "../../../shared/imports.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { ctdcColumns } from "../imports/formats/ctdc-k-anon-2021.ts";
import { ctdcQuasiIdentifiers } from "./ctdc-export.ts";
import { csvHeader, csvRecords, seedVictims, variedVictims, xlsxSheet } from "./exports.test-support.ts";

const period = { from: "2016-01-01", to: "2019-12-31" };

/** How many rows share each combination of quasi-identifier values (an empty cell is a value too). */
function combinations(records: Record<string, string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = JSON.stringify(ctdcQuasiIdentifiers.map((c) => r[c] ?? ""));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describeEachDatabase("CTDC k-anonymised export", (kind) => {
  let t: TestApp;
  let coordinator: Client;

  const exportCtdc = async (body: Record<string, unknown> = {}) => {
    const res = await coordinator.post("/api/exports", { ...period, format: "ctdc-k-anon", ...body });
    expect(res.status, String(res.body)).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    // Twelve victims alike in 2016: a group large enough to keep every value.
    await seedVictims(
      t,
      Array.from({ length: 12 }, () => ({
        identifiedOn: "2016-05-10",
        sex: "female",
        birthYear: 1986,
        ageAtExploitation: 29,
        isChild: false,
        nationality: "ID",
        forms: ["domestic_work"],
        means: ["deception"],
        recruiterRelation: "relative",
        destination: "MY",
      })),
    );
    // Historical records known only by their year, without a region.
    await seedVictims(
      t,
      Array.from({ length: 11 }, () => ({
        identifiedOn: "2017-01-01",
        precision: "year" as const,
        region: null,
        sex: "male",
        ageGroupCode: "age_13_17",
        isChild: true,
        forms: ["ship_crew"],
      })),
    );
    // Three victims in 2018: fewer than k however their values are blanked.
    await seedVictims(t, variedVictims(18, 2018, 3));
    // A year of every kind of combination, rare ones among common ones.
    await seedVictims(t, variedVictims(19, 2019, 90));
  });
  afterAll(() => t.close());

  it("writes the codebook's 63 columns, one row per victim, coded as the codebook says", async () => {
    const res = await exportCtdc();
    expect(res.headers["content-disposition"]).toContain(
      'filename="gugus-ctdc-k-anon-2016-01-01_2019-12-31.csv"',
    );
    expect(csvHeader(res.body)).toEqual([...ctdcColumns]);
    const records = csvRecords(res.body);
    const alike = records.filter((r) => r.yearOfRegistration === "2016");
    expect(alike).toHaveLength(12);
    expect(alike[0]).toMatchObject({
      Datasource: "Case Management",
      gender: "Female",
      ageBroad: "30--38",
      majorityStatus: "Adult",
      majorityStatusAtExploit: "Adult",
      citizenship: "ID",
      CountryOfExploitation: "MY",
      isForcedLabour: "1",
      isSexualExploit: "0",
      typeOfLabourDomesticWork: "1",
      typeOfLabourConcatenated: "Domestic work",
      meansOfControlFalsePromises: "1",
      meansOfControlNotSpecified: "0",
      meansOfControlConcatenated: "False promises",
      isAbduction: "0",
      recruiterRelationFamily: "1",
      recruiterRelationUnknown: "0",
      RecruiterRelationship: "Family/Relative",
    });
    const historical = records.filter((r) => r.yearOfRegistration === "2017");
    expect(historical).toHaveLength(11);
    expect(historical[0]).toMatchObject({
      ageBroad: "9--17",
      majorityStatusAtExploit: "Minor",
      typeOfLabourAquafarming: "1",
    });
  });

  it("leaves no combination of quasi-identifiers shared by fewer than k = 10 victims, withholding what cannot be hidden", async () => {
    const res = await exportCtdc();
    const records = csvRecords(res.body);
    expect(Number(res.headers[exportHeaders.rows])).toBe(records.length);
    // The three victims of 2018 are a group of three whatever is blanked: they cannot be published.
    expect(res.headers[exportHeaders.withheld]).toBe("3");
    expect(records.length).toBe(12 + 11 + 90);
    expect(records.some((r) => r.yearOfRegistration === "2018")).toBe(false);
    for (const [combination, count] of combinations(records))
      expect(count, combination).toBeGreaterThanOrEqual(10);
    // Blanking is a last resort: most values survive.
    expect(records.every((r) => r.yearOfRegistration !== "")).toBe(true);
    expect(records.filter((r) => r.gender !== "").length).toBeGreaterThan(records.length / 2);
  });

  it("takes another k on request, blanking less for a smaller k", async () => {
    const strict = csvRecords((await exportCtdc()).body);
    const res = await exportCtdc({ k: 3 });
    const records = csvRecords(res.body);
    expect(res.headers[exportHeaders.withheld]).toBe("0");
    expect(records.filter((r) => r.yearOfRegistration === "2018")).toHaveLength(3);
    for (const [combination, count] of combinations(records))
      expect(count, combination).toBeGreaterThanOrEqual(3);
    const blanks = (rows: Record<string, string>[]) =>
      rows
        .filter((r) => r.yearOfRegistration !== "2018")
        .reduce((n, r) => n + (r.ageBroad === "" ? 1 : 0), 0);
    expect(blanks(records)).toBeLessThan(blanks(strict));
  });

  it("imports back through the CTDC importer (dry run) with no rejected row and the same number of victims", async () => {
    const res = await exportCtdc();
    const rows = Number(res.headers[exportHeaders.rows]);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(res.raw!)]), "gugus-ctdc.csv");
    form.append("format", "ctdc-k-anon-2021");
    form.append("dryRun", "true");
    const encoded = new Response(form);
    const cookieHeader = await signedInCookie();
    const started = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: cookieHeader, "content-type": encoded.headers.get("content-type")! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(started.statusCode, started.body).toBe(202);
    let result: ImportDto | null = null;
    for (let i = 0; i < 600 && !result; i++) {
      const polled = await coordinator.get(`/api/imports/${started.json().id}`);
      if (polled.body.status === "done" || polled.body.status === "failed") result = polled.body;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(result).toMatchObject({ status: "done", rowsRead: rows, valid: rows, rejected: 0, errors: [] });
    expect(result!.summary!.victims).toBe(rows);
  });

  it("writes the year and the flags of the XLSX as numbers", async () => {
    const res = await exportCtdc({ fileType: "xlsx" });
    const sheet = await xlsxSheet(res.raw!);
    expect(sheet.header).toEqual([...ctdcColumns]);
    const at = (name: string) => sheet.header.indexOf(name);
    const row = sheet.rows.find((r) => r[at("yearOfRegistration")] === 2016)!;
    expect(row[at("isForcedLabour")]).toBe(1);
    expect(row[at("isSexualExploit")]).toBe(0);
    expect(row[at("gender")]).toBe("Female");
  });

  /** The coordinator's session cookie, for the multipart upload the JSON client cannot send. */
  async function signedInCookie(): Promise<string> {
    const user = await t.factories.user({ role: "coordinator" });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email: user.email, password: user.password },
    });
    const raw = res.headers["set-cookie"];
    const header = (Array.isArray(raw) ? raw : [raw]).find((c) => c?.startsWith("gugus_session="))!;
    return header.split(";")[0]!;
  }
});
