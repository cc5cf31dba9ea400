import { z } from "zod";

export const uuidSchema = z.uuid();
export const idParamsSchema = z.strictObject({ id: z.uuid() });

/**
 * The body of an action that takes no input: nothing, or `{}`; anything else is refused. Fastify
 * hands a missing body to the validator as `null`, so "nothing" must accept null as well.
 */
export const emptyBodySchema = z.strictObject({}).nullish();
