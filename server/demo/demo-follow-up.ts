import { randomUUID } from "node:crypto";
import { and, asc, eq, lte, ne, sql } from "drizzle-orm";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import type { ComputedMetric, IndicatorDirection } from "../../shared/work-plans.ts";
import { queryRows } from "../db/query-rows.ts";
import {
  actionItemEvents,
  actionItems,
  meetingDecisions,
  meetings,
  users,
  workingGroups,
  workPlanActuals,
  workPlanIndicators,
  workPlanProgrammes,
  workPlans,
} from "../db/schema/index.ts";
import { wibDate } from "../lib/wib.ts";
import { insertAll } from "./demo-cases.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator, DemoRefs } from "./seed-demo.ts";

/**
 * The follow-up of the demo's meetings and the yearly work plans. Runs after the meetings
 * generator and reads its meetings and decisions from the database: each held meeting leaves two
 * to four action items for member organisations, in every state (done on time or late, dropped
 * with a reason, still open or under way, overdue), with the owners' reports. The demo accounts'
 * organisations (UPT PPPA, Polres, Kelurahan Cideng) get one item in each state, so "my action
 * items" shows them all. A plan per year for the last three years, each with the zero-case target.
 */

const DAY = 86_400_000;
const CIDENG = "kelurahan_31.71.01.1002";
const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan");
const kecamatan = jakartaPusatRegions.filter((r) => r.level === "kecamatan");
const nameOf = (key: string) => jakartaPusatRegions.find((r) => key.endsWith(r.code))?.name ?? "";

/** What each kind of member is asked to do at a coordination meeting; {place} is its area. */
const tasks: Record<string, readonly string[]> = {
  kelurahan: [
    "Menyosialisasikan modus lowongan kerja palsu di seluruh RW Kelurahan {place}",
    "Mendata warga Kelurahan {place} yang berangkat bekerja ke luar negeri tahun ini",
    "Memasang spanduk layanan pengaduan TPPO di kantor Kelurahan {place} dan RPTRA",
    "Mengawasi rumah kos dan penampungan calon pekerja di wilayah Kelurahan {place}",
    "Melaporkan agen perekrut tanpa izin yang beroperasi di Kelurahan {place} kepada sekretariat",
  ],
  kecamatan: [
    "Mengoordinasikan lurah se-Kecamatan {place} untuk pendataan calon pekerja migran",
    "Membahas kewaspadaan TPPO dalam rapat minggon Kecamatan {place}",
  ],
  upt_pppa: [
    "Menyusun SOP rujukan korban antarlayanan dan mengedarkannya ke anggota gugus tugas",
    "Menyampaikan rekap pendampingan korban triwulan ini kepada sekretariat",
    "Menyiapkan rumah aman untuk korban anak yang menunggu pemulangan",
  ],
  polres: [
    "Menindaklanjuti laporan perekrutan daring melalui media sosial yang disampaikan kelurahan",
    "Menyampaikan perkembangan penyidikan perkara TPPO yang sedang berjalan",
    "Melakukan patroli bersama di kawasan rumah kos yang dilaporkan mencurigakan",
  ],
  sudin_sosial: [
    "Melakukan asesmen sosial bagi korban yang dipulangkan dari luar negeri",
    "Memfasilitasi pemulangan korban ke daerah asal bersama dinas sosial daerah",
  ],
  rsud_tarakan: ["Menyediakan layanan visum tanpa biaya bagi korban TPPO rujukan UPT PPPA"],
  sudin_kesehatan: ["Menyiapkan puskesmas rujukan untuk pemeriksaan kesehatan korban di setiap kecamatan"],
  sudin_nakertrans: [
    "Memeriksa izin lembaga pelatihan kerja yang menjanjikan penempatan ke luar negeri",
    "Menyusun daftar perusahaan penempatan pekerja migran yang berizin untuk diumumkan",
  ],
  imigrasi: ["Memperketat wawancara pemohon paspor dengan tujuan perjalanan yang tidak jelas"],
  bp3mi: ["Menyelenggarakan sosialisasi migrasi aman bagi calon pekerja migran"],
  lpsk: ["Menjelaskan prosedur permohonan restitusi kepada pendamping korban"],
  kejari: ["Memastikan tuntutan restitusi dimasukkan dalam perkara TPPO yang dilimpahkan"],
  sudin_pendidikan: [
    "Mengirim surat edaran pencegahan TPPO ke seluruh SMP dan SMA di Jakarta Pusat",
    "Mendata siswa yang putus sekolah dan berisiko direkrut bekerja",
  ],
  lbh_apik: ["Mendampingi korban dalam pengajuan restitusi ke pengadilan"],
  secretariat: [
    "Menyusun laporan tahunan GT PP-TPPO untuk Wali Kota",
    "Memperbarui SK keanggotaan gugus tugas sesuai perubahan pejabat",
  ],
};

