import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppContext } from "../app-context.ts";
import {
  mailOutbox,
  meetingAgendaItems,
  meetingAttendance,
  meetingDecisions,
  meetingInvitations,
  meetingSeries,
  meetings,
  organizationServices,
  organizations,
  taskForceDecrees,
  taskForceMemberships,
  taskForceMembershipWorkingGroups,
  workingGroups,
} from "../db/schema/index.ts";
import { wibDate } from "../lib/wib.ts";
import { invitationMail, inviteeOf } from "../modules/meetings/invitation-mail.ts";
import { queueInvitations } from "../modules/meetings/invitations.service.ts";
import { insertAll } from "./demo-cases.ts";
import { demoAgencies } from "./demo-organizations.ts";
import { demoPersonName } from "./demo-people.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator, DemoRefs } from "./seed-demo.ts";

/**
 * The coordination side of the demo: the Jakarta Pusat task force's structure under two decrees
 * (2022 and 2025, with changes of people in between), the member directory's services, the May
 * 2024 series of three strengthening meetings, and the regular meetings from 2022 to now (held
 * ones with invitations, attendance, minutes and decisions; two upcoming, their invitations
 * waiting in the outbox).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A seat of the structure: the organisation's key, its position, working groups and the office. */
type Seat = { key: string; position: string; groups: number[]; title: string };

const leadership: Seat[] = [
  { key: "walikota", position: "ketua", groups: [], title: "Wali Kota Administrasi Jakarta Pusat" },
  {
    key: "walikota",
    position: "ketua_harian",
    groups: [6],
    title: "Asisten Kesejahteraan Rakyat Sekretariat Kota",
  },
  {
    key: "secretariat",
    position: "sekretaris",
    groups: [6],
    title: "Kepala Suku Dinas PPAPP Kota Administrasi Jakarta Pusat",
  },
  { key: "kejari", position: "pengarah", groups: [], title: "Kepala Kejaksaan Negeri Jakarta Pusat" },
];

/** The office that represents each agency, as a decree's annex names it. */
const agencyTitles: Record<string, string> = {
  upt_pppa: "Kepala UPT PPPA Pos Jakarta Pusat",
  polres: "Kanit PPA Satreskrim Polres Metro Jakarta Pusat",
  sudin_sosial: "Kepala Suku Dinas Sosial",
  rsud_tarakan: "Direktur RSUD Tarakan",
  sudin_kesehatan: "Kepala Suku Dinas Kesehatan",
  sudin_nakertrans: "Kepala Suku Dinas Tenaga Kerja, Transmigrasi dan Energi",
  imigrasi: "Kepala Seksi Intelijen dan Penindakan Keimigrasian",
  bp3mi: "Kepala Seksi Perlindungan BP3MI DKI Jakarta",
  lpsk: "Kepala Biro Penelaahan Permohonan LPSK",
  pn: "Hakim Anak Pengadilan Negeri Jakarta Pusat",
  sudin_pendidikan: "Kepala Suku Dinas Pendidikan Wilayah I",
  lbh_apik: "Direktur LBH APIK Jakarta",
  ormas: "Ketua Forum Tokoh Agama dan Masyarakat",
};

/** What each agency offers: the member directory, and where the case module refers. */
const agencyServices: Record<string, string[]> = {
  secretariat: ["complaint_intake", "outreach"],
  upt_pppa: [
    "complaint_intake",
    "outreach",
    "psychological_support",
    "temporary_shelter",
    "legal_accompaniment",
  ],
  polres: ["complaint_intake", "legal_accompaniment"],
  sudin_sosial: [
    "social_rehabilitation",
    "temporary_shelter",
    "repatriation",
    "social_reintegration",
    "documents",
  ],
  rsud_tarakan: ["health_rehabilitation", "psychological_support"],
  sudin_kesehatan: ["health_rehabilitation"],
  sudin_nakertrans: ["economic_empowerment", "education"],
  imigrasi: ["documents", "repatriation"],
  bp3mi: ["repatriation", "social_reintegration", "economic_empowerment"],
  lpsk: ["restitution_facilitation", "legal_aid"],
  sudin_pendidikan: ["education"],
  lbh_apik: ["legal_aid", "legal_accompaniment", "restitution_facilitation"],
  ormas: ["religious_support", "social_reintegration"],
};

