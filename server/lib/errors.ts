import type { ErrorCode } from "../../shared/api-error.ts";
import type { MessageKey } from "./messages.ts";

/** HTTP status of each error code: the one place codes meet HTTP. */
export const statusOfError: Record<ErrorCode, number> = {
  validation_failed: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  second_factor_required: 401,
  second_factor_invalid: 401,
  account_locked: 429,
  too_many_requests: 429,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  setup_closed: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

/** A text given in both languages (e.g. a vocabulary label), picked when the message is written. */
export type LocalizedText = { id: string; en: string };
export type Params = Record<string, string | number | LocalizedText>;
/** A problem with one input field, translated when the response is written. */
export type FieldProblem = { field: string; key: MessageKey; params?: Params };

/**
 * The one error type the application throws on purpose. `message` names a key of the message
 * catalogue, so the text reaches the user in their language; `params` fill its placeholders.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: MessageKey;
  readonly params: Params;
  readonly fields?: FieldProblem[];
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    messageKey: MessageKey,
    options: { params?: Params; fields?: FieldProblem[]; details?: Record<string, unknown> } = {},
  ) {
    super(messageKey);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.details = options.details;
  }
}

/** The answer for a record the caller may not see, or that does not exist: the two look alike. */
export function notFound(): AppError {
  return new AppError("not_found", "error.not_found");
}

/** Bad input that a schema could not catch (e.g. an organisation that does not exist). */
export function invalidField(field: string, key: MessageKey, params?: Params): AppError {
  return new AppError("validation_failed", "error.validation_failed", { fields: [{ field, key, params }] });
}
