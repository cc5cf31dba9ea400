import { z } from "zod";
import { uploadDocumentInputSchema } from "./case-documents.ts";
import { pageQuerySchema } from "./pagination.ts";

/**
 * Tindak lanjut: what a meeting (or the work plan) asks an organisation to do by a date, and the
 * owner's reports on it. The reminders and the in-app notifications are here too.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const actionItemStatuses = ["open", "in_progress", "done", "dropped"] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/** Statuses still waiting for work: only these can be overdue or be reminded of. */
export const activeActionItemStatuses: readonly ActionItemStatus[] = ["open", "in_progress"];

/**
 * Which status may follow which. Done and dropped can be reopened (the work was not finished
 * after all, or the task force picks it up again); a reopening needs a note saying why.
 */
export const actionItemTransitions: Record<ActionItemStatus, readonly ActionItemStatus[]> = {
  open: ["in_progress", "done", "dropped"],
  in_progress: ["open", "done", "dropped"],
  done: ["in_progress"],
  dropped: ["open"],
};

export function isActiveStatus(status: ActionItemStatus): boolean {
  return activeActionItemStatuses.includes(status);
}

/** Whole days from one calendar date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An active item is overdue from the day after its due date (WIB). */
export function isOverdue(status: ActionItemStatus, dueOn: string, today: string): boolean {
  return isActiveStatus(status) && dueOn < today;
}

const ownerFields = {
  ownerOrganizationId: z.uuid(),
  // A person responsible inside the organisation: one of its users, or a name typed in.
  ownerUserId: z.uuid().nullish(),
  ownerName: text(200).nullish(),
};

function refineOwner(
  input: { ownerUserId?: string | null; ownerName?: string | null },
  ctx: z.RefinementCtx,
) {
  if (input.ownerUserId && input.ownerName)
    ctx.addIssue({ code: "custom", message: "action_item.owner_either", path: ["ownerName"] });
}

export const createActionItemInputSchema = z
  .strictObject({
    description: text(2000),
    ...ownerFields,
    dueOn: day,
    // Where the item came from: a meeting (and one of its decisions), a work-plan programme,
    // both, or neither (a standalone item).
    meetingId: z.uuid().nullish(),
    decisionId: z.uuid().nullish(),
    programmeId: z.uuid().nullish(),
  })
  .superRefine((input, ctx) => {
    refineOwner(input, ctx);
    if (input.decisionId && !input.meetingId)
      ctx.addIssue({ code: "custom", message: "action_item.decision_needs_meeting", path: ["decisionId"] });
  });
export type CreateActionItemInput = z.infer<typeof createActionItemInputSchema>;

/** The secretariat's corrections: fields left out keep their value. */
export const updateActionItemInputSchema = z
  .strictObject({
    description: text(2000),
    ...ownerFields,
    dueOn: day,
    decisionId: z.uuid().nullable(),
    programmeId: z.uuid().nullable(),
  })
  .partial()
  .superRefine(refineOwner);
export type UpdateActionItemInput = z.infer<typeof updateActionItemInputSchema>;

/** Up to three files with one report, together no larger than one document may be. */
export const MAX_UPDATE_ATTACHMENTS = 3;

export const attachmentInputSchema = uploadDocumentInputSchema.pick({
  fileName: true,
  mimeType: true,
  contentBase64: true,
});
export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

/**
 * A report by the owner: a note, a new status, or both, with files. Dropping needs the reason;
 * the server adds what depends on the current status (a reopening needs a note).
 */
export const postActionItemUpdateInputSchema = z
  .strictObject({
    note: text(5000).nullish(),
    status: z.enum(actionItemStatuses).nullish(),
    reason: text(1000).nullish(),
    attachments: z.array(attachmentInputSchema).max(MAX_UPDATE_ATTACHMENTS).default([]),
  })
  .superRefine((input, ctx) => {
    if (input.status === "dropped" && !input.reason)
      ctx.addIssue({ code: "custom", message: "action_item.reason_required", path: ["reason"] });
    if (input.reason && input.status !== "dropped")
      ctx.addIssue({ code: "custom", message: "action_item.reason_only_for_drop", path: ["reason"] });
    if (!input.note && !input.status)
      ctx.addIssue({ code: "custom", message: "action_item.note_or_status", path: ["note"] });
  });
