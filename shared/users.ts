import { z } from "zod";
import { emailSchema, newPasswordSchema } from "./auth.ts";
import { pageQuerySchema } from "./pagination.ts";
import { roles } from "./roles.ts";

export const createUserInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  role: z.enum(roles),
  organizationId: z.uuid(),
  password: newPasswordSchema,
  locale: z.enum(["id", "en"]).default("id"),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: emailSchema,
    role: z.enum(roles),
    organizationId: z.uuid(),
    locale: z.enum(["id", "en"]),
  })
  .partial();
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const resetPasswordInputSchema = z.strictObject({ password: newPasswordSchema });

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(roles).optional(),
  organizationId: z.uuid().optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  organizationId: z.uuid(),
  organizationName: z.string(),
  active: z.boolean(),
  locale: z.enum(["id", "en"]),
  secondFactorEnabled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  abilities: z.object({
    update: z.boolean(),
    deactivate: z.boolean(),
    activate: z.boolean(),
    resetPassword: z.boolean(),
  }),
});
export type UserDto = z.infer<typeof userSchema>;
