import type { CreateActivityInput } from "../../../shared/prevention.ts";
import type { TestApp } from "../../test/test-app.ts";

export const CIDENG = "31.71.01.1002";
export const GAMBIR = "31.71.01.1001";
export const PASAR_BARU = "31.71.02.1001";

/** The tests' clock: 10 March 2026, 10:00 WIB. */
export const NOW = new Date("2026-03-10T03:00:00Z");

/** A socialisation held in Cideng on 2 March 2026, as the form would send it. */
export function heldSocialisation(overrides: Partial<CreateActivityInput> = {}): CreateActivityInput {
  return {
    typeCode: "awareness_session",
    title: "Sosialisasi bahaya TPPO bagi remaja",
    status: "held",
    startsAt: "2026-03-02T09:00:00+07:00",
    endsAt: "2026-03-02T11:00:00+07:00",
    placeKind: "kelurahan",
    regionCode: CIDENG,
    placeDetail: "Aula kantor kelurahan",
    targetGroupCodes: ["students", "parents"],
    partnerOrganizationIds: [],
    ...overrides,
  };
}

/** Two kelurahan offices with a field reporter each, and the secretariat's coordinator; the clock fixed. */
export async function preventionCast(t: TestApp) {
  t.ctx.now = () => NOW;
  const cideng = await t.factories.organization({
    name: "Kelurahan Cideng (uji)",
    typeCode: "urban_village",
    regionCode: CIDENG,
  });
  const gambir = await t.factories.organization({
    name: "Kelurahan Gambir (uji)",
    typeCode: "urban_village",
    regionCode: GAMBIR,
  });
  return {
    cideng,
    gambir,
    lurahCideng: await t.as("field_reporter", { organizationId: cideng.id }),
    lurahGambir: await t.as("field_reporter", { organizationId: gambir.id }),
    coordinator: await t.as("coordinator"),
    leadership: await t.as("leadership"),
  };
}

export const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

export const messageOf = (
  res: { body: { error: { details: { field: string; message: string }[] } } },
  field: string,
) => res.body.error.details.find((d) => d.field === field)?.message;

export const EN = { "accept-language": "en" };
