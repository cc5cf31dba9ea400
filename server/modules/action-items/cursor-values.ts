import { AppError } from "../../lib/errors.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor's id must be a uuid before it reaches SQL as one (a bad cast would be a 500). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The answer for a cursor whose values do not fit the list it is given to. */
export function invalidCursor(): AppError {
  return new AppError("validation_failed", "error.validation_failed", {
    fields: [{ field: "cursor", key: "field.cursor_invalid" }],
  });
}
