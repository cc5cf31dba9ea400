import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  attendanceParamsSchema,
  attendanceRateQuerySchema,
  attendanceRatesSchema,
  attendanceSchema,
  calendarFeedSchema,
  calendarFileParamsSchema,
  cancelMeetingInputSchema,
  checkInInputSchema,
  createMeetingInputSchema,
  createSeriesInputSchema,
  decisionInputSchema,
  decisionParamsSchema,
  decisionSchema,
  invitationParamsSchema,
  inviteesInputSchema,
  listMeetingsQuerySchema,
  meetingDocumentParamsSchema,
  meetingDocumentSchema,
  meetingPageSchema,
  meetingParamsSchema,
  meetingSchema,
  meetingSeriesSchema,
  minutesInputSchema,
  replaceAgendaInputSchema,
  sendInvitationsResultSchema,
  updateMeetingInputSchema,
  uploadMeetingDocumentInputSchema,
} from "../../../shared/coordination.ts";
import { emptyBodySchema } from "../../../shared/ids.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders, sendDownload } from "../../lib/encrypted-files/download-headers.ts";
import { base64BodyLimit } from "../../lib/encrypted-files/upload-checks.ts";
import { attendanceRates, checkIn, removeCheckIn } from "./attendance.service.ts";
import {
  calendarFeedFile,
  getCalendarFeed,
  issueCalendarFeed,
  revokeCalendarFeed,
} from "./calendar-feed.service.ts";
import { addInvitees, resendInvitation, sendInvitations, withdrawInvitation } from "./invitations.service.ts";
import { readMeetingDocument, uploadMeetingDocument } from "./meeting-documents.service.ts";
import { invitationLetter, meetingIcs } from "./meeting-files.service.ts";
import {
  addDecision,
  cancelMeeting,
  createMeeting,
  createSeries,
  getMeeting,
  listMeetings,
  listSeries,
  removeDecision,
  replaceAgenda,
  saveMinutes,
  updateDecision,
  updateMeeting,
} from "./meetings.service.ts";

const tags = ["coordination"];

// Downloads are raw bytes or text: Fastify sends them as they are, past the JSON serialiser.
const fileBody = z
  .custom<Buffer | string>((v) => Buffer.isBuffer(v) || typeof v === "string")
  .meta({
    type: "string",
    format: "binary",
  });
const fileResponse = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: fileBody } },
});
const noContent = { 204: z.null().describe("Done") };

