import { z } from "zod";

export const uuidSchema = z.uuid();
export const idParamsSchema = z.strictObject({ id: z.uuid() });
