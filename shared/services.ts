import { z } from "zod";
import { codeSchema } from "./cases.ts";

export const serviceStatuses = [
  "planned",
  "in_progress",
  "delivered",
  "declined_by_victim",
  "not_available",
] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
/** A service in these states has reached the victim: it starts the case's service phase. */
export const startedServiceStatuses: readonly ServiceStatus[] = ["in_progress", "delivered"];

const date = z.iso.date();
const serviceFields = {
  serviceTypeCode: codeSchema,
  status: z.enum(serviceStatuses),
  startedOn: date.nullish(),
  endedOn: date.nullish(),
  outcome: z.string().trim().min(1).max(5000).nullish(),
};

/** Layanan recorded from the case: any provider, optionally tied to a referral of the case. */
export const recordServiceInputSchema = z.strictObject({
  ...serviceFields,
  status: serviceFields.status.default("planned"),
  casePersonId: z.uuid(),
  providerOrganizationId: z.uuid(),
  referralId: z.uuid().nullish(),
});
export type RecordServiceInput = z.infer<typeof recordServiceInputSchema>;

export const updateServiceInputSchema = z
  .strictObject({ ...serviceFields, providerOrganizationId: z.uuid() })
  .partial();
export type UpdateServiceInput = z.infer<typeof updateServiceInputSchema>;

/** Layanan recorded by the organisation that accepted a referral: person and provider are the referral's. */
export const recordReferralServiceInputSchema = z.strictObject({
  ...serviceFields,
  status: serviceFields.status.default("planned"),
});
export type RecordReferralServiceInput = z.infer<typeof recordReferralServiceInputSchema>;
export const updateReferralServiceInputSchema = z.strictObject(serviceFields).partial();

export const serviceParamsSchema = z.strictObject({ caseId: z.uuid(), serviceId: z.uuid() });
export const referralServiceParamsSchema = z.strictObject({ id: z.uuid(), serviceId: z.uuid() });

export const serviceSchema = z.object({
  id: z.uuid(),
  casePersonId: z.uuid(),
  personCode: z.string(),
  serviceTypeCode: z.string(),
  providerOrganizationId: z.uuid(),
  providerOrganizationName: z.string(),
  referralId: z.uuid().nullable(),
  status: z.enum(serviceStatuses),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ServiceDto = z.infer<typeof serviceSchema>;

/**
 * UU 21/2007's first-aid deadline for one victim: a first service within 7 days of the case's
 * identification. `met` is null while it is still pending and not yet late; `dueBy` is null when
 * the identification date is known only by its year, so the deadline cannot be judged.
 */
export const firstAidDeadlineSchema = z.object({
  casePersonId: z.uuid(),
  personCode: z.string(),
  identifiedOn: z.string(),
  firstServiceOn: z.string().nullable(),
  dueBy: z.string().nullable(),
  met: z.boolean().nullable(),
  late: z.boolean(),
});
export type FirstAidDeadline = z.infer<typeof firstAidDeadlineSchema>;

export const caseServicesSchema = z.object({
  items: z.array(serviceSchema),
  firstAid: z.array(firstAidDeadlineSchema),
});