/** How reliably each organisation comes: most do, a few are hard to get to the table. */
const turnout: Record<string, number> = { imigrasi: 0.45, pn: 0.35, bp3mi: 0.6, lpsk: 0.55, ormas: 0.7 };
const turnoutOf = (key: string) =>
  turnout[key] ?? (key.startsWith("kelurahan_") ? 0.65 : key.startsWith("kecamatan_") ? 0.8 : 0.9);

const phoneOf = (random: Random) =>
  `021-${random.int(3100, 3999)}-${String(random.int(0, 9999)).padStart(4, "0")}`;
const mobileOf = (random: Random) => `0812-${random.int(1000, 9999)}-${random.int(1000, 9999)}`;

type MeetingPlan = {
  title: string;
  purpose: string;
  startsAt: Date;
  hours: number;
  place: string;
  onlineUrl?: string;
  seriesId?: string;
  agenda: string[];
  decisions: string[];
  invite: string[];
  status: "planned" | "held" | "cancelled";
  cancelReason?: string;
  notes?: string;
};

const MAY_2024_SERIES = "Penguatan Gugus Tugas TPPO Jakarta Pusat";

/** The article's three sessions: 15, 21 and 22 May 2024 at the Wali Kota's office. */
function mayTwentyTwentyFour(seriesId: string, everyone: string[]): MeetingPlan[] {
  const at = (day: number) => new Date(`2024-05-${day}T09:00:00+07:00`);
  const place = "Ruang Pola Kantor Wali Kota Jakarta Pusat, Blok A Lantai 2";
  return [
    {
      title: `${MAY_2024_SERIES} — Sesi 1: Peran Lurah dan Camat`,
      purpose:
        "Memperkuat peran lurah dan camat dalam pengawasan dan edukasi masyarakat untuk mencegah tindak pidana perdagangan orang, karena jumlah korban yang dilaporkan terus meningkat setiap tahun.",
      startsAt: at(15),
      hours: 3,
      place,
      seriesId,
      agenda: [
        "Pembukaan dan arahan Asisten Kesra",
        "Paparan tren kasus TPPO Jakarta Pusat 2020–2023 (Sudin PPAPP)",
        "Modus perekrutan melalui media sosial (Unit PPA Polres)",
        "Peran lurah dan camat dalam kewaspadaan dini",
      ],
      decisions: [
        "Setiap kelurahan menunjuk petugas kewaspadaan dini TPPO paling lambat 31 Mei 2024.",
        "Laporan kewaspadaan dini disampaikan melalui Gugus paling lambat 2 × 24 jam sejak diketahui.",
        "Camat mengoordinasikan pendataan warga yang akan bekerja ke luar negeri di wilayahnya.",
      ],
      invite: everyone,
      status: "held",
    },
    {
      title: `${MAY_2024_SERIES} — Sesi 2: Sekolah dan OPD`,
      purpose:
        "Menyepakati peran sekolah dan perangkat daerah dalam edukasi pencegahan TPPO bagi pelajar dan orang tua.",
      startsAt: at(21),
      hours: 3,
      place,
      seriesId,
      agenda: [
        "Pembukaan",
        "Kerentanan pelajar terhadap perekrutan kerja dan eksploitasi daring",
        "Rencana sosialisasi di sekolah (Sudin Pendidikan Wilayah I)",
        "Pembagian peran OPD",
      ],
      decisions: [
        "Sosialisasi pencegahan TPPO dilaksanakan di seluruh SMP dan SMA negeri sebelum akhir semester ganjil.",
        "Sudin Pendidikan mengedarkan surat edaran kewaspadaan TPPO kepada kepala sekolah.",
      ],
      invite: everyone,
      status: "held",
    },
    {
      title: `${MAY_2024_SERIES} — Sesi 3: Rencana Aksi menuju Zero Kasus`,
      purpose: "Menyusun rencana aksi bersama menuju target nol kasus TPPO di Jakarta Pusat.",
      startsAt: at(22),
      hours: 3.5,
      place,
      seriesId,
      agenda: [
        "Pembukaan",
        "Rumusan hasil sesi 1 dan 2",
        "Penetapan target dan indikator rencana aksi daerah",
        "Penutup dan penandatanganan komitmen bersama",
      ],
      decisions: [
        "Target nol kasus TPPO Jakarta Pusat ditetapkan sebagai indikator utama rencana aksi daerah.",
        "Setiap anggota gugus tugas melaporkan kemajuan tindak lanjut setiap triwulan kepada sekretariat.",
        "Rapat koordinasi rutin diselenggarakan setiap triwulan.",
      ],
      invite: everyone,
      status: "held",
    },
  ];
}

