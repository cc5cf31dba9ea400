import { z } from "zod";
import { permissions } from "./permissions.ts";
import { roles } from "./roles.ts";

export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());

/** A new password: long enough to resist guessing; length beats composition rules. */
export const newPasswordSchema = z.string().min(10).max(200);

export const loginInputSchema = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  recoveryCode: z.string().min(8).max(40).optional(),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  organizationId: z.uuid(),
  taskForceId: z.uuid(),
  locale: z.enum(["id", "en"]),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const secondFactorStateSchema = z.object({
  enrolled: z.boolean(),
  required: z.boolean(),
  verified: z.boolean(),
});

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  permissions: z.array(z.enum(permissions)),
  secondFactor: secondFactorStateSchema,
  demo: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const updatePreferencesInputSchema = z.strictObject({ locale: z.enum(["id", "en"]) });

export const totpSetupResponseSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});
export const totpEnableInputSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export const totpEnableResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const totpDisableInputSchema = z.strictObject({ password: z.string().min(1).max(200) });

export const createApiTokenInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });

// `demo` lets the sign-in page, before anyone signs in, say that the data is fictitious.
export const setupStatusSchema = z.object({ needsSetup: z.boolean(), demo: z.boolean() });
export const setupInputSchema = z.strictObject({
  token: z.string().min(16).max(200),
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  password: newPasswordSchema,
});
