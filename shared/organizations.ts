import { z } from "zod";
import { pageQuerySchema } from "./pagination.ts";

const vocabularyCode = z.string().regex(/^[a-z0-9_]{1,60}$/);
const regionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);

export const createOrganizationInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().max(60).optional(),
  typeCode: vocabularyCode,
  regionCode: regionCode,
  address: z.string().trim().max(500).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()\- ]{5,30}$/)
    .optional(),
  email: z.email().max(254).optional(),
  workingGroupIds: z.array(z.uuid()).max(6).default([]),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationInputSchema>;

// On update, null clears an optional detail (a phone number that no longer exists).
const { shape } = createOrganizationInputSchema;
export const updateOrganizationInputSchema = createOrganizationInputSchema
  .omit({ workingGroupIds: true })
  .extend({
    workingGroupIds: z.array(z.uuid()).max(6),
    shortName: shape.shortName.unwrap().nullable(),
    address: shape.address.unwrap().nullable(),
    phone: shape.phone.unwrap().nullable(),
    email: shape.email.unwrap().nullable(),
  })
  .partial();
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationInputSchema>;

export const listOrganizationsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  typeCode: vocabularyCode.optional(),
  active: z.enum(["true", "false"]).optional(),
});

export const organizationSchema = z.object({
  id: z.uuid(),
  taskForceId: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  typeCode: z.string(),
  regionCode: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  workingGroupIds: z.array(z.uuid()),
  userCount: z.number().int(),
  abilities: z.object({ update: z.boolean(), deactivate: z.boolean(), activate: z.boolean() }),
});
export type OrganizationDto = z.infer<typeof organizationSchema>;