export type PostActionItemUpdateInput = z.input<typeof postActionItemUpdateInputSchema>;

export const actionItemParamsSchema = z.strictObject({ actionItemId: z.uuid() });
export const actionItemAttachmentParamsSchema = z.strictObject({
  actionItemId: z.uuid(),
  attachmentId: z.uuid(),
});

/** List filters. `active` = open or in progress; `overdue` = active and past its due date. */
export const actionItemStateFilters = ["active", "overdue", ...actionItemStatuses] as const;
export type ActionItemStateFilter = (typeof actionItemStateFilters)[number];

export const listActionItemsQuerySchema = pageQuerySchema
  .extend({
    // "mine": the caller's organisation; "all": the whole task force (the secretariat only; for
    // anyone else it reads as "mine").
    scope: z.enum(["mine", "all"]).default("mine"),
    state: z.enum(actionItemStateFilters).optional(),
    organizationId: z.uuid().optional(),
    meetingId: z.uuid().optional(),
    programmeId: z.uuid().optional(),
    dueFrom: day.optional(),
    dueTo: day.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.dueFrom && input.dueTo && input.dueTo < input.dueFrom)
      ctx.addIssue({ code: "custom", message: "field.date_range", path: ["dueTo"] });
  });
export type ListActionItemsQuery = z.infer<typeof listActionItemsQuerySchema>;

const organizationRef = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const actionItemSchema = z.object({
  id: z.uuid(),
  description: z.string(),
  status: z.enum(actionItemStatuses),
  // Why it was dropped (status dropped only).
  dropReason: z.string().nullable(),
  dueOn: day,
  overdue: z.boolean(),
  // Days past the due date while overdue; days left (0 = today) while active and not overdue.
  daysOverdue: z.number().int().nullable(),
  daysLeft: z.number().int().nullable(),
  ownerOrganization: organizationRef,
  ownerUser: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  ownerName: z.string().nullable(),
  meeting: z
    .object({
      id: z.uuid(),
      title: z.string(),
      startsAt: z.iso.datetime(),
      seriesTitle: z.string().nullable(),
    })
    .nullable(),
  decision: z.object({ id: z.uuid(), number: z.number().int(), text: z.string() }).nullable(),
  programme: z.object({ id: z.uuid(), title: z.string(), year: z.number().int() }).nullable(),
  doneAt: z.iso.datetime().nullable(),
  // Done on or before the due date (WIB); null while not done.
  doneOnTime: z.boolean().nullable(),
  updateCount: z.number().int(),
  lastUpdateAt: z.iso.datetime().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({
    // Post progress and change the status: the owner organisation, or the secretariat.
    report: z.boolean(),
    // Change the description, owner, due date and source: the secretariat.
    edit: z.boolean(),
  }),
});
export type ActionItemDto = z.infer<typeof actionItemSchema>;

export const actionItemAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
});
export type ActionItemAttachmentDto = z.infer<typeof actionItemAttachmentSchema>;

export const actionItemEventKinds = ["created", "report", "edited"] as const;

/** One line of an item's history: its creation, a report (note and/or status change), an edit. */
export const actionItemEventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(actionItemEventKinds),
  note: z.string().nullable(),
  fromStatus: z.enum(actionItemStatuses).nullable(),
  toStatus: z.enum(actionItemStatuses).nullable(),
  reason: z.string().nullable(),
  // For an edit: the fields the secretariat changed.
  fields: z.array(z.string()),
  authorName: z.string().nullable(),
  authorOrganizationName: z.string().nullable(),
  attachments: z.array(actionItemAttachmentSchema),
  createdAt: z.iso.datetime(),
});
export type ActionItemEventDto = z.infer<typeof actionItemEventSchema>;

