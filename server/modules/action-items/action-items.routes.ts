import {
  actionItemAttachmentParamsSchema,
  actionItemDetailSchema,
  actionItemPageSchema,
  actionItemParamsSchema,
  agendaActionItemsSchema,
  createActionItemInputSchema,
  listActionItemsQuerySchema,
  MAX_UPDATE_ATTACHMENTS,
  meetingActionItemsParamsSchema,
  organizationSummaryQuerySchema,
  organizationSummarySchema,
  postActionItemUpdateInputSchema,
  pullOpenItemsResultSchema,
  updateActionItemInputSchema,
} from "../../../shared/action-items.ts";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { sendDownload } from "../../lib/encrypted-files/download-headers.ts";
import { base64BodyLimit } from "../../lib/encrypted-files/upload-checks.ts";
import { readAttachment, reportOnActionItem } from "./action-item-reports.service.ts";
import {
  createActionItem,
  editActionItem,
  getActionItem,
  listActionItems,
  organizationSummary,
} from "./action-items.service.ts";
import { agendaActionItems, pullOpenItems } from "./meeting-follow-up.service.ts";

const tags = ["action items"];

export const actionItemsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/action-items",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "Action items: the caller's organisation's (scope=mine) or, for the secretariat, all of the task force (scope=all); overdue first, then by due date",
        querystring: listActionItemsQuerySchema,
        response: { 200: actionItemPageSchema, ...errorResponses },
      },
    },
    async (request) => listActionItems(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/action-items/by-organization",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Per owner organisation: open, in progress, overdue, done (on time) and dropped items",
        querystring: organizationSummaryQuerySchema,
        response: { 200: organizationSummarySchema, ...errorResponses },
      },
    },
    async (request) => organizationSummary(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/action-items",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Record an action item for an organisation, from a meeting (and decision), a programme, or on its own",
        body: createActionItemInputSchema,
        response: { 201: actionItemDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActionItem(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/action-items/:actionItemId",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "One action item with its history of reports and status changes",
        params: actionItemParamsSchema,
        response: { 200: actionItemDetailSchema, ...errorResponses },
      },
    },
    async (request) => getActionItem(ctx, actorOf(request), request.params.actionItemId),
  );

  app.patch(
    "/api/action-items/:actionItemId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Correct an active action item (description, owner, due date, decision, programme)",
        params: actionItemParamsSchema,
        body: updateActionItemInputSchema,
        response: { 200: actionItemDetailSchema, ...errorResponses },
      },
    },
    async (request) => editActionItem(ctx, actorOf(request), request.params.actionItemId, request.body),
  );

  app.post(
    "/api/action-items/:actionItemId/reports",
    {
      config: { access: "action_item.update" },
      // The files travel in base64 inside the JSON: together at most one document's size.
      bodyLimit: base64BodyLimit(ctx.config.attachmentMaxBytes),
      schema: {
        tags,
        summary: `Report progress: a note, a new status (dropped needs a reason), and up to ${MAX_UPDATE_ATTACHMENTS} files in base64`,
        params: actionItemParamsSchema,
        body: postActionItemUpdateInputSchema,
        response: { 201: actionItemDetailSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reportOnActionItem(ctx, actorOf(request), request.params.actionItemId, request.body)),
  );

  app.get(
    "/api/action-items/:actionItemId/attachments/:attachmentId/content",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Download a report's file (as an attachment, with its type); every download is audited",
        params: actionItemAttachmentParamsSchema,
        response: {
          200: fileResponse(
            "The file's bytes, with its type and a Content-Disposition: attachment naming it",
            ["application/octet-stream"],
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { actionItemId, attachmentId } = request.params;
      return sendDownload(reply, await readAttachment(ctx, actorOf(request), actionItemId, attachmentId));
    },
  );

  app.post(
    "/api/meetings/:meetingId/agenda/pull-action-items",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Add the open action items of the previous meeting (of the series, else of the task force) to this meeting's agenda",
        params: meetingActionItemsParamsSchema,
        response: { 200: pullOpenItemsResultSchema, ...errorResponses },
      },
    },
    async (request) => pullOpenItems(ctx, actorOf(request), request.params.meetingId, request.locale),
  );

  app.get(
    "/api/meetings/:meetingId/agenda/action-items",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "The action items this meeting's agenda items review",
        params: meetingActionItemsParamsSchema,
        response: { 200: agendaActionItemsSchema, ...errorResponses },
      },
    },
    async (request) => agendaActionItems(ctx, actorOf(request), request.params.meetingId),
  );
};
