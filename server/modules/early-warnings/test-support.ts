import { expect } from "vitest";
import { wibDate } from "../../lib/wib.ts";
import type { Client, TestApp } from "../../test/test-app.ts";

/** Kelurahan Cideng, Gambir: where the test reporters' office sits. */
export const CIDENG = "31.71.01.1002";
export const DESCRIPTION =
  "Seorang pria menawarkan kerja di restoran Malaysia kepada remaja di depan sekolah, gaji Rp8 juta, berangkat minggu depan tanpa paspor.";

/** Small files of each photo type: only the leading bytes the type check reads are real. */
export const samplePhotos = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
  png: Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(24, 7)]),
  // The start of a Windows program: what a renamed .exe really holds.
  exe: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(56)]),
};

/** A valid report, seen today in Cideng; overrides change one thing at a time. */
export function newWarning(overrides: Record<string, unknown> = {}) {
  return {
    kind: "suspicious_recruiter",
    urgency: "urgent",
    regionCode: CIDENG,
    placeDetail: "Depan SMP Negeri 1, Jl. Cideng Barat",
    observedOn: wibDate(new Date()),
    observedTime: null,
    description: DESCRIPTION,
    ...overrides,
  };
}

/** An urban-village office of the task force, as a lurah's organisation. */
export function villageOffice(t: TestApp, regionCode = CIDENG) {
  return t.factories.organization({ typeCode: "urban_village", regionCode });
}

/** A second signed-in member of an organisation (t.as caches one per role and organisation). */
export async function colleagueIn(
  t: TestApp,
  organizationId: string,
  role: "field_reporter" = "field_reporter",
) {
  const user = await t.factories.user({ role, organizationId });
  return t.signIn(user.email, user.password);
}

/** Files a warning and returns its body, failing the test with the answer when refused. */
export async function file(by: Client, overrides: Record<string, unknown> = {}) {
  const res = await by.post("/api/early-warnings", newWarning(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; status: string };
}
