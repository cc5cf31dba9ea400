import { z } from "zod";
import { pageQuerySchema } from "./pagination.ts";

export const listAuditQuerySchema = pageQuerySchema.extend({
  userId: z.uuid().optional(),
  event: z.string().max(60).optional(),
  recordType: z.string().max(60).optional(),
  recordId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditEventSchema = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  event: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type AuditEventDto = z.infer<typeof auditEventSchema>;
