import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  documentParamsSchema,
  documentSchema,
  noteInputSchema,
  uploadDocumentInputSchema,
} from "../../../shared/case-documents.ts";
import { caseParamsSchema, timelineEventSchema } from "../../../shared/cases.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { sendDownload } from "../../lib/encrypted-files/download-headers.ts";
import { base64BodyLimit } from "../../lib/encrypted-files/upload-checks.ts";
import { listDocuments, readDocumentContent, uploadDocument } from "./documents.service.ts";
import { addNote } from "./notes.service.ts";

const tags = ["cases"];

export const caseDocumentsRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/cases/:caseId/notes",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Add a note to the case's timeline",
        params: caseParamsSchema,
        body: noteInputSchema,
        response: { 201: timelineEventSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNote(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.get(
    "/api/cases/:caseId/documents",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "A case's documents (names, types, sizes; not their content), newest first",
        params: caseParamsSchema,
        response: { 200: z.object({ items: z.array(documentSchema) }), ...errorResponses },
      },
    },
    async (request) => listDocuments(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/documents",
    {
      config: { access: "case.manage" },
      // Only this route takes a body this large: the configured file size, in base64.
      bodyLimit: base64BodyLimit(ctx.config.attachmentMaxBytes),
      schema: {
        tags,
        summary:
          "Upload a document (PDF, JPEG, PNG, WebP, DOCX, XLSX or plain text) as base64 in JSON; it is stored encrypted",
        params: caseParamsSchema,
        body: uploadDocumentInputSchema,
        response: { 201: documentSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await uploadDocument(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.get(
    "/api/cases/:caseId/documents/:documentId/content",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "Download a document's bytes (as an attachment, with its type); every download is audited",
        params: documentParamsSchema,
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
      const { caseId, documentId } = request.params;
      return sendDownload(reply, await readDocumentContent(ctx, actorOf(request), caseId, documentId));
    },
  );
};
