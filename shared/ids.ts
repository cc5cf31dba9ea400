import { z } from "zod";

export const uuidSchema = z.uuid();
export const idParamsSchema = z.strictObject({ id: z.uuid() });

/** The body of an action that takes no input: nothing, or `{}`; anything else is refused. */
export const emptyBodySchema = z.strictObject({}).optional();