const progressNotes = [
  "Sudah dikoordinasikan dengan pihak terkait; pelaksanaan dijadwalkan minggu depan.",
  "Surat sudah dikirim; menunggu tanggapan.",
  "Data terkumpul sekitar separuh; sisanya menyusul dari RW.",
  "Rapat internal sudah membahas pembagian tugas.",
  "Sebagian kegiatan terlaksana; dokumentasi dikirim ke sekretariat.",
];
const doneNotes = [
  "Selesai. Laporan dan dokumentasi sudah diserahkan ke sekretariat.",
  "Kegiatan terlaksana sesuai rencana; daftar hadir terlampir pada laporan kegiatan.",
  "Sudah selesai dan ditindaklanjuti dengan surat ke instansi terkait.",
];
const dropReasons = [
  "Digabung dengan tindak lanjut rapat berikutnya yang lebih luas cakupannya.",
  "Tidak relevan lagi setelah perubahan kebijakan provinsi.",
  "Dialihkan ke anggota gugus tugas lain yang lebih berwenang.",
];

// The agencies asked most often, and the kelurahan: the article's call to lurah and camat.
const agencyKeys = Object.keys(tasks).filter((k) => k !== "kelurahan" && k !== "kecamatan");

type State = "open" | "in_progress" | "done_on_time" | "done_late" | "dropped";

function taskFor(random: Random, ownerKey: string): string {
  const kind = ownerKey.startsWith("kelurahan_")
    ? "kelurahan"
    : ownerKey.startsWith("kecamatan_")
      ? "kecamatan"
      : ownerKey;
  return random.pick(tasks[kind] ?? tasks.secretariat!).replace("{place}", nameOf(ownerKey));
}

function ownerFor(random: Random): string {
  const roll = random.next();
  if (roll < 0.4) return `kelurahan_${random.pick(kelurahan).code}`;
  if (roll < 0.5) return `kecamatan_${random.pick(kecamatan).code}`;
  return random.pick(agencyKeys);
}

/** What became of an item by today: most are done by now, some late, a few dropped, recent ones open. */
function stateFor(random: Random, dueMs: number, todayMs: number): State {
  if (dueMs > todayMs)
    return random.chance(0.15) ? "done_on_time" : random.chance(0.45) ? "in_progress" : "open";
  const overdueDays = (todayMs - dueMs) / DAY;
  // Items long past due were settled one way or another; the last three months still have stragglers.
  const stillOpen = overdueDays < 90 ? 0.3 : overdueDays < 200 ? 0.05 : 0;
  const roll = random.next();
  if (roll < stillOpen) return random.chance(0.5) ? "in_progress" : "open";
  if (roll < stillOpen + 0.08) return "dropped";
  return random.chance(0.75) ? "done_on_time" : "done_late";
}

type Meeting = { id: string; startsMs: number; decisions: string[] };

type Built = {
  items: (typeof actionItems.$inferInsert)[];
  events: (typeof actionItemEvents.$inferInsert)[];
};