const regularAgenda = [
  "Pembukaan",
  "Laporan sekretariat: kasus dan layanan triwulan berjalan",
  "Perkembangan penanganan perkara",
  "Tindak lanjut rapat sebelumnya",
  "Lain-lain",
];
const regularDecisions = [
  "Anggota yang belum menyampaikan laporan tindak lanjut menyampaikannya dalam dua minggu.",
  "Sekretariat menyusun rekap kasus per kelurahan untuk rapat berikutnya.",
  "Sosialisasi migrasi aman diperluas ke kelurahan dengan laporan kewaspadaan terbanyak.",
  "Rujukan korban anak diprioritaskan ke rumah aman UPT PPPA.",
  "Unit PPA Polres dan Kejari menyelaraskan berkas perkara yang memuat tuntutan restitusi.",
  "Data calon pekerja migran dari kelurahan diserahkan ke Sudin Nakertransgi setiap bulan.",
  "Rapat evaluasi khusus diadakan bila ada kasus dengan korban lebih dari lima orang.",
];
/** What the minutes say under an agenda item: the gist, as a notulis writes it. */
const discussions = [
  "Sekretariat memaparkan data triwulan; peserta mencatat kenaikan laporan dari kelurahan padat kos-kosan.",
  "Unit PPA Polres menyampaikan dua perkara dalam penyidikan; berkas satu perkara segera dilimpahkan ke Kejari.",
  "Peserta sepakat memperkuat pengawasan lowongan kerja di media sosial dan grup percakapan warga.",
  "UPT PPPA melaporkan korban yang masih didampingi; satu korban anak menunggu pemulangan ke daerah asal.",
  "Camat menyampaikan kendala pendataan warga yang bekerja ke luar negeri tanpa melapor ke kelurahan.",
  "Sudin Sosial menjelaskan alur rehabilitasi sosial dan rumah aman yang tersedia.",
  "Beberapa tindak lanjut rapat sebelumnya sudah selesai; sisanya dijadwalkan ulang dengan tenggat baru.",
  "LPSK dan LBH APIK menekankan pentingnya permohonan restitusi sejak tahap penyidikan.",
  "Peserta mengusulkan materi sosialisasi dalam bahasa yang mudah dipahami orang tua dan pelajar.",
];

const walkInPeople = [
  ["Ketua RW 05", "RW 05 Kelurahan Cideng"],
  ["Perwakilan Karang Taruna", "Karang Taruna Kecamatan Gambir"],
  ["Pengurus PKK", "TP PKK Kota Administrasi Jakarta Pusat"],
  ["Mahasiswa magang", "Fakultas Hukum Universitas Indonesia"],
  ["Jurnalis", "Radio komunitas Jakarta Pusat"],
] as const;

