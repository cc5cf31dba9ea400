import { createHash, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import type { AppContext } from "../app-context.ts";
import {
  caseEvents,
  cases,
  complaints,
  earlyWarningEvents,
  earlyWarningPhotos,
  earlyWarnings,
  organizations,
  users,
  vocabularyTerms,
} from "../db/schema/index.ts";
import { encryptBytes, encryptField } from "../lib/crypto/field-encryption.ts";
import { pseudonymousCode } from "../lib/crypto/pseudonym.ts";
import { wibDate } from "../lib/wib.ts";
import { complaintContexts, TRACKING_CODE_PREFIX } from "../modules/complaints/complaint-intake.ts";
import { complaintStory } from "../modules/early-warnings/early-warning-flow.ts";
import { photoContext } from "../modules/early-warnings/early-warning-photo.ts";
import { descriptionContext, WARNING_CODE_PREFIX } from "../modules/early-warnings/early-warnings.service.ts";
import { insertAll, type Weighted, weighted } from "./demo-cases.ts";
import {
  accounts,
  closedReasons,
  closingNotes,
  demoPhoto,
  places,
  policeUnits,
} from "./demo-early-warning-content.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator, DemoRefs } from "./seed-demo.ts";

/**
 * Early warnings filed per year at scale 1: a few hundred over the years, more as lurah and
 * schools learn to use the form. The current year counts only up to today.
 */
const warningsPerYear: [number, number][] = [
  [2020, 22],
  [2021, 31],
  [2022, 38],
  [2023, 46],
  [2024, 58],
  [2025, 64],
  [2026, 41],
];
// Reports of the last three weeks, on top of the yearly ones: what is still in motion.
const RECENT_PER_SCALE = 14;
const PHOTOS_PER_SCALE = 12;
const DEMO_LURAH_VILLAGE = "31.71.01.1002";
const DEMO_LURAH_EMAIL = "lurah.cideng@demo.gugus.id";

/**
 * Where warnings come from, unevenly: the dense, transit-heavy kelurahan around Tanah Abang,
 * Senen and Johar Baru report most; a few quiet ones have never filed one, which the coverage
 * view should show as a gap.
 */
const hotspots: Record<string, number> = {
  [DEMO_LURAH_VILLAGE]: 7, // Cideng: the demo lurah's own, so the account has a history
  "31.71.07.1007": 9, // Kampung Bali
  "31.71.07.1006": 8, // Kebon Kacang
  "31.71.07.1005": 7, // Kebon Melati
  "31.71.04.1004": 8, // Kramat
  "31.71.04.1001": 6, // Senen
  "31.71.08.1004": 9, // Tanah Tinggi
  "31.71.08.1003": 7, // Galur
  "31.71.03.1004": 6, // Serdang
  "31.71.02.1005": 5, // Mangga Dua Selatan
  "31.71.06.1004": 0, // Gondangdia
  "31.71.06.1001": 0, // Menteng
  "31.71.05.1002": 0, // Cempaka Putih Barat
};
const villageWeights: Weighted<string> = jakartaPusatRegions
  .filter((r) => r.level === "kelurahan")
  .map((r) => [r.code, hotspots[r.code] ?? 2]);

const kinds: Weighted<string> = [
  ["online_job_offer", 22],
  ["suspicious_job_offer", 18],
  ["suspicious_recruiter", 15],
  ["child_absent_from_school", 12],
  ["suspicious_lodging", 12],
  ["unlicensed_migrant_placement", 10],
  ["missing_person", 6],
  ["other", 5],
];
const urgencies: Weighted<string> = [
  ["normal", 60],
  ["urgent", 30],
  ["emergency", 10],
];
type Status = "new" | "verified" | "escalated" | "closed";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Where a warning stands, by how long ago it was filed: old ones are mostly settled. */
function statusFor(random: Random, ageDays: number): Status {
  const table: Weighted<Status> =
    ageDays < 7
      ? [
          ["new", 45],
          ["verified", 25],
          ["escalated", 20],
          ["closed", 10],
        ]
      : ageDays < 30
        ? [
            ["new", 10],
            ["verified", 20],
            ["escalated", 35],
            ["closed", 35],
          ]
        : ageDays < 180
          ? [
              ["new", 2],
              ["verified", 5],
              ["escalated", 25],
              ["closed", 68],
            ]
          : [
              ["escalated", 10],
              ["closed", 90],
            ];
  return weighted(random, table);
}

type Person = { id: string; name: string; email: string; organizationId: string; organizationName: string };
type WarningRow = typeof earlyWarnings.$inferInsert & {
  id: string;
  code: string;
  observedTime: string | null;
};

type Context = {
  ctx: AppContext;
  random: Random;
  refs: DemoRefs;
  todayMs: number;
  lurahOf: Map<string, Person>;
  demoLurah: Person;
  caseManagers: Person[];
  secretariat: Person[];
  kindLabels: Map<string, string>;
  casesByDay: { id: string; identifiedOn: string }[];
  photoBudget: number;
  rows: {
    complaints: (typeof complaints.$inferInsert)[];
    warnings: WarningRow[];
    photos: (typeof earlyWarningPhotos.$inferInsert)[];
    events: (typeof earlyWarningEvents.$inferInsert)[];
    caseEvents: (typeof caseEvents.$inferInsert)[];
  };
};

async function loadContext(ctx: AppContext, random: Random, refs: DemoRefs, scale: number): Promise<Context> {
  const staff = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      organizationRegion: organizations.regionCode,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.taskForceId, refs.taskForceId))
    .orderBy(asc(users.email));
  const terms = await ctx.db
    .select({ code: vocabularyTerms.code, label: vocabularyTerms.labelId })
    .from(vocabularyTerms)
    .where(eq(vocabularyTerms.kind, "early_warning_type"));
  const casesByDay = await ctx.db
    .select({ id: cases.id, identifiedOn: cases.identifiedOn })
    .from(cases)
    .where(eq(cases.taskForceId, refs.taskForceId))
    .orderBy(asc(cases.identifiedOn), asc(cases.id));
  const reporters = staff.filter((u) => u.role === "field_reporter");
  return {
    ctx,
    random,
    refs,
    todayMs: Date.parse(`${wibDate(ctx.now())}T00:00:00Z`),
    lurahOf: new Map(reporters.map((u) => [u.organizationRegion, u])),
    demoLurah: reporters.find((u) => u.email === DEMO_LURAH_EMAIL)!,
    caseManagers: staff.filter((u) => u.role === "case_manager"),
    secretariat: staff.filter((u) => u.role === "coordinator"),
    kindLabels: new Map(terms.map((t) => [t.code, t.label])),
    casesByDay,
    photoBudget: PHOTOS_PER_SCALE * scale,
    rows: { complaints: [], warnings: [], photos: [], events: [], caseEvents: [] },
  };
}

