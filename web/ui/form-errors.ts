import type { TFunction } from "i18next";
import type { z } from "zod";
import type { FieldError } from "../../shared/api-error.ts";

/** Messages by top-level field name, ready for an input's `error` prop. */
export type FieldErrors = Partial<Record<string, string>>;

/** One Zod issue in the user's language; the shared schemas carry no UI text of their own. */
export function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case "invalid_type":
      // Form values are always strings or chosen options, so a wrong type means nothing was given.
      return t("validation.required");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("validation.required")
          : t("validation.tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "array") return t("validation.required");
      return t("validation.numberMin", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array") return t("validation.tooMany", { max: Number(issue.maximum) });
      return t("validation.numberMax", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      return t("validation.format");
    case "invalid_value":
      return t("validation.choice");
    default:
      return t("validation.invalid");
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The first problem of each field, so the user fixes one thing at a time per input. An empty
 * field gets "required" whatever rule it broke: "at least 2 characters" reads oddly for nothing.
 */
export function zodFieldErrors(error: z.ZodError, t: TFunction, values?: unknown): FieldErrors {
  const given = (typeof values === "object" && values !== null ? values : {}) as Record<string, unknown>;
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (result[field] !== undefined) continue;
    const blank = issue.path.length === 1 && field in given && isBlank(given[field]);
    result[field] = blank ? t("validation.required") : issueMessage(issue, t);
  }
  return result;
}

/** The server's `validation_failed` details, already translated by the server. */
export function serverFieldErrors(details: FieldError[]): FieldErrors {
  const result: FieldErrors = {};
  for (const item of details) {
    const field = item.field.split(".")[0] ?? item.field;
    if (result[field] === undefined) result[field] = item.message;
  }
  return result;
}

/** Errors whose field no input on the form shows; they go to the form-level alert instead. */
export function unplacedErrors(errors: FieldErrors, shownFields: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([field, message]) => message !== undefined && !shownFields.includes(field))
    .map(([, message]) => message as string);
}

/** An optional text input: blank means "not given", which the shared schemas spell `undefined`. */
export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
