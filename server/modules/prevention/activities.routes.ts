import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import {
  activityFileParamsSchema,
  activityFileSchema,
  activityParamsSchema,
  activitySchema,
  activitySummarySchema,
  attendeeImportInputSchema,
  attendeeImportResultSchema,
  attendeeInputSchema,
  attendeeListSchema,
  attendeeParamsSchema,
  attendeeSchema,
  attendeeTemplateQuerySchema,
  createActivityInputSchema,
  listActivitiesQuerySchema,
  updateActivityInputSchema,
  uploadActivityFileInputSchema,
} from "../../../shared/prevention.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders, sendDownload } from "../../lib/encrypted-files/download-headers.ts";
import { base64BodyLimit } from "../../lib/encrypted-files/upload-checks.ts";
import { createActivity, getActivity, listActivities, updateActivity } from "./activities.service.ts";
import { deleteFile, listFiles, readFileContent, uploadFile } from "./activity-files.service.ts";
import { attendeeTemplate, IMPORT_MAX_BYTES } from "./attendee-import.ts";
import { addAttendee, importAttendees, listAttendees, removeAttendee } from "./attendees.service.ts";

const tags = ["prevention"];

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Prevention activities: plans and records, their attendance lists, materials and photos. */
export const activitiesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/prevention/activities",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary:
          "The task force's activities: coming plans first (soonest first), then the rest, newest first",
        querystring: listActivitiesQuerySchema,
        response: { 200: pageSchema(activitySummarySchema), ...errorResponses },
      },
    },
    async (request) => listActivities(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/prevention/activities",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary:
          "Plan an activity or record one that was held (organised by the caller's organisation unless the secretariat names another)",
        body: createActivityInputSchema,
        response: { 201: activitySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActivity(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/prevention/activities/:activityId",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "One activity with its participant counts (no names)",
        params: activityParamsSchema,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => getActivity(ctx, actorOf(request), request.params.activityId),
  );

  app.patch(
    "/api/prevention/activities/:activityId",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary:
          "Change an activity (its organiser's organisation or the secretariat; 403 for others who can read it)",
        params: activityParamsSchema,
        body: updateActivityInputSchema,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) => updateActivity(ctx, actorOf(request), request.params.activityId, request.body),
  );

  app.get(
    "/api/prevention/activities/:activityId/attendees",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "The attendance list with the counts it stands for (organiser and secretariat only)",
        params: activityParamsSchema,
        response: { 200: attendeeListSchema, ...errorResponses },
      },
    },
    async (request) => listAttendees(ctx, actorOf(request), request.params.activityId),
  );

  app.post(
    "/api/prevention/activities/:activityId/attendees",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "Add one person to the attendance list (name and phone are stored encrypted)",
        params: activityParamsSchema,
        body: attendeeInputSchema,
        response: { 201: attendeeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAttendee(ctx, actorOf(request), request.params.activityId, request.body)),
  );

  app.delete(
    "/api/prevention/activities/:activityId/attendees/:attendeeId",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "Take a person off the attendance list",
        params: attendeeParamsSchema,
        response: { 200: activitySchema, ...errorResponses },
      },
    },
    async (request) =>
      removeAttendee(ctx, actorOf(request), request.params.activityId, request.params.attendeeId),
  );

  app.post(
    "/api/prevention/activities/:activityId/attendees/import",
    {
      config: { access: "prevention.manage" },
      bodyLimit: base64BodyLimit(IMPORT_MAX_BYTES),
      schema: {
        tags,
        summary:
          "Import an attendance list from CSV or XLSX (base64 in JSON): a preview names every rejected row; committing adds the accepted ones",
        params: activityParamsSchema,
        body: attendeeImportInputSchema,
        response: { 200: attendeeImportResultSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request) =>
      importAttendees(ctx, actorOf(request), request.params.activityId, request.body, request.locale),
  );

  app.get(
    "/api/prevention/attendee-template",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "The attendance list template, as CSV or XLSX",
        querystring: attendeeTemplateQuerySchema,
        response: {
          200: fileResponse("The template file", ["application/octet-stream"]),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const file = await attendeeTemplate(format);
      const headers = downloadHeaders(`daftar-hadir.${format}`, format === "csv" ? "text/csv" : XLSX_TYPE);
      // A template is the same for everyone: no need to refuse caching it.
      return reply.headers({ ...headers, "cache-control": "private, max-age=3600" }).send(file);
    },
  );

  app.get(
    "/api/prevention/activities/:activityId/files",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "The activity's materials and photos (names, types, sizes; not their content)",
        params: activityParamsSchema,
        response: { 200: z.object({ items: z.array(activityFileSchema) }), ...errorResponses },
      },
    },
    async (request) => listFiles(ctx, actorOf(request), request.params.activityId),
  );

  app.post(
    "/api/prevention/activities/:activityId/files",
    {
      config: { access: "prevention.manage" },
      bodyLimit: base64BodyLimit(ctx.config.attachmentMaxBytes),
      schema: {
        tags,
        summary:
          "Upload a material (PDF, image, DOCX, XLSX, PPTX, text) or a photo (JPEG, PNG, WebP) as base64 in JSON; stored encrypted",
        params: activityParamsSchema,
        body: uploadActivityFileInputSchema,
        response: { 201: activityFileSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await uploadFile(ctx, actorOf(request), request.params.activityId, request.body)),
  );

  app.get(
    "/api/prevention/activities/:activityId/files/:fileId/content",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "Download a material or photo (as an attachment, with its type); every download is audited",
        params: activityFileParamsSchema,
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
      const { activityId, fileId } = request.params;
      return sendDownload(reply, await readFileContent(ctx, actorOf(request), activityId, fileId));
    },
  );

  app.delete(
    "/api/prevention/activities/:activityId/files/:fileId",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "Remove a material or photo",
        params: activityFileParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteFile(ctx, actorOf(request), request.params.activityId, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
};