/** One of the twenty cases identified last before the day: a complaint joins a case already open. */
function caseBefore(c: Context, day: string) {
  let lo = 0;
  let hi = c.casesByDay.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.casesByDay[mid]!.identifiedOn <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : c.casesByDay[c.random.int(Math.max(0, lo - 20), lo - 1)]!;
}

/**
 * The complaint an escalated warning became, consistent with what the service writes: the
 * warning's story and place on the early-warning channel; triaged once a couple of weeks old,
 * often into a case already open (with the case's timeline saying so).
 */
function addComplaint(
  c: Context,
  warning: WarningRow,
  description: string,
  reporter: Person,
  officer: Person,
) {
  const { random, rows, ctx } = c;
  const id = randomUUID();
  const receivedAt = warning.escalatedAt!;
  const settled = (c.todayMs - receivedAt.getTime()) / DAY > 14;
  const attached = settled && random.chance(0.45) ? caseBefore(c, isoDay(receivedAt.getTime())) : null;
  const outcome = !settled
    ? null
    : attached
      ? "case_attached"
      : weighted(random, [
          ["not_tppo", 60],
          ["referred_elsewhere", 40],
        ] as Weighted<string>);
  const triagedAt = outcome ? new Date(receivedAt.getTime() + random.int(1, 5) * DAY) : null;
  const trackingCode = pseudonymousCode(TRACKING_CODE_PREFIX);
  const story = complaintStory(warning, description, {
    kind: c.kindLabels.get(warning.kindCode) ?? null,
    name: reporter.name,
    email: reporter.email,
    organization: reporter.organizationName,
  });
  rows.complaints.push({
    id,
    taskForceId: c.refs.taskForceId,
    trackingCode,
    source: "staff",
    channelCode: "early_warning",
    receivedAt,
    reporterAnonymous: false,
    reporterNameEnc: encryptField(ctx.keyring, reporter.name, complaintContexts.reporterName(id)),
    reporterContactEnc: encryptField(ctx.keyring, reporter.email, complaintContexts.reporterContact(id)),
    reporterRelation: `Pelapor kewaspadaan dini, ${reporter.organizationName}`,
    storyEnc: encryptField(ctx.keyring, story, complaintContexts.story(id)),
    placeRegionCode: warning.regionCode,
    placeDetail: warning.placeDetail,
    status: outcome ? "triaged" : random.chance(0.5) ? "under_review" : "received",
    triageOutcome: outcome,
    triageReason:
      outcome === "not_tppo"
        ? "Setelah penjangkauan tidak ditemukan unsur proses, cara, dan tujuan eksploitasi."
        : outcome === "referred_elsewhere"
          ? "Diteruskan ke Sudin Nakertrans untuk pengawasan penyalur tenaga kerja."
          : null,
    referredToName: outcome === "referred_elsewhere" ? "Suku Dinas Nakertrans Jakarta Pusat" : null,
    triagedById: outcome ? officer.id : null,
    triagedAt,
    caseId: attached?.id ?? null,
    recordedById: officer.id,
    createdAt: receivedAt,
    updatedAt: triagedAt ?? receivedAt,
  });
  if (attached && triagedAt) {
    rows.caseEvents.push({
      caseId: attached.id,
      kind: "complaint.linked",
      occurredAt: triagedAt,
      actorId: officer.id,
      data: { trackingCode },
    });
  }
  warning.escalatedTo = "complaint";
  warning.complaintId = id;
}

