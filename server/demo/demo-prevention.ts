import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { countFields, type ParticipantSex } from "../../shared/prevention.ts";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import type { SchoolLevel } from "../../shared/schools.ts";
import {
  activityAttendees,
  activityPartners,
  organizations,
  preventionActivities,
  regionPopulations,
  schools,
  workingGroups,
} from "../db/schema/index.ts";
import { wibDate } from "../lib/wib.ts";
import { sealAttendee } from "../modules/prevention/attendee-identity.ts";
import { insertAll } from "./demo-cases.ts";
import {
  agencies,
  familyNames,
  femaleNames,
  maleNames,
  targetsByType,
  titles,
  types,
  type Weighted,
} from "./demo-prevention-content.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator } from "./seed-demo.ts";

/**
 * Prevention at scale 1: the schools of Jakarta Pusat's 44 kelurahan, a few hundred activities
 * from 2020 to the coming weeks, growing each year and spread unevenly (some kelurahan busy,
 * some with nothing in a year, Cideng with nothing yet this year: the demo's lurah fills that
 * gap), counts for most and attendance lists for some, drawn from each kelurahan's residents so
 * the same people come back. Schools, names and population figures are made up for the demo.
 */
const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan");
const CIDENG = "31.71.01.1002";
const FIRST_YEAR = 2020;
const activitiesPerYear = [34, 42, 50, 58, 66, 74, 80];
const DEMO_SOURCE = "Data demo (bukan data resmi)";

