import { randomUUID } from "node:crypto";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import type { AppContext } from "../app-context.ts";
import type { Db } from "../db/database.ts";
import {
  assessments,
  caseCounters,
  caseEvents,
  casePeople,
  caseRoutePoints,
  cases,
  complaints,
  consents,
  legalProcesses,
  legalProcessSuspects,
  people,
  referrals,
  restitutions,
  services,
} from "../db/schema/index.ts";
import { encryptField } from "../lib/crypto/field-encryption.ts";
import { pseudonymousCode } from "../lib/crypto/pseudonym.ts";
import { wibDate } from "../lib/wib.ts";
import { formatCaseNumber } from "../modules/cases/case-number.ts";
import { PERSON_CODE_PREFIX } from "../modules/cases/cases.service.ts";
import { ageFacts } from "../modules/people/person-age.ts";
import { sealIdentity } from "../modules/people/person-identity.ts";
import { demoPersonName } from "./demo-people.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator, DemoRefs } from "./seed-demo.ts";

/**
 * Cases identified per year at scale 1: a realistic load for one city, rising every year as
 * the task force reports. Scales up to 9 multiply it; from LOAD_SCALE up the data set is a
 * load test sized by the case issue's benchmark (10,000 cases per unit of scale: 100,000 at
 * scale 10), not a more realistic city.
 */
const casesPerYear: [number, number][] = [
  [2020, 38],
  [2021, 52],
  [2022, 61],
  [2023, 74],
  [2024, 88],
  [2025, 103],
  [2026, 110],
];
const REALISTIC_TOTAL = casesPerYear.reduce((sum, [, n]) => sum + n, 0);
const LOAD_SCALE = 10;
const LOAD_CASES_PER_SCALE = 10_000;

