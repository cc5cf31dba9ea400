import { preventionActivities } from "../../db/schema/index.ts";
import type { TestApp, TestResponse } from "../../test/test-app.ts";

/** The fields a refusal names, in order (empty when it names none). */
export function fieldsOf(res: TestResponse): string[] {
  return ((res.body?.error?.details ?? []) as { field: string }[]).map((d) => d.field);
}

/** The message given for one field of a refusal. */
export function messageOf(res: TestResponse, field: string): string | undefined {
  return ((res.body?.error?.details ?? []) as { field: string; message: string }[]).find(
    (d) => d.field === field,
  )?.message;
}

/**
 * An activity written straight to the database (held yesterday in Cideng, for students), so
 * these tests depend on the activity table and not on every rule of the activity form.
 */
export async function insertActivity(
  t: TestApp,
  overrides: Partial<typeof preventionActivities.$inferInsert> & { organizerOrganizationId: string },
) {
  const home = await t.factories.secretariat();
  const [row] = await t.ctx.db
    .insert(preventionActivities)
    .values({
      taskForceId: home.taskForceId,
      typeCode: "awareness_session",
      title: "Sosialisasi Pencegahan TPPO bagi Pelajar",
      status: "held",
      startsAt: new Date("2026-03-10T02:00:00Z"),
      endsAt: new Date("2026-03-10T05:00:00Z"),
      placeKind: "kelurahan",
      regionCode: "31.71.01.1002",
      placeDetail: null,
      targetGroupCodes: ["students", "parents"],
      ...overrides,
    })
    .returning();
  return row!;
}