function weighted<T>(random: Random, table: Weighted<T>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

type Resident = {
  name: string;
  sex: ParticipantSex;
  ageBand: "children" | "adults" | "older";
  phone: string | null;
};

function resident(random: Random): Resident {
  const sex: ParticipantSex = random.chance(0.55) ? "female" : "male";
  const given = random.pick(sex === "female" ? femaleNames : maleNames);
  const ageBand = weighted(random, [
    ["children", 40],
    ["adults", 50],
    ["older", 10],
  ] as Weighted<Resident["ageBand"]>);
  return {
    name: `${given} ${random.pick(familyNames)}`,
    sex,
    ageBand,
    phone:
      ageBand !== "children" && random.chance(0.4)
        ? `08${random.int(11, 59)}${random.int(1000_0000, 9999_9999)}`
        : null,
  };
}

type SchoolPlan = { level: SchoolLevel; ownership: "public" | "private"; name: string };

/** Several schools per kelurahan: primary schools in every one, secondary ones in some. */
function schoolsOf(
  random: Random,
  name: string,
  scale: number,
  counters: Record<string, number>,
): SchoolPlan[] {
  const plans: SchoolPlan[] = [];
  for (let s = 0; s < scale; s++) {
    // A larger scale repeats the pattern; the copies are told apart by number.
    const suffix = s === 0 ? "" : ` ${s + 1}`;
    for (let i = 0, n = random.int(2, 4); i < n; i++) {
      plans.push({
        level: "sd_mi",
        ownership: "public",
        name: `SD Negeri ${name} ${String(plans.length + 1).padStart(2, "0")}`,
      });
    }
    if (random.chance(0.5)) {
      counters.smp = (counters.smp ?? 0) + 1;
      plans.push({
        level: "smp_mts",
        ownership: "public",
        name: `SMP Negeri ${counters.smp} Jakarta (demo)`,
      });
    }
    if (random.chance(0.35))
      plans.push({ level: "smp_mts", ownership: "private", name: `SMP Swasta Bina ${name}${suffix}` });
    if (random.chance(0.3)) {
      counters.sma = (counters.sma ?? 0) + 1;
      plans.push({
        level: "sma_smk_ma",
        ownership: random.chance(0.5) ? "public" : "private",
        name: random.chance(0.5) ? `SMK ${name} ${counters.sma}` : `SMA ${name} ${counters.sma}`,
      });
    }
    if (random.chance(0.2))
      plans.push({ level: "sd_mi", ownership: "private", name: `MI Al-Hidayah ${name}${suffix}` });
    if (random.chance(0.06)) plans.push({ level: "slb", ownership: "public", name: `SLB ${name}${suffix}` });
  }
  return plans;
}

export const preventionGenerator: DemoGenerator = {
  name: "pencegahan / prevention",
  async run({ ctx, random, scale, refs }) {
    const taskForceId = refs.taskForceId;
    const [prevention] = await ctx.db
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(and(eq(workingGroups.taskForceId, taskForceId), eq(workingGroups.number, 1)));

    // Schools: the demo's member schools first (linked to their organisation), then the rest.
    const memberSchools = await ctx.db
      .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode })
      .from(organizations)
      .where(and(eq(organizations.taskForceId, taskForceId), eq(organizations.typeCode, "school")));
    const schoolRows: (typeof schools.$inferInsert)[] = memberSchools.map((org) => ({
      id: randomUUID(),
      taskForceId,
      name: org.name,
      level: /^SD/.test(org.name) ? "sd_mi" : /^SMP/.test(org.name) ? "smp_mts" : "sma_smk_ma",
      ownership: "public",
      regionCode: org.regionCode,
      organizationId: org.id,
      address: DEMO_SOURCE,
    }));
    const counters: Record<string, number> = { smp: 300, sma: 0 };
    for (const k of kelurahan) {
      for (const plan of schoolsOf(random, k.name, scale, counters)) {
        schoolRows.push({
          id: randomUUID(),
          taskForceId,
          ...plan,
          // 99…: outside the range real NPSN use, so no demo school passes for a real one.
          npsn: random.chance(0.7) ? `99${String(schoolRows.length).padStart(6, "0")}` : null,
          regionCode: k.code,
          address: DEMO_SOURCE,
        });
      }
    }
    await insertAll(ctx.db, schools, schoolRows);
    const schoolsIn = new Map<string, (typeof schoolRows)[number][]>();
    for (const s of schoolRows) schoolsIn.set(s.regionCode, [...(schoolsIn.get(s.regionCode) ?? []), s]);

    // Population: one made-up figure per kelurahan (Jakarta Pusat has about a million people).
    await insertAll(
      ctx.db,
      regionPopulations,
      kelurahan.map((k) => ({
        taskForceId,
        regionCode: k.code,
        year: 2023,
        population: random.int(9_000, 48_000) * scale,
        source: DEMO_SOURCE,
      })),
    );

    // Some kelurahan are busy, many quiet: a skewed weight per kelurahan makes the gaps.
    const weights: Weighted<(typeof kelurahan)[number]> = kelurahan.map((k) => [
      k,
      random.next() ** 2.5 + 0.01,
    ]);
    const pools = new Map(
      kelurahan.map((k) => [k.code, Array.from({ length: 40 * scale }, () => resident(random))]),
    );
    const today = ctx.now();
    const todayMs = Date.parse(`${wibDate(today)}T00:00:00Z`);
    const currentYear = Number(wibDate(today).slice(0, 4));
    const userOf = (code: string) =>
      refs.userIds.get(code === CIDENG ? "lurah.cideng@demo.gugus.id" : `lurah_${code}`) ?? null;

    const activities: (typeof preventionActivities.$inferInsert)[] = [];
    const partners: (typeof activityPartners.$inferInsert)[] = [];
    const attendees: (typeof activityAttendees.$inferInsert)[] = [];
    const lastYear = Math.max(currentYear, FIRST_YEAR);
    for (let year = FIRST_YEAR; year <= lastYear; year++) {
      const perYear = activitiesPerYear[Math.min(year - FIRST_YEAR, activitiesPerYear.length - 1)]!;
      for (let n = 0, count = Math.round(perYear * scale); n < count; n++) {
        const place = weighted(random, weights);
        const typeCode = weighted(random, types);
        const dayOfYear = random.int(0, 364);
        const hour = random.int(8, 15);
        const startsMs = Date.UTC(year, 0, 1 + dayOfYear, hour - 7, random.pick([0, 30]));
        // This year runs to six weeks ahead of today: what lies ahead is still a plan.
        if (startsMs > todayMs + 42 * 86_400_000) continue;
        // Cideng has had nothing yet this year: the gap the demo's lurah closes.
        if (year === currentYear && place.code === CIDENG && startsMs <= todayMs + 86_400_000) continue;
        const status =
          startsMs > todayMs
            ? "planned"
            : random.chance(0.05)
              ? "cancelled"
              : random.chance(0.03)
                ? "planned"
                : "held";
        const placeKind =
          typeCode === "media_campaign"
            ? random.chance(0.6)
              ? "online"
              : "kelurahan"
            : weighted(random, [
                ["kelurahan", 50],
                ["school", 30],
                ["rptra", 12],
                ["other", 8],
              ] as Weighted<string>);
        const localSchools = schoolsIn.get(place.code) ?? [];
        const school = placeKind === "school" && localSchools.length > 0 ? random.pick(localSchools) : null;
        const kind = placeKind === "school" && !school ? "kelurahan" : placeKind;
        const organizerKey = random.chance(0.65)
          ? `kelurahan_${place.code}`
          : school?.organizationId && random.chance(0.5)
            ? null
            : random.pick(agencies);
        const organizerId = organizerKey ? refs.organizationIds.get(organizerKey)! : school!.organizationId!;
        const id = randomUUID();
        const targets = school
          ? [
              "students",
              ...(random.chance(0.4) ? ["teachers"] : []),
              ...(random.chance(0.3) ? ["parents"] : []),
            ]
          : [...new Set([random.pick(targetsByType[typeCode]!), random.pick(targetsByType[typeCode]!)])];
        const row: typeof preventionActivities.$inferInsert = {
          id,
          taskForceId,
          typeCode,
          title: random.pick(titles[typeCode]!),
          status,
          cancelReason:
            status === "cancelled"
              ? random.pick([
                  "Narasumber berhalangan",
                  "Bentrok dengan kegiatan kelurahan",
                  "Hujan deras dan banjir",
                ])
              : null,
          startsAt: new Date(startsMs),
          endsAt: new Date(startsMs + random.int(1, 3) * 3600_000),
          placeKind: kind,
          regionCode: kind === "online" ? null : place.code,
          schoolId: school?.id ?? null,
          placeDetail:
            kind === "online"
              ? "https://meet.demo.gugus.id/pencegahan"
              : kind === "rptra"
                ? `RPTRA ${place.name}`
                : kind === "other"
                  ? random.pick(["Masjid di RW 03", "Balai warga RW 05", "Gedung serbaguna"])
                  : kind === "kelurahan"
                    ? "Aula kantor kelurahan"
                    : null,
          targetGroupCodes: targets,
          organizerOrganizationId: organizerId,
          workingGroupId: prevention?.id ?? null,
          createdById: organizerKey === `kelurahan_${place.code}` ? userOf(place.code) : null,
          createdAt: new Date(Math.min(startsMs, todayMs) - random.int(1, 20) * 86_400_000),
          updatedAt: new Date(Math.min(startsMs + 86_400_000, todayMs)),
        };
        if (random.chance(0.35)) {
          const partnerKey = random.pick(agencies);
          const partnerId = refs.organizationIds.get(partnerKey)!;
          if (partnerId !== organizerId) partners.push({ activityId: id, organizationId: partnerId });
        }
        if (status === "held") {
          if (random.chance(0.3) && kind !== "online") {
            // An attendance list from the kelurahan's residents: the same people come back.
            const pool = pools.get(place.code)!;
            const picked = new Map<string, Resident>();
            for (let i = 0, size = random.int(8, 30); i < size; i++) {
              const person = random.pick(pool);
              picked.set(`${person.name}|${person.sex}`, person);
            }
            for (const [i, person] of [...picked.values()].entries()) {
              const attendeeId = randomUUID();
              attendees.push({
                id: attendeeId,
                activityId: id,
                ...sealAttendee(ctx.keyring, attendeeId, person),
                affiliation: school
                  ? school.name
                  : random.chance(0.5)
                    ? random.pick(["PKK RW 02", "Karang Taruna", "Warga RT 04", "Majelis taklim"])
                    : null,
                sex: person.sex,
                ageBand: school && random.chance(0.8) ? "children" : person.ageBand,
                createdById: row.createdById ?? null,
                createdAt: new Date(startsMs + (i + 1) * 60_000),
              });
            }
            row.attendeeCount = picked.size;
          } else {
            const size = typeCode === "media_campaign" ? random.int(80, 400) : random.int(15, 120);
            const children = school ? 0.8 : 0.25;
            const split = (total: number, share: number) => Math.round(total * share);
            const female = split(size, 0.55);
            const male = size - female;
            const cells = {
              femaleChildren: split(female, children),
              femaleOlder: split(female, 0.08),
              maleChildren: split(male, children),
              maleOlder: split(male, 0.06),
            };
            Object.assign(row, {
              ...cells,
              femaleAdults: Math.max(0, female - cells.femaleChildren - cells.femaleOlder),
              maleAdults: Math.max(0, male - cells.maleChildren - cells.maleOlder),
            });
          }
        }
        activities.push(row);
      }
    }
    // Every count column present in every row: a bulk insert takes one shape.
    for (const row of activities) {
      for (const field of countFields) row[field] ??= null;
      row.attendeeCount ??= 0;
    }
    await insertAll(ctx.db, preventionActivities, activities);
    await insertAll(ctx.db, activityPartners, partners);
    await insertAll(ctx.db, activityAttendees, attendees);
    return schoolRows.length + activities.length + attendees.length;
  },
};