/** Quarterly meetings from 2022 to the current quarter, and the next one; a couple cancelled. */
function regularMeetings(
  random: Random,
  agencies: string[],
  kecamatan: string[],
  todayMs: number,
): MeetingPlan[] {
  const plans: MeetingPlan[] = [];
  const thisYear = new Date(todayMs).getUTCFullYear();
  for (let year = 2022; year <= thisYear + 1; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const month = (quarter - 1) * 3 + 2; // the middle month of the quarter
      const day = random.int(8, 24);
      const startsAt = new Date(
        `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T09:00:00+07:00`,
      );
      const past = startsAt.getTime() < todayMs;
      // Two meetings ahead at most: the next quarter's and, later, a special one below.
      if (!past && plans.some((p) => p.startsAt.getTime() >= todayMs)) continue;
      const online = year === 2022 && quarter <= 2;
      const cancelled = past && random.chance(0.06);
      plans.push({
        title: `Rapat Koordinasi Rutin GT PP-TPPO Triwulan ${["I", "II", "III", "IV"][quarter - 1]} Tahun ${year}`,
        purpose:
          "Memantau penanganan kasus, layanan bagi korban, dan tindak lanjut keputusan rapat sebelumnya.",
        startsAt,
        hours: 2.5,
        place: online
          ? "Rapat daring"
          : random.pick(["Ruang Rapat Sudin PPAPP, Lantai 4", "Ruang Pola Kantor Wali Kota Jakarta Pusat"]),
        onlineUrl: online ? "https://zoom.us/j/81234567890" : undefined,
        agenda: regularAgenda,
        decisions: Array.from(
          new Set(Array.from({ length: random.int(2, 4) }, () => random.pick(regularDecisions))),
        ),
        invite: [...agencies, ...kecamatan],
        status: cancelled ? "cancelled" : past ? "held" : "planned",
        cancelReason: cancelled
          ? "Bertepatan dengan agenda mendadak pimpinan daerah; dijadwalkan ulang."
          : undefined,
        notes: past
          ? "Rapat dibuka oleh Asisten Kesra dan dihadiri anggota gugus tugas sesuai daftar hadir."
          : undefined,
      });
    }
  }
  // A special case-evaluation meeting in the coming weeks.
  const soon = new Date(todayMs + 10 * DAY + 2 * HOUR);
  plans.push({
    title: "Rapat Evaluasi Penanganan Kasus Perekrutan Daring",
    purpose: "Mengevaluasi penanganan kasus perekrutan melalui media sosial yang melibatkan korban anak.",
    startsAt: new Date(`${wibDate(soon)}T13:30:00+07:00`),
    hours: 2,
    place: "Ruang Rapat Sudin PPAPP, Lantai 4",
    agenda: ["Kronologi kasus", "Layanan bagi korban", "Langkah pencegahan di kelurahan asal"],
    decisions: [],
    invite: ["upt_pppa", "polres", "sudin_sosial", "kejari", "lpsk", "lbh_apik", "kelurahan_31.71.01.1002"],
    status: "planned",
  });
  return plans;
}

type Rows = {
  meetings: (typeof meetings.$inferInsert)[];
  agenda: (typeof meetingAgendaItems.$inferInsert)[];
  decisions: (typeof meetingDecisions.$inferInsert)[];
  invitations: (typeof meetingInvitations.$inferInsert)[];
  attendance: (typeof meetingAttendance.$inferInsert)[];
  mail: (typeof mailOutbox.$inferInsert)[];
};

