import type { FastifySchemaCompiler } from "fastify";
import { type core, safeParse, type ZodType } from "zod";
import { AppError, type FieldProblem } from "../lib/errors.ts";
import { isMessageKey } from "../lib/messages.ts";

type Issue = core.$ZodIssue & { input?: unknown };

function sizeProblem(origin: string, small: boolean): FieldProblem["key"] {
  if (origin === "string") return small ? "field.too_short" : "field.too_long";
  if (origin === "array" || origin === "set") return small ? "field.too_few_items" : "field.too_many_items";
  return small ? "field.too_small" : "field.too_big";
}

const formatKeys: Record<string, FieldProblem["key"]> = {
  email: "field.invalid_email",
  uuid: "field.invalid_uuid",
  date: "field.invalid_date",
  datetime: "field.invalid_datetime",
};

/** One Zod issue as a field problem whose message is translated when the answer is written. */
export function problemOfIssue(issue: Issue, prefix: string): FieldProblem[] {
  const base = issue.path.map(String).join(".");
  const field = base || prefix;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return [{ field, key: "field.required" }];
      if (issue.expected === "int") return [{ field, key: "field.not_integer" }];
      return [{ field, key: "field.invalid_type", params: { expected: `type.${issue.expected}` } }];
    }
    case "too_small":
      return [{ field, key: sizeProblem(issue.origin, true), params: { minimum: String(issue.minimum) } }];
    case "too_big":
      return [{ field, key: sizeProblem(issue.origin, false), params: { maximum: String(issue.maximum) } }];
    case "invalid_format":
      return [{ field, key: formatKeys[issue.format] ?? "field.invalid_format" }];
    case "invalid_value":
      return [{ field, key: "field.invalid_value", params: { values: issue.values.map(String).join(", ") } }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        field: base ? `${base}.${key}` : key,
        key: "field.unknown_field" as const,
      }));
    case "custom":
      // A refinement names its problem with a message key of the catalogue ("field.…").
      return [{ field, key: isMessageKey(issue.message) ? issue.message : "field.invalid" }];
    case "not_multiple_of":
      return [{ field, key: "field.not_integer" }];
    default:
      return [{ field, key: "field.invalid" }];
  }
}

/** Validates with the route's Zod schema; bad input becomes one AppError naming every field. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    const fields = result.error.issues.flatMap((issue) => problemOfIssue(issue as Issue, httpPart ?? "body"));
    return { error: new AppError("validation_failed", "error.validation_failed", { fields }) };
  };
