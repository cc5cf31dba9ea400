import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  closeEarlyWarningInputSchema,
  EARLY_WARNING_PHOTO_MAX_BYTES,
  earlyWarningPageSchema,
  earlyWarningParamsSchema,
  earlyWarningPlacesSchema,
  earlyWarningSchema,
  escalateEarlyWarningInputSchema,
  fileEarlyWarningInputSchema,
  listEarlyWarningsQuerySchema,
  verifyEarlyWarningInputSchema,
} from "../../../shared/early-warnings.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { sendDownload } from "../../lib/encrypted-files/download-headers.ts";
import { base64BodyLimit } from "../../lib/encrypted-files/upload-checks.ts";
import { closeEarlyWarning, escalateEarlyWarning, verifyEarlyWarning } from "./early-warning-flow.ts";
import {
  earlyWarningPlaces,
  fileEarlyWarning,
  getEarlyWarning,
  listEarlyWarnings,
  readEarlyWarningPhoto,
} from "./early-warnings.service.ts";

const tags = ["early-warnings"];

/** Early warnings: field reporters file and follow them; the secretariat verifies, escalates, closes. */
export const earlyWarningsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/early-warnings/places",
    {
      config: { access: "early_warning.report" },
      schema: {
        tags,
        summary: "The kelurahan a report may name, by kecamatan, and the caller's own to start from",
        response: { 200: earlyWarningPlacesSchema, ...errorResponses },
      },
    },
    async (request) => earlyWarningPlaces(ctx, actorOf(request)),
  );

  app.get(
    "/api/early-warnings",
    {
      config: { access: "early_warning.report" },
      schema: {
        tags,
        summary:
          "Early warnings: the caller's and their organisation's (scope=mine), or the secretariat's queue (scope=all), without what was seen",
        querystring: listEarlyWarningsQuerySchema,
        response: { 200: earlyWarningPageSchema, ...errorResponses },
      },
    },
    async (request) => listEarlyWarnings(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/early-warnings",
    {
      config: { access: "early_warning.report" },
      // Only this route takes a body this large: one photo, in base64.
      bodyLimit: base64BodyLimit(EARLY_WARNING_PHOTO_MAX_BYTES),
      schema: {
        tags,
        summary:
          "File an early warning (no victim's identity), with an optional JPEG, PNG or WebP photo as base64; the photo is stored encrypted",
        body: fileEarlyWarningInputSchema,
        response: { 201: earlyWarningSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileEarlyWarning(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/early-warnings/:warningId",
    {
      config: { access: "early_warning.report" },
      schema: {
        tags,
        summary: "One early warning with what was seen, where it went and its timeline",
        params: earlyWarningParamsSchema,
        response: { 200: earlyWarningSchema, ...errorResponses },
      },
    },
    async (request) => getEarlyWarning(ctx, actorOf(request), request.params.warningId),
  );

  app.get(
    "/api/early-warnings/:warningId/photo",
    {
      config: { access: "early_warning.report" },
      schema: {
        tags,
        summary: "The warning's photo (as an attachment, with its type); every read is audited",
        params: earlyWarningParamsSchema,
        response: {
          200: fileResponse("The photo's bytes, with its type and a Content-Disposition: attachment", [
            "application/octet-stream",
          ]),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      return sendDownload(
        reply,
        await readEarlyWarningPhoto(ctx, actorOf(request), request.params.warningId),
      );
    },
  );

  app.post(
    "/api/early-warnings/:warningId/verify",
    {
      config: { access: "early_warning.manage" },
      schema: {
        tags,
        summary: "Confirm that a new warning deserves follow-up (new -> verified)",
        params: earlyWarningParamsSchema,
        body: verifyEarlyWarningInputSchema,
        response: { 200: earlyWarningSchema, ...errorResponses },
      },
    },
    async (request) => verifyEarlyWarning(ctx, actorOf(request), request.params.warningId, request.body),
  );

  app.post(
    "/api/early-warnings/:warningId/escalate",
    {
      config: { access: "early_warning.manage" },
      schema: {
        tags,
        summary:
          "Escalate a verified warning: into the intake queue as a complaint (channel early_warning), or to the police with a note",
        params: earlyWarningParamsSchema,
        body: escalateEarlyWarningInputSchema,
        response: { 200: earlyWarningSchema, ...errorResponses },
      },
    },
    async (request) => escalateEarlyWarning(ctx, actorOf(request), request.params.warningId, request.body),
  );

  app.post(
    "/api/early-warnings/:warningId/close",
    {
      config: { access: "early_warning.manage" },
      schema: {
        tags,
        summary: "Close a warning with a reason the reporter reads",
        params: earlyWarningParamsSchema,
        body: closeEarlyWarningInputSchema,
        response: { 200: earlyWarningSchema, ...errorResponses },
      },
    },
    async (request) => closeEarlyWarning(ctx, actorOf(request), request.params.warningId, request.body),
  );
};
