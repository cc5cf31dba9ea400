import {
  complaintParamsSchema,
  complaintSchema,
  complaintSummarySchema,
  listComplaintsQuerySchema,
  recordComplaintInputSchema,
  triageInputSchema,
} from "../../../shared/complaints.ts";
import { emptyBodySchema } from "../../../shared/ids.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { triageComplaint } from "./complaint-triage.ts";
import { getComplaint, listComplaints, recordComplaint, reviewComplaint } from "./complaints.service.ts";

const tags = ["complaints"];

/** The intake queue: staff record complaints from every channel and triage them. */
export const complaintsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/complaints",
    {
      config: { access: "complaint.manage" },
      schema: {
        tags,
        summary: "The task force's complaints, newest first (no story, no reporter)",
        querystring: listComplaintsQuerySchema,
        response: { 200: pageSchema(complaintSummarySchema), ...errorResponses },
      },
    },
    async (request) => listComplaints(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/complaints",
    {
      config: { access: "complaint.manage" },
      schema: {
        tags,
        summary: "Record a complaint received through any channel",
        body: recordComplaintInputSchema,
        response: { 201: complaintSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordComplaint(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/complaints/:complaintId",
    {
      config: { access: "complaint.manage" },
      schema: {
        tags,
        summary: "One complaint with its story and reporter (viewing the reporter's identity is audited)",
        params: complaintParamsSchema,
        response: { 200: complaintSchema, ...errorResponses },
      },
    },
    async (request) => getComplaint(ctx, actorOf(request), request.params.complaintId),
  );

  app.post(
    "/api/complaints/:complaintId/review",
    {
      config: { access: "complaint.manage" },
      schema: {
        tags,
        summary: "Take a received complaint under review",
        params: complaintParamsSchema,
        body: emptyBodySchema,
        response: { 200: complaintSummarySchema, ...errorResponses },
      },
    },
    async (request) => reviewComplaint(ctx, actorOf(request), request.params.complaintId),
  );

  app.post(
    "/api/complaints/:complaintId/triage",
    {
      config: { access: "complaint.manage" },
      schema: {
        tags,
        summary: "Decide a complaint: not TPPO, referred elsewhere, open a case, or attach it to a case",
        params: complaintParamsSchema,
        body: triageInputSchema,
        response: { 200: complaintSummarySchema, ...errorResponses },
      },
    },
    async (request) => triageComplaint(ctx, actorOf(request), request.params.complaintId, request.body),
  );
};