/** One item with its history: created at the meeting, reported on by the owner as it went. */
function buildItem(
  built: Built,
  input: {
    random: Random;
    refs: DemoRefs;
    reporterOf: Map<string, string>;
    coordinatorId: string | null;
    ownerKey: string;
    meeting: Meeting | null;
    startMs: number;
    dueMs: number;
    state: State;
    /** The instant of seeding: no entry of the history lies after it. */
    nowMs: number;
  },
) {
  const { random, ownerKey, meeting, startMs, dueMs, state, nowMs } = input;
  const id = randomUUID();
  const ownerOrganizationId = input.refs.organizationIds.get(ownerKey)!;
  const reporter = input.reporterOf.get(ownerOrganizationId) ?? input.coordinatorId;
  // Recorded within a day or so of the meeting, and never after now.
  const createdMs = Math.max(
    startMs,
    Math.min(startMs + random.int(2, 30) * 3_600_000, nowMs - 2 * 3_600_000),
  );
  // Every later entry falls after the creation and before now.
  const within = (ms: number) => new Date(Math.max(createdMs + 60_000, Math.min(ms, nowMs - 60_000)));
  const events: (typeof actionItemEvents.$inferInsert)[] = [
    {
      actionItemId: id,
      kind: "created",
      toStatus: "open",
      authorId: input.coordinatorId,
      createdAt: new Date(createdMs),
    },
  ];
  const report = (
    at: Date,
    from: string,
    to: string,
    extra: { note?: string; reason?: string },
    authorId = reporter,
  ) =>
    events.push({
      actionItemId: id,
      kind: "report",
      fromStatus: from,
      toStatus: to,
      authorId,
      createdAt: at,
      ...extra,
    });

  let status = "open";
  let doneAt: Date | null = null;
  let dropReason: string | null = null;
  const endMs =
    state === "done_on_time"
      ? dueMs - random.int(0, 10) * DAY
      : state === "done_late"
        ? dueMs + random.int(2, 30) * DAY
        : state === "dropped"
          ? dueMs + random.int(0, 20) * DAY
          : nowMs;
  const end = within(endMs);
  // Most owners say they started before they finish; an item "in progress" always did.
  if (state === "in_progress" || (state !== "open" && random.chance(0.7))) {
    const started = within(createdMs + (end.getTime() - createdMs) * 0.4);
    report(started, "open", "in_progress", { note: random.pick(progressNotes) });
    status = "in_progress";
  }
  if (state === "done_on_time" || state === "done_late") {
    report(end, status, "done", { note: random.pick(doneNotes) });
    status = "done";
    doneAt = end;
  } else if (state === "dropped") {
    dropReason = random.pick(dropReasons);
    report(end, status, "dropped", { reason: dropReason }, input.coordinatorId);
    status = "dropped";
  }
  built.events.push(...events);
  built.items.push({
    id,
    taskForceId: input.refs.taskForceId,
    description: taskFor(random, ownerKey),
    ownerOrganizationId,
    dueOn: new Date(dueMs).toISOString().slice(0, 10),
    meetingId: meeting?.id ?? null,
    decisionId:
      meeting && meeting.decisions.length > 0 && random.chance(0.7) ? random.pick(meeting.decisions) : null,
    status,
    dropReason,
    doneAt,
    createdById: input.coordinatorId,
    createdAt: new Date(createdMs),
    updatedAt: events.at(-1)!.createdAt as Date,
  });
}