function addPhoto(c: Context, warningId: string, at: Date) {
  const bytes = demoPhoto(c.random);
  c.rows.photos.push({
    earlyWarningId: warningId,
    mimeType: "image/png",
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    contentEnc: encryptBytes(c.ctx.keyring, bytes, photoContext(warningId)),
    createdAt: at,
  });
}

/** One warning filed then, there, taken as far along the flow as its age makes likely. */
function addWarning(c: Context, filedMs: number, regionCode: string, sender?: Person) {
  const { random, rows, todayMs } = c;
  const home = c.lurahOf.get(regionCode);
  const reporter =
    sender ??
    (random.chance(0.8) && home
      ? home
      : random.chance(0.6) && c.caseManagers.length
        ? random.pick(c.caseManagers)
        : random.pick(c.secretariat));
  const kind = weighted(random, kinds);
  const status = statusFor(random, (todayMs - filedMs) / DAY);
  const id = randomUUID();
  const description = random.pick(accounts[kind]!);
  const warning: WarningRow = {
    id,
    taskForceId: c.refs.taskForceId,
    code: pseudonymousCode(WARNING_CODE_PREFIX),
    kindCode: kind,
    urgency: weighted(random, urgencies),
    regionCode,
    placeDetail: random.chance(0.8) ? random.pick(places[kind]!) : null,
    observedOn: isoDay(filedMs - random.int(0, 5) * DAY),
    observedTime: random.chance(0.6)
      ? `${String(random.int(6, 22)).padStart(2, "0")}:${random.pick(["00", "15", "30", "45"])}`
      : null,
    descriptionEnc: encryptField(c.ctx.keyring, description, descriptionContext(id)),
    status,
    reportedById: reporter.id,
    organizationId: reporter.organizationId,
    createdAt: new Date(filedMs),
  };
  rows.warnings.push(warning);
  rows.events.push({
    earlyWarningId: id,
    status: "new",
    occurredAt: new Date(filedMs),
    actorId: reporter.id,
  });
  if (rows.photos.length < c.photoBudget && random.chance(0.15)) addPhoto(c, id, new Date(filedMs));

  // Each later step comes a little after the one before, never past the last hour of yesterday.
  let at = filedMs;
  const step = (maxDays: number) => {
    at = Math.min(at + random.int(3, maxDays * 24) * HOUR, todayMs - HOUR);
    return new Date(at);
  };
  const officer = random.pick(c.secretariat);
  const event = (e: Omit<typeof earlyWarningEvents.$inferInsert, "earlyWarningId" | "actorId">) =>
    rows.events.push({ earlyWarningId: id, actorId: officer.id, ...e });
  const escalates = status === "escalated" || (status === "closed" && random.chance(0.35));
  if (status !== "new" && (escalates || status === "verified" || random.chance(0.6))) {
    warning.verifiedAt = step(3);
    event({ status: "verified", occurredAt: warning.verifiedAt });
  }
  if (escalates) {
    warning.escalatedAt = step(4);
    if (random.chance(0.6)) addComplaint(c, warning, description, reporter, officer);
    else {
      warning.escalatedTo = "police";
      if (random.chance(0.7)) warning.policeOrganizationId = c.refs.organizationIds.get("polres")!;
      else warning.policeUnitName = random.pick(policeUnits);
    }
    event({
      status: "escalated",
      occurredAt: warning.escalatedAt,
      note:
        warning.escalatedTo === "police"
          ? "Diserahkan ke unit PPA untuk penyelidikan; kelurahan diminta memantau lokasi."
          : "Diteruskan ke pos pengaduan untuk penjangkauan.",
      data: { escalatedTo: warning.escalatedTo! },
    });
  }
  if (status === "closed") {
    const reason = escalates ? "follow_up_completed" : weighted(random, closedReasons);
    warning.closedAt = step(escalates ? 40 : 10);
    warning.closeReason = reason;
    event({
      status: "closed",
      occurredAt: warning.closedAt,
      note:
        reason === "follow_up_completed"
          ? "Tindak lanjut selesai; terima kasih atas kewaspadaannya."
          : closingNotes[reason],
      data: { closeReason: reason },
    });
  }
  warning.updatedAt = new Date(at);
}

