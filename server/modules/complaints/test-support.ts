import type { TestResponse } from "../../test/test-app.ts";

/** The fields a refusal names, in order (empty when it names none). */
export function fieldsOf(res: TestResponse): string[] {
  const details = (res.body?.error?.details ?? []) as { field: string }[];
  return details.map((d) => d.field);
}