const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const meetingsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/meetings",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "Meetings: upcoming (soonest first), past (latest first), or those starting within a range (a calendar month)",
        querystring: listMeetingsQuerySchema,
        response: { 200: meetingPageSchema, ...errorResponses },
      },
    },
    async (request) => listMeetings(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/meetings",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Plan a meeting with its agenda and invitees, alone or in a series; optionally mail the invitations",
        body: createMeetingInputSchema,
        response: { 201: meetingSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/meetings/:meetingId",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "One meeting: agenda, invitations and their mail state, attendance, minutes, decisions, documents",
        params: meetingParamsSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => getMeeting(ctx, actorOf(request), request.params.meetingId),
  );

  app.patch(
    "/api/meetings/:meetingId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Change a meeting; a new time, place, link or title raises its calendar sequence and mails the update to invitees already mailed",
        params: meetingParamsSchema,
        body: updateMeetingInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => updateMeeting(ctx, actorOf(request), request.params.meetingId, request.body),
  );

  app.post(
    "/api/meetings/:meetingId/cancel",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Cancel a planned meeting with a reason; invitees already mailed get the cancellation (.ics CANCEL)",
        params: meetingParamsSchema,
        body: cancelMeetingInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => cancelMeeting(ctx, actorOf(request), request.params.meetingId, request.body.reason),
  );

  app.patch(
    "/api/meetings/:meetingId/agenda",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Replace the agenda with this ordered list (items named by id keep their minutes)",
        params: meetingParamsSchema,
        body: replaceAgendaInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => replaceAgenda(ctx, actorOf(request), request.params.meetingId, request.body),
  );

  app.patch(
    "/api/meetings/:meetingId/minutes",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Write the minutes (notulen): general notes and the discussion of each agenda item",
        params: meetingParamsSchema,
        body: minutesInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => saveMinutes(ctx, actorOf(request), request.params.meetingId, request.body),
  );

  app.post(
    "/api/meetings/:meetingId/decisions",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Record a decision; decisions are numbered 1, 2, ... per meeting",
        params: meetingParamsSchema,
        body: decisionInputSchema,
        response: { 201: decisionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addDecision(ctx, actorOf(request), request.params.meetingId, request.body)),
  );

  app.patch(
    "/api/meetings/:meetingId/decisions/:decisionId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Reword a decision or move it to another agenda item",
        params: decisionParamsSchema,
        body: decisionInputSchema,
        response: { 200: decisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDecision(
        ctx,
        actorOf(request),
        request.params.meetingId,
        request.params.decisionId,
        request.body,
      ),
  );

  app.delete(
    "/api/meetings/:meetingId/decisions/:decisionId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Remove a decision (the ones after it are renumbered); refused once follow-up items hang on it",
        params: decisionParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeDecision(ctx, actorOf(request), request.params.meetingId, request.params.decisionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/meetings/:meetingId/invitations",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Invite member organisations, users or outside people (by name and email); those already invited stay",
        params: meetingParamsSchema,
        body: inviteesInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) => {
      await addInvitees(ctx, actorOf(request), request.params.meetingId, request.body);
      return getMeeting(ctx, actorOf(request), request.params.meetingId);
    },
  );

  app.post(
    "/api/meetings/:meetingId/invitations/send",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Mail the invitation (.ics attached) to every invitee not yet mailed; without a mail server they stay queued",
        params: meetingParamsSchema,
        body: emptyBodySchema,
        response: { 200: sendInvitationsResultSchema, ...errorResponses },
      },
    },
    async (request) => sendInvitations(ctx, actorOf(request), request.params.meetingId),
  );

  app.delete(
    "/api/meetings/:meetingId/invitations/:invitationId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Withdraw an invitation; an invitee already mailed gets a cancellation",
        params: invitationParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await withdrawInvitation(ctx, actorOf(request), request.params.meetingId, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/meetings/:meetingId/invitations/:invitationId/resend",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Send one invitation again (a failed mail is retried; a delivered one is mailed once more)",
        params: invitationParamsSchema,
        body: emptyBodySchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await resendInvitation(ctx, actorOf(request), request.params.meetingId, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/meetings/:meetingId/invitation.ics",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "The meeting as an iCalendar file to import into a calendar",
        params: meetingParamsSchema,
        response: { 200: fileResponse("text/calendar", "An iCalendar (RFC 5545) file"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await meetingIcs(ctx, actorOf(request), request.params.meetingId);
      return reply
        .headers({
          ...downloadHeaders(file.fileName, "text/calendar"),
          "content-type": "text/calendar; charset=utf-8",
        })
        .send(file.body);
    },
  );

  app.get(
    "/api/meetings/:meetingId/letter.pdf",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "The printable invitation letter (PDF, official letter style); ?invitationId= addresses one invitee",
        params: meetingParamsSchema,
        querystring: z.strictObject({ invitationId: z.uuid().optional() }),
        response: { 200: fileResponse("application/pdf", "The letter as PDF"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await invitationLetter(
        ctx,
        actorOf(request),
        request.params.meetingId,
        request.query.invitationId,
      );
      return reply.headers(downloadHeaders(file.fileName, "application/pdf")).send(file.pdf);
    },
  );

  app.post(
    "/api/meetings/:meetingId/attendance",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Check someone in at the door: an invitation (one tap) or a walk-in with name and organisation; opens 24 hours before the start",
        params: meetingParamsSchema,
        body: checkInInputSchema,
        response: { 201: attendanceSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await checkIn(ctx, actorOf(request), request.params.meetingId, request.body)),
  );

  app.delete(
    "/api/meetings/:meetingId/attendance/:attendanceId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Undo a check-in made by mistake",
        params: attendanceParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeCheckIn(ctx, actorOf(request), request.params.meetingId, request.params.attendanceId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/meetings/:meetingId/documents",
    {
      config: { access: "coordination.manage" },
      bodyLimit: base64BodyLimit(ctx.config.attachmentMaxBytes),
      schema: {
        tags,
        summary:
          "Upload a meeting document (material, signed letter, attendance sheet) as base64 in JSON; stored encrypted",
        params: meetingParamsSchema,
        body: uploadMeetingDocumentInputSchema,
        response: { 201: meetingDocumentSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await uploadMeetingDocument(ctx, actorOf(request), request.params.meetingId, request.body)),
  );

  app.get(
    "/api/meetings/:meetingId/documents/:documentId/content",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Download a meeting document; every download is audited",
        params: meetingDocumentParamsSchema,
        response: { 200: fileResponse("application/octet-stream", "The file's bytes"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { meetingId, documentId } = request.params;
      return sendDownload(reply, await readMeetingDocument(ctx, actorOf(request), meetingId, documentId));
    },
  );

  app.get(
    "/api/meeting-series",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Meeting series, newest first, with how many meetings each has",
        response: { 200: z.object({ items: z.array(meetingSeriesSchema) }), ...errorResponses },
      },
    },
    async (request) => listSeries(ctx, actorOf(request)),
  );

  app.post(
    "/api/meeting-series",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Start a series of meetings (e.g. three sessions to strengthen the task force)",
        body: createSeriesInputSchema,
        response: { 201: meetingSeriesSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createSeries(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/coordination/attendance-rates",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "Attendance rate per organisation and year over held meetings (invited, attended, rate; walk-ins apart)",
        querystring: attendanceRateQuerySchema,
        response: { 200: attendanceRatesSchema, ...errorResponses },
      },
    },
    async (request) => attendanceRates(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/account/calendar-feed",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "The caller's personal calendar feed link (null until made)",
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
    },
    async (request) =>
      getCalendarFeed(ctx, actorOf(request), {
        publicUrl: ctx.config.publicUrl,
        requestOrigin: originOf(request),
      }),
  );

  app.post(
    "/api/account/calendar-feed",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Make a new calendar feed link; the previous one stops working",
        body: emptyBodySchema,
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
    },
    async (request) =>
      issueCalendarFeed(ctx, actorOf(request), {
        publicUrl: ctx.config.publicUrl,
        requestOrigin: originOf(request),
      }),
  );

  app.delete(
    "/api/account/calendar-feed",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Revoke the calendar feed link",
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(ctx, actorOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/calendar/:file",
    {
      config: {
        access: "public",
        // The link is the secret (256 random bits); the limit only spares the server from floods.
        rateLimit: { max: 120, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary:
          "A personal calendar feed (<token>.ics) for calendar apps: the meetings its owner or their organisation is invited to; a wrong or revoked token is 404",
        params: calendarFileParamsSchema,
        response: { 200: fileResponse("text/calendar", "An iCalendar (RFC 5545) feed"), 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const body = await calendarFeedFile(ctx, request.params.file);
      return reply
        .headers({
          "content-type": "text/calendar; charset=utf-8",
          "cache-control": "private, max-age=300",
          "x-content-type-options": "nosniff",
        })
        .send(body);
    },
  );
};