export const actionItemDetailSchema = actionItemSchema.extend({
  history: z.array(actionItemEventSchema),
  // The statuses the caller may move the item to now.
  nextStatuses: z.array(z.enum(actionItemStatuses)),
});
export type ActionItemDetailDto = z.infer<typeof actionItemDetailSchema>;

export const actionItemTotalsSchema = z.object({ active: z.number().int(), overdue: z.number().int() });

export const actionItemPageSchema = z.object({
  items: z.array(actionItemSchema),
  nextCursor: z.string().nullable(),
  // Over the whole scope and filters, not just this page.
  totals: actionItemTotalsSchema,
  // The scope the list was read in: "all" only for the secretariat.
  scope: z.enum(["mine", "all"]),
  today: day,
});
export type ActionItemPage = z.infer<typeof actionItemPageSchema>;

export const organizationSummaryQuerySchema = z
  .strictObject({ dueFrom: day.optional(), dueTo: day.optional() })
  .superRefine((input, ctx) => {
    if (input.dueFrom && input.dueTo && input.dueTo < input.dueFrom)
      ctx.addIssue({ code: "custom", message: "field.date_range", path: ["dueTo"] });
  });

/** Per owner organisation: how its items stand. The on-time rate is over done items only. */
export const organizationSummarySchema = z.object({
  rows: z.array(
    z.object({
      organization: organizationRef,
      open: z.number().int(),
      inProgress: z.number().int(),
      overdue: z.number().int(),
      done: z.number().int(),
      doneOnTime: z.number().int(),
      dropped: z.number().int(),
      // doneOnTime / done, 0..1; null before anything is done.
      onTimeRate: z.number().nullable(),
    }),
  ),
  today: day,
});
export type OrganizationSummaryDto = z.infer<typeof organizationSummarySchema>;

// ---------------------------------------------------------------------------------------------
// The meeting page: pulling the last meeting's open items into the agenda
// ---------------------------------------------------------------------------------------------

export const meetingActionItemsParamsSchema = z.strictObject({ meetingId: z.uuid() });

export const pullOpenItemsResultSchema = z.object({
  // The meeting the items were taken from; null when there is no earlier meeting.
  fromMeeting: z.object({ id: z.uuid(), title: z.string(), startsAt: z.iso.datetime() }).nullable(),
  added: z.number().int(),
  // Open items already on this agenda, left as they were.
  alreadyOnAgenda: z.number().int(),
});
export type PullOpenItemsResult = z.infer<typeof pullOpenItemsResultSchema>;

/** Per agenda item of a meeting: the action items it reviews (for the agenda and minutes). */
export const agendaActionItemsSchema = z.object({
  items: z.array(
    z.object({
      agendaItemId: z.uuid(),
      actionItemId: z.uuid(),
      description: z.string(),
      status: z.enum(actionItemStatuses),
      dueOn: day,
      ownerOrganizationName: z.string(),
    }),
  ),
});
export type AgendaActionItemsDto = z.infer<typeof agendaActionItemsSchema>;

// ---------------------------------------------------------------------------------------------
// Notifications (in the app; reminders also go by email)
// ---------------------------------------------------------------------------------------------

export const notificationKinds = [
  "action_item_assigned",
  "action_item_due_soon",
  "action_item_overdue",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  actionItemId: z.uuid().nullable(),
  // What the message names, kept as it was when it was made.
  description: z.string(),
  dueOn: day.nullable(),
  // Days left (due soon) or days past the due date (overdue) on the day it was made.
  days: z.number().int().nullable(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export const unreadCountSchema = z.object({ unreadCount: z.number().int() });
export const notificationParamsSchema = z.strictObject({ notificationId: z.uuid() });
