import { activityParamsSchema } from "../../../shared/prevention.ts";
import {
  activityReportQuerySchema,
  exportActivitiesQuerySchema,
  exportAttendanceQuerySchema,
} from "../../../shared/prevention-tests.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders } from "../../lib/encrypted-files/download-headers.ts";
import { exportActivities } from "./activity-export.ts";
import { activityReport } from "./activity-report.ts";
import { exportAttendance } from "./attendance-export.ts";
import { XLSX_TYPE } from "./spreadsheet.ts";

const tags = ["prevention"];
const spreadsheetTypes = [XLSX_TYPE, "text/csv"];

/** Files about prevention activities: the list and an attendance list as spreadsheets, a report as PDF. */
export const preventionReportsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/prevention/activities/export",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary:
          "The activities the list shows with the same filters, as XLSX or CSV (headers in the chosen language, times in WIB)",
        querystring: exportActivitiesQuerySchema,
        response: {
          200: fileResponse("The activities as a spreadsheet", spreadsheetTypes),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const file = await exportActivities(ctx, actorOf(request), request.query, locale);
      return reply.headers(downloadHeaders(file.fileName, file.mimeType)).send(file.content);
    },
  );

  app.get(
    "/api/prevention/activities/:activityId/attendees/export",
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary:
          "An activity's attendance list with names and phone numbers, as XLSX or CSV; for those who run it, audited",
        params: activityParamsSchema,
        querystring: exportAttendanceQuerySchema,
        response: {
          200: fileResponse("The attendance list as a spreadsheet", spreadsheetTypes),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const { activityId } = request.params;
      const file = await exportAttendance(ctx, actorOf(request), activityId, request.query.format, locale);
      return reply.headers(downloadHeaders(file.fileName, file.mimeType)).send(file.content);
    },
  );

  app.get(
    "/api/prevention/activities/:activityId/report",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary:
          "The activity report as PDF, with letterhead, participants, knowledge test results and photos (Indonesian unless lang=en); audited",
        params: activityParamsSchema,
        querystring: activityReportQuerySchema,
        response: { 200: fileResponse("The report", ["application/pdf"]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? request.locale;
      const report = await activityReport(ctx, actorOf(request), request.params.activityId, locale);
      return reply.headers(downloadHeaders(report.fileName, "application/pdf")).send(report.content);
    },
  );
};