export type Weighted<T> = [T, number][];
export function weighted<T>(random: Random, table: Weighted<T>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

const forms: Weighted<string> = [
  ["irregular_migrant_work", 25],
  ["sexual_exploitation", 24],
  ["online_scam_compound", 12],
  ["domestic_work", 10],
  ["child_exploitation", 8],
  ["forced_begging", 5],
  ["ship_crew", 5],
  ["fake_internship", 5],
  ["forced_marriage", 3],
  ["other", 3],
];
// Most victims handled in Jakarta come from elsewhere: by province of origin.
const origins: Weighted<string> = [
  ["jakarta", 25],
  ["32", 24],
  ["33", 12],
  ["35", 10],
  ["36", 7],
  ["52", 6],
  ["53", 6],
  ["18", 3],
  ["12", 3],
  ["73", 2],
  ["61", 2],
];
const abroad: Record<string, Weighted<string>> = {
  irregular_migrant_work: [
    ["MY", 40],
    ["SA", 20],
    ["AE", 10],
    ["HK", 10],
    ["TW", 10],
    ["SG", 10],
  ],
  online_scam_compound: [
    ["KH", 55],
    ["MM", 25],
    ["LA", 10],
    ["PH", 10],
  ],
  ship_crew: [
    ["TW", 40],
    ["KR", 30],
    ["ZA", 15],
    ["PE", 15],
  ],
  fake_internship: [
    ["JP", 50],
    ["DE", 25],
    ["TW", 25],
  ],
  forced_marriage: [["CN", 100]],
};
const meansByForm: Record<string, string[]> = {
  irregular_migrant_work: ["deception", "forgery", "debt_bondage"],
  online_scam_compound: ["deception", "confinement", "use_of_violence"],
  sexual_exploitation: ["deception", "abuse_of_power_or_vulnerability", "threat_of_violence"],
  domestic_work: ["deception", "debt_bondage", "confinement"],
};
const legalLadder = [
  "police_report",
  "investigation",
  "dossier_complete",
  "handover_stage_two",
  "prosecution_demand",
  "district_court_verdict",
  "final_execution",
];
const referralTargets = ["polres", "sudin_sosial", "rsud_tarakan", "lbh_apik", "lpsk"];
const servicesByTarget: Record<string, string[]> = {
  polres: ["legal_accompaniment"],
  sudin_sosial: ["social_rehabilitation", "temporary_shelter", "repatriation"],
  rsud_tarakan: ["health_rehabilitation"],
  lbh_apik: ["legal_aid", "restitution_facilitation"],
  lpsk: ["restitution_facilitation", "psychological_support"],
};
const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan").map((r) => r.code);

const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Rows = {
  cases: (typeof cases.$inferInsert)[];
  route: (typeof caseRoutePoints.$inferInsert)[];
  people: (typeof people.$inferInsert)[];
  links: (typeof casePeople.$inferInsert)[];
  complaints: (typeof complaints.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
  assessments: (typeof assessments.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  services: (typeof services.$inferInsert)[];
  legal: (typeof legalProcesses.$inferInsert)[];
  suspects: (typeof legalProcessSuspects.$inferInsert)[];
  restitutions: (typeof restitutions.$inferInsert)[];
  events: (typeof caseEvents.$inferInsert)[];
};
const emptyRows = (): Rows => ({
  cases: [],
  route: [],
  people: [],
  links: [],
  complaints: [],
  consents: [],
  assessments: [],
  referrals: [],
  services: [],
  legal: [],
  suspects: [],
  restitutions: [],
  events: [],
});

/** Writes rows in statements of `size`, which keeps each under PostgreSQL's parameter limit. */
export async function insertAll<T extends Record<string, unknown>>(
  db: Db,
  table: Parameters<Db["insert"]>[0],
  rows: T[],
) {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
  }
}

type CaseContext = {
  ctx: AppContext;
  random: Random;
  refs: DemoRefs;
  rows: Rows;
  todayMs: number;
  caseManagers: string[];
  /** Codes drawn so far: 40 random bits collide about once in 25 demos at scale 10. */
  codes: Set<string>;
};

function freshCode(c: { codes: Set<string> }, prefix: string): string {
  let code = pseudonymousCode(prefix);
  while (c.codes.has(code)) code = pseudonymousCode(prefix);
  c.codes.add(code);
  return code;
}

function origin(random: Random): { regionCode: string | null; fromJakarta: boolean } {
  const province = weighted(random, origins);
  if (province === "jakarta") return { regionCode: random.pick(kelurahan), fromJakarta: true };
  return { regionCode: province, fromJakarta: false };
}

function addPerson(c: CaseContext, caseId: string, identifiedOn: string, role: string, child: boolean) {
  const { random, rows, ctx } = c;
  const id = randomUUID();
  const identifiedYear = Number(identifiedOn.slice(0, 4));
  const age = child ? random.int(12, 17) : random.int(18, 45);
  const birthMs = Date.UTC(identifiedYear - age - 1, random.int(0, 11), random.int(1, 28));
  const birthDate = random.chance(0.7) ? isoDay(birthMs) : null;
  const home = origin(random);
  const name = demoPersonName(random);
  rows.people.push({
    id,
    taskForceId: c.refs.taskForceId,
    code: freshCode(c, PERSON_CODE_PREFIX),
    ...sealIdentity(ctx.keyring, id, {
      name,
      birthDate,
      nik:
        role === "victim" && random.chance(0.5)
          ? `${random.int(1101, 9471)}${String(random.int(0, 99_999_999_999)).padStart(12, "0")}`
          : null,
    }),
    sexCode:
      role === "victim" ? (random.chance(0.7) ? "female" : "male") : random.chance(0.8) ? "male" : "female",
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
    nationalityCode: "ID",
    originRegionCode: home.regionCode,
    educationCode: random.pick(["primary", "lower_secondary", "upper_secondary", "unknown"]),
    maritalStatusCode: child ? "never_married" : random.pick(["never_married", "married", "divorced"]),
    createdAt: new Date(`${identifiedOn}T03:00:00Z`),
  });
  const facts = ageFacts(identifiedOn, { birthDate, ageAtExploitation: birthDate ? null : age });
  const linkId = randomUUID();
  rows.links.push({
    id: linkId,
    caseId,
    personId: id,
    role,
    ageAtExploitation: facts.age,
    isChild: facts.isChild,
    ageGroupCode: facts.ageGroupCode,
    relationToVictimCode:
      role === "suspect"
        ? random.pick(["agent_recruiter", "partner_or_friend", "stranger", "employer"])
        : null,
  });
  return { linkId, code: rows.people.at(-1)!.code };
}

/** One case with its people, care, legal process and timeline, consistent with its age. */
function addCase(c: CaseContext, year: number, seq: number) {
  const { random, rows, refs, todayMs } = c;
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Math.min(Date.UTC(year, 11, 31), todayMs - day);
  const identifiedMs = yearStart + Math.floor(random.next() * (yearEnd - yearStart));
  const identifiedOn = isoDay(identifiedMs);
  const ageDays = (todayMs - identifiedMs) / day;
  const form = weighted(random, forms);
  const caseId = randomUUID();
  const closed = ageDays > 400 ? random.chance(0.85) : ageDays > 150 ? random.chance(0.4) : false;
  const status = closed ? "closed" : ageDays > 20 || random.chance(0.5) ? "in_service" : "open";
  const at = (days: number) => new Date(identifiedMs + Math.min(days, Math.max(ageDays - 1, 0)) * day);
  const number = formatCaseNumber("31.71", year, seq);
  const manager = random.chance(0.5)
    ? refs.userIds.get("manajer.kasus@demo.gugus.id")!
    : random.pick(c.caseManagers);
  rows.cases.push({
    id: caseId,
    taskForceId: refs.taskForceId,
    number,
    year,
    seq,
    title: `Kasus ${form.replace(/_/g, " ")} ${number.slice(-4)}`,
    status,
    leadOrganizationId: refs.organizationIds.get("upt_pppa")!,
    caseManagerId: manager,
    identifiedOn,
    identifiedRegionCode: random.pick(kelurahan),
    exploitationForms: random.chance(0.1)
      ? [form, "sexual_exploitation"].filter((f, i, a) => a.indexOf(f) === i)
      : [form],
    means: [random.pick(meansByForm[form] ?? ["deception"])],
    acts: ["recruitment", random.pick(["transportation", "harbouring", "sending"])],
    recruitmentMethod: random.pick([
      "Tawaran kerja lewat media sosial",
      "Dibujuk tetangga",
      "Lowongan palsu di grup WhatsApp",
      "Agen penyalur tanpa izin",
    ]),
    recruiterRelation: random.pick(["agent_recruiter", "partner_or_friend", "neighbour", "relative"]),
    recruitmentPlatform: random.chance(0.5)
      ? random.pick(["Facebook", "TikTok", "WhatsApp", "MiChat", "Telegram"])
      : null,
    riskLevel: random.pick(["low", "medium", "medium", "high", "critical"]),
    closureRequestedAt: closed ? at(ageDays - 10) : null,
    closureReason: closed ? "Seluruh layanan telah diberikan dan korban telah kembali ke keluarga." : null,
    closureChecklist: closed ? [] : null,
    closedAt: closed ? at(ageDays - 5) : null,
    createdAt: at(0),
    updatedAt: at(ageDays),
  });
  const destination = abroad[form]
    ? { countryCode: weighted(random, abroad[form]!) }
    : { regionCode: random.pick(kelurahan) };
  rows.route.push(
    {
      caseId,
      position: 0,
      kind: "origin",
      regionCode: weighted(random, origins.slice(1)),
      countryCode: null,
    },
    {
      caseId,
      position: 1,
      kind: "destination",
      regionCode: destination.regionCode ?? null,
      countryCode: destination.countryCode ?? null,
      placeTypeCode: random.pick(["boarding_house", "hotel", "workplace", "house", "online_app"]),
    },
  );
  rows.complaints.push({
    taskForceId: refs.taskForceId,
    trackingCode: freshCode(c, "ADU"),
    source: "staff",
    channelCode: random.pick(["hotline", "walk_in", "agency_referral", "police", "messaging"]),
    receivedAt: at(0),
    reporterAnonymous: true,
    storyEnc: "",
    status: "triaged",
    triageOutcome: "case_opened",
    triagedAt: at(0),
    caseId,
    createdAt: at(0),
  });
  rows.events.push({ caseId, kind: "case.opened", occurredAt: at(0), data: { number } });

  const victimCount = weighted(random, [
    [1, 60],
    [2, 25],
    [3, 10],
    [5, 5],
  ]);
  const child = form === "child_exploitation" || random.chance(0.25);
  const victims = Array.from({ length: victimCount }, () =>
    addPerson(c, caseId, identifiedOn, "victim", child),
  );
  const suspects = Array.from({ length: random.int(1, 2) }, () =>
    addPerson(c, caseId, identifiedOn, "suspect", false),
  );
  for (const [role, list] of [
    ["victim", victims],
    ["suspect", suspects],
  ] as const) {
    for (const p of list)
      rows.events.push({ caseId, kind: "person.added", occurredAt: at(0), data: { code: p.code, role } });
  }

  for (const victim of victims) {
    const consentId = randomUUID();
    rows.consents.push({
      id: consentId,
      casePersonId: victim.linkId,
      givenBy: child ? "guardian" : "victim",
      method: "written",
      givenOn: isoDay(at(1).getTime()),
    });
    rows.assessments.push({
      casePersonId: victim.linkId,
      assessedOn: isoDay(at(2).getTime()),
      needs: ["health", "psychosocial", random.pick(["shelter", "return_home", "legal", "documents"])],
      riskLevel: random.pick(["low", "medium", "high"]),
    });
    for (const target of new Set([random.pick(referralTargets), random.pick(referralTargets)])) {
      const sentDays = random.int(1, 6);
      const referralId = randomUUID();
      const referralState = closed
        ? "completed"
        : weighted(random, [
            ["sent", ageDays < 10 ? 40 : 8],
            ["accepted", 40],
            ["declined", 7],
            ["completed", 45],
          ]);
      const types = servicesByTarget[target]!;
      rows.referrals.push({
        id: referralId,
        taskForceId: refs.taskForceId,
        caseId,
        casePersonId: victim.linkId,
        fromOrganizationId: refs.organizationIds.get("upt_pppa")!,
        toOrganizationId: refs.organizationIds.get(target)!,
        serviceTypes: [random.pick(types)],
        sharedFields: ["name", "birthDate"],
        status: referralState,
        consentId,
        dueAt: new Date(at(sentDays).getTime() + 3 * day),
        respondedAt: referralState === "sent" ? null : at(sentDays + 1),
        declineReason: referralState === "declined" ? "Di luar kewenangan layanan kami" : null,
        completedAt: referralState === "completed" ? at(sentDays + 30) : null,
        createdAt: at(sentDays),
      });
      rows.events.push({
        caseId,
        kind: "referral.sent",
        occurredAt: at(sentDays),
        data: {
          referralId,
          personCode: victim.code,
          fromOrganizationId: refs.organizationIds.get("upt_pppa")!,
          toOrganizationId: refs.organizationIds.get(target)!,
          serviceTypes: rows.referrals.at(-1)!.serviceTypes,
          sharedFields: ["name", "birthDate"],
          consentOverridden: false,
        },
      });
      if (referralState === "accepted" || referralState === "completed") {
        const delivered = referralState === "completed" || random.chance(0.5);
        const serviceId = randomUUID();
        rows.services.push({
          id: serviceId,
          caseId,
          casePersonId: victim.linkId,
          serviceTypeCode: rows.referrals.at(-1)!.serviceTypes[0]!,
          providerOrganizationId: refs.organizationIds.get(target)!,
          referralId,
          status: delivered ? "delivered" : "in_progress",
          startedOn: isoDay(at(sentDays + 2).getTime()),
          endedOn: delivered ? isoDay(at(sentDays + 25).getTime()) : null,
          createdAt: at(sentDays + 2),
        });
        const service = rows.services.at(-1)!;
        rows.events.push({
          caseId,
          kind: "service.recorded",
          occurredAt: at(sentDays + 2),
          data: {
            serviceId,
            personCode: victim.code,
            serviceTypeCode: service.serviceTypeCode,
            providerOrganizationId: service.providerOrganizationId,
            status: service.status,
            referralId,
          },
        });
      }
    }
  }

  if (random.chance(0.6)) {
    const legalId = randomUUID();
    const reach = Math.min(legalLadder.length - 1, Math.floor(ageDays / 90));
    const stopped = reach >= 2 && random.chance(0.1);
    const stage = stopped ? "investigation_stopped" : legalLadder[random.int(0, reach)]!;
    const verdictReached = legalLadder.indexOf(stage) >= legalLadder.indexOf("district_court_verdict");
    rows.legal.push({
      id: legalId,
      caseId,
      policeReportNumber: `LP/B/${random.int(100, 999)}/${year}/SPKT/POLRES METRO JAKPUS`,
      policeUnit: "Unit PPA Satreskrim Polres Metro Jakarta Pusat",
      reportedOn: isoDay(at(3).getTime()),
      stageCode: stage,
      stageOn: isoDay(at(Math.min(ageDays, 90 * (reach + 1))).getTime()),
      articlesCharged: "Pasal 2 ayat (1) UU No. 21 Tahun 2007",
      verdict: verdictReached ? (random.chance(0.9) ? "convicted" : "acquitted") : null,
      verdictOn: verdictReached ? isoDay(at(ageDays - 20).getTime()) : null,
      sentenceMonths: verdictReached ? random.int(36, 120) : null,
      lpskProtection: random.pick(["none", "none", "requested", "granted"]),
      createdAt: at(3),
      updatedAt: at(ageDays),
    });
    rows.suspects.push(...suspects.map((s) => ({ legalProcessId: legalId, casePersonId: s.linkId })));
    rows.events.push({
      caseId,
      kind: "legal.recorded",
      occurredAt: at(3),
      data: { legalProcessId: legalId, stage, suspects: suspects.map((s) => s.code) },
    });
    if (verdictReached && rows.legal.at(-1)!.verdict === "convicted") {
      const requested = random.int(20, 200) * 1_000_000;
      const awarded = Math.round(requested * (0.3 + random.next() * 0.6));
      // Nationally about a tenth of what is requested gets paid: most awards stay unpaid.
      const paid = random.chance(0.25);
      rows.restitutions.push({
        legalProcessId: legalId,
        casePersonId: victims[0]!.linkId,
        stageCode: paid ? "paid" : "awarded",
        requestedRupiah: requested,
        requestedOn: isoDay(at(60).getTime()),
        demandedRupiah: requested,
        demandedOn: isoDay(at(ageDays - 40).getTime()),
        awardedRupiah: awarded,
        awardedOn: isoDay(at(ageDays - 20).getTime()),
        paidRupiah: paid ? awarded : null,
        paidOn: paid ? isoDay(at(ageDays - 5).getTime()) : null,
      });
    }
  }
  if (closed)
    rows.events.push({
      caseId,
      kind: "case.closed",
      occurredAt: at(ageDays - 5),
      data: { from: "in_service" },
    });
}

async function flush(db: Db, rows: Rows) {
  await insertAll(db, cases, rows.cases);
  await insertAll(db, caseRoutePoints, rows.route);
  await insertAll(db, people, rows.people);
  await insertAll(db, casePeople, rows.links);
  await insertAll(db, complaints, rows.complaints);
  await insertAll(db, consents, rows.consents);
  await insertAll(db, assessments, rows.assessments);
  await insertAll(db, referrals, rows.referrals);
  await insertAll(db, services, rows.services);
  await insertAll(db, legalProcesses, rows.legal);
  await insertAll(db, legalProcessSuspects, rows.suspects);
  await insertAll(db, restitutions, rows.restitutions);
  await insertAll(db, caseEvents, rows.events);
}

const queueStories = [
  "Tetangga saya dijanjikan kerja di restoran di Malaysia, paspornya ditahan agen dan tidak bisa dihubungi.",
  "Ada anak perempuan usia sekolah yang sering dijemput pria dewasa di kos-kosan dekat pasar pada malam hari.",
  "Lowongan kerja admin di luar negeri gaji besar di grup WhatsApp, katanya tanpa biaya, berangkat minggu depan.",
  "Adik saya berangkat magang ke Jepang lewat LPK, sekarang disuruh kerja di pabrik tanpa gaji.",
  "Saya melihat beberapa remaja menginap di hotel melati bersama seorang pria yang mengatur tamu lewat aplikasi.",
];

/**
 * The intake queue as a coordinator meets it on a Monday: a few fresh reports from the public
 * form and the hotline, some under review, and older ones found not to be trafficking.
 */
function intakeQueue(ctx: AppContext, random: Random, refs: DemoRefs, todayMs: number) {
  const states: [string, string | null, number][] = [
    ["received", null, 5],
    ["under_review", null, 3],
    ["triaged", "not_tppo", 4],
    ["triaged", "referred_elsewhere", 2],
  ];
  return states.flatMap(([status, outcome, count]) =>
    Array.from({ length: count }, () => {
      const id = randomUUID();
      const receivedAt = new Date(
        todayMs - random.int(1, status === "triaged" ? 200 : 6) * day + random.int(0, 86_000) * 1000,
      );
      const source = random.chance(0.6) ? "public" : "staff";
      return {
        id,
        taskForceId: refs.taskForceId,
        trackingCode: pseudonymousCode("ADU"),
        source,
        channelCode: source === "public" ? "web_form" : random.pick(["hotline", "walk_in", "messaging"]),
        receivedAt,
        reporterAnonymous: source === "public",
        storyEnc: encryptField(ctx.keyring, random.pick(queueStories), `complaints.story:${id}`),
        placeRegionCode: random.pick(kelurahan),
        status,
        triageOutcome: outcome,
        triageReason:
          outcome === "not_tppo"
            ? "Sengketa upah biasa, tidak ada unsur proses, cara, dan tujuan eksploitasi."
            : outcome
              ? "Diteruskan ke Disnakertrans untuk perselisihan hubungan kerja."
              : null,
        referredToName: outcome === "referred_elsewhere" ? "Suku Dinas Nakertrans Jakarta Pusat" : null,
        triagedAt: outcome ? new Date(receivedAt.getTime() + 2 * day) : null,
        createdAt: receivedAt,
      };
    }),
  );
}

export const casesGenerator: DemoGenerator = {
  name: "kasus / cases",
  async run({ ctx, random, scale, refs }) {
    const factor = scale < LOAD_SCALE ? scale : (LOAD_CASES_PER_SCALE * scale) / REALISTIC_TOTAL;
    const caseManagers = [...refs.userIds.entries()]
      .filter(([key]) => key.startsWith("staff_"))
      .map(([, id]) => id)
      .slice(0, 8);
    const todayMs = Date.parse(`${wibDate(ctx.now())}T00:00:00Z`);
    let total = 0;
    const counters: (typeof caseCounters.$inferInsert)[] = [];
    const codes = new Set<string>();
    for (const [year, perYear] of casesPerYear) {
      const count = Math.round(perYear * factor);
      // Written a few thousand cases at a time, so memory stays flat at any scale.
      for (let start = 0; start < count; start += 2000) {
        const rows = emptyRows();
        const c: CaseContext = {
          ctx,
          random,
          refs,
          rows,
          todayMs,
          codes,
          caseManagers: caseManagers.length
            ? caseManagers
            : [refs.userIds.get("manajer.kasus@demo.gugus.id")!],
        };
        for (let seq = start + 1; seq <= Math.min(count, start + 2000); seq++) addCase(c, year, seq);
        // The demo's complaints keep no story: an empty token is refused by decryptField, so one is sealed.
        for (const complaint of rows.complaints) {
          const id = randomUUID();
          complaint.id = id;
          complaint.storyEnc = encryptField(
            ctx.keyring,
            "Laporan dicatat dari data demo.",
            `complaints.story:${id}`,
          );
        }
        await flush(ctx.db, rows);
      }
      counters.push({ taskForceId: refs.taskForceId, year, lastSeq: count });
      total += count;
    }
    await insertAll(ctx.db, caseCounters, counters);
    await insertAll(ctx.db, complaints, intakeQueue(ctx, random, refs, todayMs));
    return total;
  },
};
