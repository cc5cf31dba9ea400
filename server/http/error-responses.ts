import { apiErrorSchema } from "../../shared/api-error.ts";

/**
 * The error answers a guarded route may give, for its documented responses: not signed in,
 * no permission, out of reach, a state that forbids the action, invalid input.
 */
export const errorResponses = {
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  422: apiErrorSchema,
};
