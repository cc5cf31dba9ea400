import { z } from "zod";

/** The closed set of error codes the API answers with (mapped to HTTP status in server/lib/errors.ts). */
export const errorCodes = [
  "validation_failed",
  "unauthenticated",
  "invalid_credentials",
  "second_factor_required",
  "second_factor_invalid",
  "account_locked",
  "too_many_requests",
  "forbidden",
  "csrf_rejected",
  "not_found",
  "conflict",
  "setup_closed",
  "payload_too_large",
  "unsupported_media_type",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
