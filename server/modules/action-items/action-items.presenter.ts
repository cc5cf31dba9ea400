import {
  type ActionItemDetailDto,
  type ActionItemDto,
  type ActionItemEventDto,
  type ActionItemStatus,
  daysBetween,
  isOverdue,
} from "../../../shared/action-items.ts";
import type { UserActor } from "../../auth/actor.ts";
import { canEdit, canReport, nextStatuses } from "./action-item.policy.ts";
import type { ActionItemRow, EventRows } from "./action-items.repository.ts";

const iso = (value: string | Date | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export function presentActionItem(row: ActionItemRow, actor: UserActor, today: string): ActionItemDto {
  const { item } = row;
  const status = item.status as ActionItemStatus;
  const overdue = isOverdue(status, item.dueOn, today);
  const active = status === "open" || status === "in_progress";
  return {
    id: item.id,
    description: item.description,
    status,
    dropReason: item.dropReason,
    dueOn: item.dueOn,
    overdue,
    daysOverdue: overdue ? daysBetween(item.dueOn, today) : null,
    daysLeft: active && !overdue ? daysBetween(today, item.dueOn) : null,
    ownerOrganization: row.ownerOrganization,
    ownerUser:
      item.ownerUserId && row.ownerUserName ? { id: item.ownerUserId, name: row.ownerUserName } : null,
    ownerName: item.ownerName,
    meeting:
      item.meetingId && row.meetingTitle && row.meetingStartsAt
        ? {
            id: item.meetingId,
            title: row.meetingTitle,
            startsAt: row.meetingStartsAt.toISOString(),
            seriesTitle: row.seriesTitle,
          }
        : null,
    decision:
      item.decisionId && row.decisionNumber !== null && row.decisionText !== null
        ? { id: item.decisionId, number: row.decisionNumber, text: row.decisionText }
        : null,
    programme:
      item.programmeId && row.programmeTitle && row.programmeYear !== null
        ? { id: item.programmeId, title: row.programmeTitle, year: row.programmeYear }
        : null,
    doneAt: item.doneAt?.toISOString() ?? null,
    doneOnTime: status === "done" ? Boolean(row.doneOnTime) : null,
    updateCount: Number(row.updateCount),
    lastUpdateAt: iso(row.lastUpdateAt),
    createdByName: row.createdByName,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    abilities: { report: canReport(actor, item), edit: canEdit(actor, item) },
  };
}

export function presentEvents(
  rows: EventRows,
  fileName: (id: string, sealed: string) => string,
): ActionItemEventDto[] {
  return rows.events.map(({ event, authorName, authorOrganizationName }) => ({
    id: event.id,
    kind: event.kind as ActionItemEventDto["kind"],
    note: event.note,
    fromStatus: event.fromStatus as ActionItemStatus | null,
    toStatus: event.toStatus as ActionItemStatus | null,
    reason: event.reason,
    fields: event.fields,
    authorName,
    authorOrganizationName,
    attachments: rows.files
      .filter((f) => f.eventId === event.id)
      .map((f) => ({
        id: f.id,
        fileName: fileName(f.id, f.fileNameEnc),
        mimeType: f.mimeType,
        sizeBytes: f.sizeBytes,
      })),
    createdAt: event.createdAt.toISOString(),
  }));
}

export function presentDetail(
  row: ActionItemRow,
  actor: UserActor,
  today: string,
  history: ActionItemEventDto[],
): ActionItemDetailDto {
  return { ...presentActionItem(row, actor, today), history, nextStatuses: nextStatuses(actor, row.item) };
}
