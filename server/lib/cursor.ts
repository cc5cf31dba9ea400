import { AppError } from "./errors.ts";

/**
 * Keyset cursors: the sort key of the last row shown, opaque to the client. A list query asks for
 * rows after it, so page 500 costs what page 1 costs.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return values;
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError("validation_failed", "error.validation_failed", {
    fields: [{ field: "cursor", key: "field.cursor_invalid" }],
  });
}

/** Splits one extra fetched row off a page: its presence says there is a next page. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