export const earlyWarningsGenerator: DemoGenerator = {
  name: "laporan kewaspadaan dini / early warnings",
  async run({ ctx, random, scale, refs }) {
    const c = await loadContext(ctx, random, refs, scale);
    // Office hours in WIB (UTC+7): reports are filed between six in the morning and eight at night.
    const daytime = () => random.int(-1, 13) * HOUR + random.int(0, 59) * 60_000;
    for (const [year, perYear] of warningsPerYear) {
      const yearStart = Date.UTC(year, 0, 1);
      const days = Math.floor((Math.min(Date.UTC(year, 11, 31), c.todayMs - DAY) - yearStart) / DAY);
      if (days < 0) continue;
      for (let n = 0; n < Math.round(perYear * scale); n++) {
        addWarning(c, yearStart + random.int(0, days) * DAY + daytime(), weighted(random, villageWeights));
      }
    }
    // The queue as the secretariat meets it on a Monday: the last three weeks' reports, a few
    // still waiting; the demo lurah among the senders, so the account shows reports in motion.
    for (let n = 0; n < RECENT_PER_SCALE * scale; n++) {
      const filedMs = c.todayMs - random.int(1, 21) * DAY + daytime();
      if (n < 3) addWarning(c, filedMs, DEMO_LURAH_VILLAGE, c.demoLurah);
      else addWarning(c, filedMs, weighted(random, villageWeights));
    }
    await insertAll(ctx.db, complaints, c.rows.complaints);
    await insertAll(ctx.db, earlyWarnings, c.rows.warnings);
    await insertAll(ctx.db, earlyWarningPhotos, c.rows.photos);
    await insertAll(ctx.db, earlyWarningEvents, c.rows.events);
    await insertAll(ctx.db, caseEvents, c.rows.caseEvents);
    return c.rows.warnings.length;
  },
};
