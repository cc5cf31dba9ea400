import { randomUUID } from "node:crypto";
import { and, asc, eq, lte, ne } from "drizzle-orm";
import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";
import { actionItemEvents, actionItems, meetingDecisions, meetings, users } from "../db/schema/index.ts";
import { wibDate } from "../lib/wib.ts";
import { insertAll } from "./demo-cases.ts";
import { doneNotes, dropReasons, progressNotes, tasks } from "./demo-follow-up-content.ts";
import { seedPlans } from "./demo-work-plans.ts";
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
