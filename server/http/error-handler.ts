import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "../../shared/api-error.ts";
import type { AppContext } from "../app-context.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AccessDenied } from "../auth/authorize.ts";
import { AppError, type Params, statusOfError } from "../lib/errors.ts";
import { type Locale, translate } from "../lib/messages.ts";

/** Fastify's own errors that are the caller's fault, as the AppError that explains them. */
function fromFastifyError(err: FastifyError): AppError | null {
  switch (err.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type", "error.unsupported_media_type");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", "error.payload_too_large");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("validation_failed", "error.malformed_json", {
        fields: [{ field: "body", key: "field.invalid" }],
      });
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("validation_failed", "error.malformed_json");
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && !err.validation)) {
    return new AppError("validation_failed", "error.malformed_json", {
      fields: [{ field: "body", key: "field.invalid" }],
    });
  }
  return null;
}

export function errorBody(err: AppError, locale: Locale): ApiError {
  const details = err.fields
    ? err.fields.map((f) => ({
        field: f.field,
        message: translate(locale, f.key, translateParams(f.params, locale)),
      }))
    : err.details;
  return {
    error: {
      code: err.code,
      message: translate(locale, err.messageKey, translateParams(err.params, locale)),
      ...(details === undefined ? {} : { details }),
    },
  };
}

// A parameter may itself name a message (e.g. the expected type "type.number"), or come in both
// languages (a vocabulary label).
export function translateParams(params: Params | undefined, locale: Locale): Record<string, string | number> {
  if (!params) return {};
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === "object"
        ? v[locale]
        : typeof v === "string" && v.startsWith("type.")
          ? translate(locale, v as "type.string")
          : v,
    ]),
  );
}

/** The one place errors become HTTP answers: every error has the same shape and a useful message. */
export function registerErrorHandler(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler(async (raw: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    let err: AppError;
    if (raw instanceof AppError) err = raw;
    else if ((raw as FastifyError).statusCode === 429)
      err = new AppError("too_many_requests", "error.too_many_requests");
    else {
      const known = fromFastifyError(raw as FastifyError);
      if (known) err = known;
      else {
        request.log.error({ err: raw }, "unhandled error");
        err = new AppError("internal", "error.internal");
      }
    }
    if (err instanceof AccessDenied && request.actor) {
      await recordAudit(ctx.db, request.actor, {
        event: "access.denied",
        recordType: err.attempt.recordType,
        recordId: err.attempt.recordId,
        data: { action: err.attempt.action, method: request.method, route: request.routeOptions.url },
      }).catch((auditErr: unknown) => request.log.error({ err: auditErr }, "could not audit a denial"));
    }
    return reply.status(statusOfError[err.code]).send(errorBody(err, request.locale));
  });
}
