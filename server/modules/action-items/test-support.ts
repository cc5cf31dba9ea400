import { meetingDecisions, meetingSeries, meetings } from "../../db/schema/index.ts";
import type { TestApp } from "../../test/test-app.ts";

/**
 * Test records written straight to the database: the meetings module's own API is tested
 * there; here a meeting is only where action items come from.
 */

export async function meetingFixture(
  t: TestApp,
  options: {
    startsAt: string;
    seriesId?: string | null;
    status?: "planned" | "held" | "cancelled";
    title?: string;
  },
) {
  const home = await t.factories.secretariat();
  const startsAt = new Date(options.startsAt);
  const [row] = await t.ctx.db
    .insert(meetings)
    .values({
      taskForceId: home.taskForceId,
      seriesId: options.seriesId ?? null,
      title: options.title ?? `Rapat koordinasi ${options.startsAt.slice(0, 10)}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: "Ruang Rapat Sudin PPAPP",
      status: options.status ?? "held",
    })
    .returning();
  return row!;
}

export async function seriesFixture(t: TestApp, title = "Penguatan Gugus Tugas") {
  const home = await t.factories.secretariat();
  const [row] = await t.ctx.db
    .insert(meetingSeries)
    .values({ taskForceId: home.taskForceId, title })
    .returning();
  return row!;
}

export async function decisionFixture(
  t: TestApp,
  meetingId: string,
  number: number,
  text = `Keputusan ${number}`,
) {
  const [row] = await t.ctx.db.insert(meetingDecisions).values({ meetingId, number, text }).returning();
  return row!;
}

/** A fixed "now" for the app: every service reads the time through ctx.now(). */
export function fixNow(t: TestApp, iso: string) {
  t.ctx.now = () => new Date(iso);
}