/** The past meetings the follow-up comes from, with their decisions, oldest first. */
async function heldMeetings(
  refs: DemoRefs,
  db: Parameters<DemoGenerator["run"]>[0]["ctx"]["db"],
  today: Date,
) {
  const rows = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.taskForceId, refs.taskForceId),
        ne(meetings.status, "cancelled"),
        lte(meetings.startsAt, today),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const decisions = await db
    .select({ id: meetingDecisions.id, meetingId: meetingDecisions.meetingId })
    .from(meetingDecisions);
  return rows.map(
    (m): Meeting => ({
      id: m.id,
      startsMs: m.startsAt.getTime(),
      decisions: decisions.filter((d) => d.meetingId === m.id).map((d) => d.id),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The work plans
// ---------------------------------------------------------------------------------------------

type IndicatorPlan = {
  name: string;
  unit: string;
  target: number;
  direction?: IndicatorDirection;
  metric?: ComputedMetric;
  responsible: string;
};
type ProgrammePlan = { group: number; title: string; lead: string; indicators: IndicatorPlan[] };

/** The plan's content; targets grow a little each year, the zero-case target stays at zero. */
function programmesOf(yearIndex: number): ProgrammePlan[] {
  const grow = (n: number) => Math.round(n * (1 + 0.15 * yearIndex));
  return [
    {
      group: 1,
      title: "Sosialisasi dan edukasi pencegahan TPPO di seluruh kelurahan",
      lead: "secretariat",
      indicators: [
        {
          name: "Kegiatan pencegahan terlaksana",
          unit: "kegiatan",
          target: grow(60),
          metric: "prevention_activities_held",
          responsible: "secretariat",
        },
        {
          name: "Warga terjangkau kegiatan pencegahan",
          unit: "orang",
          target: grow(2500),
          metric: "people_reached",
          responsible: "secretariat",
        },
        {
          name: "Kelurahan terjangkau",
          unit: "kelurahan",
          target: 44,
          metric: "kelurahan_reached",
          responsible: "secretariat",
        },
        {
          name: "Sekolah yang membentuk satgas anti-TPPO",
          unit: "sekolah",
          target: grow(12),
          responsible: "sudin_pendidikan",
        },
      ],
    },
    {
      group: 2,
      title: "Layanan kesehatan bagi korban",
      lead: "sudin_kesehatan",
      indicators: [
        {
          name: "Korban mendapat rehabilitasi kesehatan atau sosial",
          unit: "korban",
          target: grow(30),
          metric: "victims_rehabilitated",
          responsible: "rsud_tarakan",
        },
        {
          name: "Puskesmas rujukan korban TPPO",
          unit: "puskesmas",
          target: 8,
          responsible: "sudin_kesehatan",
        },
      ],
    },
    {
      group: 3,
      title: "Pemulangan dan reintegrasi sosial korban",
      lead: "sudin_sosial",
      indicators: [
        {
          name: "Korban dipulangkan ke daerah asal",
          unit: "korban",
          target: grow(15),
          responsible: "sudin_sosial",
        },
      ],
    },
    {
      group: 4,
      title: "Penguatan dasar hukum gugus tugas kota",
      lead: "walikota",
      indicators: [
        {
          name: "Peraturan/keputusan wali kota yang ditetapkan",
          unit: "dokumen",
          target: 1,
          responsible: "walikota",
        },
      ],
    },
    {
      group: 5,
      title: "Menuju nol kasus TPPO di Jakarta Pusat",
      lead: "polres",
      indicators: [
        {
          name: "Kasus TPPO baru",
          unit: "kasus",
          target: 0,
          direction: "lower",
          metric: "new_cases",
          responsible: "polres",
        },
        {
          name: "Perkara dengan tuntutan restitusi",
          unit: "perkara",
          target: grow(5),
          responsible: "kejari",
        },
      ],
    },
    {
      group: 6,
      title: "Koordinasi dan kerja sama gugus tugas",
      lead: "secretariat",
      indicators: [
        {
          name: "Rapat koordinasi terlaksana",
          unit: "rapat",
          target: 12,
          metric: "meetings_held",
          responsible: "secretariat",
        },
        {
          name: "Tindak lanjut selesai tepat waktu",
          unit: "%",
          target: 80,
          metric: "action_items_done_on_time",
          responsible: "secretariat",
        },
      ],
    },
  ];
}

async function seedPlans(
  ctx: Parameters<DemoGenerator["run"]>[0]["ctx"],
  random: Random,
  refs: DemoRefs,
  coordinatorId: string | null,
  todayMs: number,
) {
  const currentYear = new Date(todayMs).getUTCFullYear();
  const groups = await ctx.db
    .select({ id: workingGroups.id, number: workingGroups.number })
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, refs.taskForceId));
  const groupId = (n: number) => groups.find((g) => g.number === n)!.id;
  // Last year's cases: the zero-case indicator's starting point.
  const perYear = await queryRows<{ year: number; n: number }>(
    ctx.db,
    sql`select year, count(*)::int as n from cases where task_force_id = ${refs.taskForceId} group by year`,
  );
  const casesIn = (year: number) => Number(perYear.find((r) => Number(r.year) === year)?.n ?? 0) || null;

  const plans: (typeof workPlans.$inferInsert)[] = [];
  const programmes: (typeof workPlanProgrammes.$inferInsert)[] = [];
  const indicators: (typeof workPlanIndicators.$inferInsert)[] = [];
  const actuals: (typeof workPlanActuals.$inferInsert)[] = [];
  const lastEntered = new Map<string, number>();
  const programmeIds = new Map<number, string[]>();
  for (const [yearIndex, year] of [currentYear - 2, currentYear - 1, currentYear].entries()) {
    const planId = randomUUID();
    const created = new Date(Date.UTC(year - 1, 11, 10 + yearIndex));
    plans.push({
      id: planId,
      taskForceId: refs.taskForceId,
      year,
      title: `Rencana Aksi Daerah GT PP-TPPO Kota Administrasi Jakarta Pusat Tahun ${year}`,
      notes: "Disusun bersama anggota gugus tugas dalam rapat koordinasi akhir tahun sebelumnya.",
      copiedFromYear: yearIndex > 0 ? year - 1 : null,
      createdById: coordinatorId,
      createdAt: created,
      updatedAt: created,
    });
    // How much of the year has passed: the current year's entered figures are part-way.
    const elapsed = Math.min(1, Math.max(0, (todayMs - Date.UTC(year, 0, 1)) / (365 * DAY)));
    for (const [p, programme] of programmesOf(yearIndex).entries()) {
      const programmeId = randomUUID();
      programmeIds.set(year, [...(programmeIds.get(year) ?? []), programmeId]);
      programmes.push({
        id: programmeId,
        planId,
        workingGroupId: groupId(programme.group),
        position: p + 1,
        title: programme.title,
        leadOrganizationId: refs.organizationIds.get(programme.lead) ?? null,
        createdAt: created,
        updatedAt: created,
      });
      for (const [i, indicator] of programme.indicators.entries()) {
        const indicatorId = randomUUID();
        const key = `${programme.group}:${indicator.name}`;
        indicators.push({
          id: indicatorId,
          planId,
          programmeId,
          position: i + 1,
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.target,
          baseline: indicator.metric === "new_cases" ? casesIn(year - 1) : (lastEntered.get(key) ?? null),
          direction: indicator.direction ?? "higher",
          metric: indicator.metric ?? null,
          responsibleOrganizationId: refs.organizationIds.get(indicator.responsible)!,
          createdAt: created,
          updatedAt: created,
        });
        if (indicator.metric || elapsed === 0) continue;
        // Entered figures: one at mid-year and one at the year's end (or so far this year).
        const reached = indicator.target * (0.55 + random.next() * 0.55);
        const points =
          elapsed >= 1
            ? [0.5, 1]
            : [Math.min(0.5, elapsed), elapsed].filter((f, j, all) => all.indexOf(f) === j);
        for (const fraction of points) {
          const measured = new Date(Math.min(Date.UTC(year, 0, 1) + fraction * 364 * DAY, todayMs - DAY));
          const value = Math.round(reached * fraction);
          actuals.push({
            indicatorId,
            value,
            measuredOn: measured.toISOString().slice(0, 10),
            note: fraction >= 1 ? "Rekap akhir tahun dari laporan anggota." : "Rekap dari laporan anggota.",
            recordedById: coordinatorId,
            createdAt: new Date(measured.getTime() + 8 * 3_600_000),
          });
          if (fraction >= 1) lastEntered.set(key, value);
        }
      }
    }
  }
  await insertAll(ctx.db, workPlans, plans);
  await insertAll(ctx.db, workPlanProgrammes, programmes);
  await insertAll(ctx.db, workPlanIndicators, indicators);
  await insertAll(ctx.db, workPlanActuals, actuals);
  return { count: plans.length + programmes.length + indicators.length + actuals.length, programmeIds };
}

export const followUpGenerator: DemoGenerator = {
  name: "tindak lanjut dan rencana aksi / action items and work plans",
  async run({ ctx, random, refs }) {
    const today = ctx.now();
    const todayMs = Date.parse(`${wibDate(today)}T00:00:00Z`);
    const coordinatorId = refs.userIds.get("koordinator@demo.gugus.id") ?? null;
    // Who reports for an organisation: its first account (the demo account where there is one).
    const accounts = await ctx.db
      .select({ id: users.id, organizationId: users.organizationId })
      .from(users)
      .where(eq(users.taskForceId, refs.taskForceId))
      .orderBy(asc(users.createdAt), asc(users.email));
    const reporterOf = new Map<string, string>();
    for (const a of accounts) if (!reporterOf.has(a.organizationId)) reporterOf.set(a.organizationId, a.id);

    const plans = await seedPlans(ctx, random, refs, coordinatorId, todayMs);
    const held = await heldMeetings(refs, ctx.db, today);
    const built: Built = { items: [], events: [] };
    const common = { random, refs, reporterOf, coordinatorId, nowMs: today.getTime() };
    for (const meeting of held) {
      for (let n = random.int(2, 4); n > 0; n--) {
        // Due two to eight weeks after the meeting's day (WIB).
        const meetingDay = Date.parse(new Date(meeting.startsMs + 7 * 3_600_000).toISOString().slice(0, 10));
        const dueMs = meetingDay + random.int(14, 60) * DAY;
        buildItem(built, {
          ...common,
          ownerKey: ownerFor(random),
          meeting,
          startMs: meeting.startsMs,
          dueMs,
          state: stateFor(random, dueMs, todayMs),
        });
      }
    }
    // The demo accounts' organisations: one item in every state, each from the latest meeting a
    // week or more before its due date (or standalone when there is none), so each account's list
    // shows the whole range.
    const showcase: [State, number][] = [
      ["open", -12], // overdue, not started
      ["in_progress", -4], // overdue, under way
      ["open", 10],
      ["in_progress", 2], // due soon: the reminder goes out
      ["done_on_time", -20],
      ["done_late", -40],
      ["dropped", -25],
    ];
    for (const ownerKey of ["upt_pppa", "polres", CIDENG]) {
      for (const [state, dueInDays] of showcase) {
        const dueMs = todayMs + dueInDays * DAY;
        const meeting = held.filter((m) => m.startsMs <= dueMs - 7 * DAY).at(-1) ?? null;
        const startMs = meeting?.startsMs ?? dueMs - 30 * DAY;
        buildItem(built, { ...common, ownerKey, meeting, startMs, dueMs, state });
      }
    }
    // Some items serve this year's programmes (the plan shows how many are open for each).
    const current = plans.programmeIds.get(new Date(todayMs).getUTCFullYear()) ?? [];
    for (const item of built.items) {
      if (current.length > 0 && Date.parse(String(item.dueOn)) >= todayMs - 120 * DAY && random.chance(0.3))
        item.programmeId = random.pick(current);
    }
    await insertAll(ctx.db, actionItems, built.items);
    await insertAll(ctx.db, actionItemEvents, built.events);
    return plans.count + built.items.length + built.events.length;
  },
};