async function seedStructure(ctx: AppContext, random: Random, refs: DemoRefs, coordinatorId: string | null) {
  const groups = await ctx.db
    .select()
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, refs.taskForceId));
  const groupId = (n: number) => groups.find((g) => g.number === n)!.id;
  const orgId = (key: string) => refs.organizationIds.get(key)!;
  const [first, second] = [randomUUID(), randomUUID()];
  await ctx.db.insert(taskForceDecrees).values([
    {
      id: first,
      taskForceId: refs.taskForceId,
      number: "112 Tahun 2022",
      title:
        "Keputusan Wali Kota Administrasi Jakarta Pusat tentang Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang Kota Administrasi Jakarta Pusat",
      issuedBy: "Wali Kota Administrasi Jakarta Pusat",
      signedOn: "2022-02-14",
      periodStart: "2022-02-14",
      periodEnd: "2024-12-31",
      createdById: coordinatorId,
    },
    {
      id: second,
      taskForceId: refs.taskForceId,
      number: "35 Tahun 2025",
      title:
        "Keputusan Wali Kota Administrasi Jakarta Pusat tentang Perubahan Susunan Keanggotaan Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang",
      issuedBy: "Wali Kota Administrasi Jakarta Pusat",
      signedOn: "2025-01-20",
      periodStart: "2025-01-20",
      periodEnd: "2027-12-31",
      notes: "Menyesuaikan pergantian pejabat dan menambah LPSK sebagai anggota.",
      createdById: coordinatorId,
    },
  ]);
  const seats: Seat[] = [
    ...leadership,
    ...demoAgencies
      .filter((a) => a.key !== "walikota" && a.key !== "kejari")
      .map((a) => ({
        key: a.key,
        position: "anggota",
        groups: a.groups,
        title: agencyTitles[a.key] ?? `Pimpinan ${a.name}`,
      })),
    {
      key: "kejari",
      position: "anggota",
      groups: [5],
      title: "Kepala Seksi Pidana Umum Kejaksaan Negeri Jakarta Pusat",
    },
    ...[...refs.organizationIds.keys()]
      .filter((k) => k.startsWith("kecamatan_") || k.startsWith("kelurahan_"))
      .map((k) => ({ key: k, position: "anggota", groups: [1], title: "" })),
  ];
  const memberships: (typeof taskForceMemberships.$inferInsert)[] = [];
  const links: (typeof taskForceMembershipWorkingGroups.$inferInsert)[] = [];
  const orgNames = new Map(
    (await ctx.db.select({ id: organizations.id, name: organizations.name }).from(organizations)).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const push = (seat: Seat, values: Partial<typeof taskForceMemberships.$inferInsert>) => {
    const id = randomUUID();
    memberships.push({
      id,
      taskForceId: refs.taskForceId,
      organizationId: orgId(seat.key),
      positionCode: seat.position,
      createdById: coordinatorId,
      ...values,
    } as typeof taskForceMemberships.$inferInsert);
    for (const n of seat.groups) links.push({ membershipId: id, workingGroupId: groupId(n) });
    return id;
  };
  for (const seat of seats) {
    // LPSK joined with the 2025 decree; the area offices' heads are "Lurah X" / "Camat Y".
    const joins2025 = seat.key === "lpsk";
    const area = seat.key.startsWith("kelurahan_") || seat.key.startsWith("kecamatan_");
    const office = area
      ? (orgNames.get(orgId(seat.key)) ?? "").replace(/^Kelurahan/, "Lurah").replace(/^Kecamatan/, "Camat")
      : seat.title;
    const person = demoPersonName(random);
    const contact = {
      personName: person,
      personTitle: office,
      phone: area ? mobileOf(random) : phoneOf(random),
      email: `${seat.key.replace(/[^a-z0-9]+/g, ".")}.${seat.position}@demo.gugus.id`,
    };
    if (joins2025) {
      push(seat, { ...contact, decreeId: second, validFrom: "2025-01-20" });
      continue;
    }
    // A head of office replaced in mid-2023 (mutasi): the old seat closes, the new one opens.
    const replaced =
      seat.position === "ketua_harian" || seat.key === "sudin_sosial" || seat.key === "kecamatan_31.71.04";
    let previous: string;
    if (replaced) {
      const old = push(seat, {
        ...contact,
        decreeId: first,
        validFrom: "2022-02-14",
        validTo: "2023-07-03",
        endReason: "Mutasi jabatan",
      });
      previous = push(seat, {
        ...contact,
        personName: demoPersonName(random),
        decreeId: first,
        validFrom: "2023-07-03",
        validTo: "2025-01-20",
        previousId: old,
      });
    } else {
      previous = push(seat, { ...contact, decreeId: first, validFrom: "2022-02-14", validTo: "2025-01-20" });
    }
    // The forum of religious leaders left in 2024 and is not in the 2025 decree.
    if (seat.key === "ormas") {
      memberships.at(-1)!.validTo = "2024-09-30";
      memberships.at(-1)!.endReason = "Mengundurkan diri; digantikan perwakilan di tingkat kecamatan";
      continue;
    }
    // The 2025 decree carries every other seat over, as the structure page's "new decree" does.
    const last = memberships.find((m) => m.id === previous)!;
    push(seat, {
      ...contact,
      personName: last.personName,
      decreeId: second,
      validFrom: "2025-01-20",
      previousId: previous,
    });
  }
  await insertAll(ctx.db, taskForceMemberships, memberships);
  await insertAll(ctx.db, taskForceMembershipWorkingGroups, links);
  const services = Object.entries(agencyServices).flatMap(([key, codes]) =>
    codes.map((serviceCode) => ({ organizationId: orgId(key), serviceCode })),
  );
  await insertAll(ctx.db, organizationServices, services);
  return memberships.length + services.length + 2;
}

export const coordinationGenerator: DemoGenerator = {
  name: "struktur dan rapat / structure and meetings",
  async run({ ctx, random, scale, refs }) {
    const coordinatorId = refs.userIds.get("koordinator@demo.gugus.id") ?? null;
    const today = ctx.now();
    const todayMs = today.getTime();
    let created = await seedStructure(ctx, random, refs, coordinatorId);

    const keys = [...refs.organizationIds.keys()];
    const agencies = ["secretariat", ...demoAgencies.map((a) => a.key)];
    const kecamatan = keys.filter((k) => k.startsWith("kecamatan_"));
    const kelurahan = keys.filter((k) => k.startsWith("kelurahan_"));
    const [series] = await ctx.db
      .insert(meetingSeries)
      .values({
        taskForceId: refs.taskForceId,
        title: MAY_2024_SERIES,
        description:
          "Tiga sesi penguatan gugus tugas bersama lurah, camat, sekolah dan OPD (15, 21 dan 22 Mei 2024).",
        createdById: coordinatorId,
        createdAt: new Date("2024-05-02T03:00:00Z"),
      })
      .returning({ id: meetingSeries.id });
    const plans = [
      ...mayTwentyTwentyFour(series!.id, [...agencies, ...kecamatan, ...kelurahan]),
      ...regularMeetings(random, agencies, kecamatan, todayMs),
    ];
    // Larger scales add the working groups' own meetings (sub gugus tugas), one per group a quarter.
    for (let s = 1; s < scale; s++) {
      for (const plan of regularMeetings(random, agencies, kecamatan, todayMs).filter(
        (p) => p.status !== "planned",
      )) {
        plans.push({
          ...plan,
          title: `${plan.title} — Sub Gugus ${((s - 1) % 6) + 1}`,
          startsAt: new Date(plan.startsAt.getTime() + s * DAY),
        });
      }
    }

    const rows: Rows = { meetings: [], agenda: [], decisions: [], invitations: [], attendance: [], mail: [] };
    const organizationRows = await ctx.db
      .select({ id: organizations.id, name: organizations.name, email: organizations.email })
      .from(organizations)
      .where(eq(organizations.taskForceId, refs.taskForceId));
    const orgById = new Map(organizationRows.map((o) => [o.id, o]));
    const seatsOn = await ctx.db
      .select()
      .from(taskForceMemberships)
      .where(eq(taskForceMemberships.taskForceId, refs.taskForceId));
    const tfName = "Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat";
    const upcoming: string[] = [];

    for (const plan of plans) {
      const id = randomUUID();
      const endsAt = new Date(plan.startsAt.getTime() + plan.hours * HOUR);
      const createdAt = new Date(Math.min(plan.startsAt.getTime() - random.int(7, 21) * DAY, todayMs - HOUR));
      const held = plan.status === "held";
      const day = wibDate(plan.startsAt);
      const meeting: typeof meetings.$inferSelect = {
        id,
        taskForceId: refs.taskForceId,
        seriesId: plan.seriesId ?? null,
        title: plan.title,
        purpose: plan.purpose,
        startsAt: plan.startsAt,
        endsAt,
        place: plan.place,
        onlineUrl: plan.onlineUrl ?? null,
        chairName: "Asisten Kesejahteraan Rakyat",
        chairTitle: "Ketua Harian GT PP-TPPO",
        status: plan.status,
        cancelReason: plan.cancelReason ?? null,
        icsSequence: plan.status === "cancelled" ? 1 : 0,
        letterNumber: `${random.int(100, 999)}/-1.862.2`,
        letterDate: wibDate(createdAt),
        letterNature: "penting",
        letterAttachment: "1 (satu) lembar",
        signerName: "Kepala Suku Dinas PPAPP",
        signerTitle: "Sekretaris GT PP-TPPO Kota Administrasi Jakarta Pusat",
        signerNip: null,
        minutesNotes: held
          ? (plan.notes ?? "Rapat dibuka oleh Asisten Kesra selaku Ketua Harian Gugus Tugas.")
          : null,
        minutesTakerName: held ? "Staf Sekretariat Sudin PPAPP" : null,
        minutesUpdatedAt: held ? new Date(endsAt.getTime() + random.int(1, 48) * HOUR) : null,
        createdById: coordinatorId,
        createdAt,
        updatedAt: held ? new Date(endsAt.getTime() + 2 * HOUR) : createdAt,
      };
      rows.meetings.push(meeting);
      const agenda = plan.agenda.map((title, i) => ({
        id: randomUUID(),
        meetingId: id,
        position: i + 1,
        title,
        // The opening needs no minutes of its own; every other item gets the gist of what was said.
        discussion: held && i > 0 ? random.pick(discussions) : null,
        createdAt,
        updatedAt: createdAt,
      }));
      rows.agenda.push(...agenda);
      if (held) {
        for (const [i, text] of plan.decisions.entries()) {
          rows.decisions.push({
            meetingId: id,
            number: i + 1,
            agendaItemId: agenda[Math.min(i + 1, agenda.length - 1)]?.id ?? null,
            text,
            createdById: coordinatorId,
            createdAt: endsAt,
            updatedAt: endsAt,
          });
        }
      }
      if (plan.status === "planned") upcoming.push(id);
      for (const key of plan.invite) {
        const organizationId = refs.organizationIds.get(key);
        if (!organizationId) continue;
        const invitationId = randomUUID();
        const invitation: typeof meetingInvitations.$inferInsert = {
          id: invitationId,
          meetingId: id,
          kind: "organization",
          organizationId,
          createdById: coordinatorId,
          createdAt,
        };
        const seats = seatsOn.filter(
          (s) =>
            s.organizationId === organizationId &&
            s.validFrom <= day &&
            (s.validTo === null || s.validTo > day),
        );
        // Past invitations went out by mail when the meeting was planned; upcoming ones wait below.
        if (plan.status !== "planned") {
          const org = orgById.get(organizationId)!;
          const invitee = inviteeOf(
            {
              invitation: {
                kind: "organization",
                organizationId,
                name: null,
                email: null,
                personTitle: null,
              },
              organizationName: org.name,
              organizationEmail: org.email,
            },
            seats,
          );
          if (invitee.addresses.length > 0) {
            const mail = invitationMail(
              ctx.config,
              { ...meeting, icsSequence: 0, status: "planned" },
              agenda.map((a) => ({ ...a, presenter: null })),
              invitee,
              "request",
              tfName,
              createdAt,
            );
            const mailId = randomUUID();
            rows.mail.push({
              id: mailId,
              taskForceId: refs.taskForceId,
              dedupeKey: `meeting:${id}:invitation:${invitationId}:0:request`,
              toAddresses: [...invitee.addresses],
              subject: mail.subject,
              textBody: mail.text,
              attachments: (mail.attachments ?? []).map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                encoding: "utf8" as const,
                content: String(a.content),
              })),
              calendarMethod: "REQUEST",
              status: "sent",
              attempts: 1,
              nextAttemptAt: createdAt,
              sentAt: new Date(createdAt.getTime() + 60_000),
              createdAt,
              updatedAt: createdAt,
            });
            invitation.sentSequence = 0;
            invitation.lastMailId = mailId;
          }
        }
        rows.invitations.push(invitation);
        if (held && random.chance(turnoutOf(key))) {
          const seat = seats.find((s) => s.personName);
          // The head comes in person about half the time; otherwise a staff member is sent.
          const inPerson = random.chance(0.5) && seat;
          rows.attendance.push({
            meetingId: id,
            invitationId,
            name: inPerson ? seat.personName! : demoPersonName(random),
            organizationId,
            personTitle: inPerson ? seat.personTitle : "Staf",
            walkIn: false,
            checkedInAt: new Date(plan.startsAt.getTime() - random.int(0, 40) * 60_000),
            recordedById: coordinatorId,
            createdAt: plan.startsAt,
          });
        }
      }
      if (held) {
        for (let n = random.int(0, 2); n > 0; n--) {
          const [title, org] = random.pick(walkInPeople);
          rows.attendance.push({
            meetingId: id,
            name: demoPersonName(random),
            organizationName: org,
            personTitle: title,
            walkIn: true,
            checkedInAt: new Date(plan.startsAt.getTime() + random.int(0, 30) * 60_000),
            recordedById: coordinatorId,
            createdAt: plan.startsAt,
          });
        }
      }
    }
    await insertAll(ctx.db, meetings, rows.meetings);
    await insertAll(ctx.db, meetingAgendaItems, rows.agenda);
    await insertAll(ctx.db, meetingDecisions, rows.decisions);
    await insertAll(ctx.db, mailOutbox, rows.mail);
    await insertAll(ctx.db, meetingInvitations, rows.invitations);
    await insertAll(ctx.db, meetingAttendance, rows.attendance);
    // The upcoming meetings' invitations go through the real outbox: with no mail server in the
    // demo they wait, shown as "not sent: no mail server configured".
    await ctx.db.transaction(async (tx) => {
      for (const id of upcoming) {
        const meeting = rows.meetings.find((m) => m.id === id) as typeof meetings.$inferSelect;
        await queueInvitations(tx, ctx, meeting, "request");
      }
    });
    created += Object.values(rows).reduce((sum, list) => sum + list.length, 0) + 1;
    return created;
  },
};
