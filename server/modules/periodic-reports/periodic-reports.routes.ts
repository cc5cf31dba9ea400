import { z } from "zod";
import {
  createReportInputSchema,
  createReportResponseSchema,
  listReportsQuerySchema,
  reportFileQuerySchema,
  reportOptionsSchema,
  reportPageSchema,
  reportParamsSchema,
  reportSchema,
  reportVersionInputSchema,
  saveNarrativeInputSchema,
} from "../../../shared/periodic-reports.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { fileResponse } from "../../http/file-response.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders } from "../../lib/encrypted-files/download-headers.ts";
import {
  authorOf,
  createReport,
  deleteReport,
  finaliseReport,
  getReport,
  listReports,
  refreshReport,
  reportOptions,
  saveNarrative,
} from "./periodic-reports.service.ts";
import { downloadReport, type ReportFormat } from "./report-download.ts";
import { createReportRunner } from "./report-runner.ts";
import { XLSX_TYPE } from "./report-xlsx.ts";

const tags = ["reports"];

/**
 * The periodic task-force reports: the secretariat (report.manage) builds, writes and finalises
 * them; every reader of statistics reads and downloads the final ones.
 */
export const periodicReportsRoutes: RouteModule = (app, ctx) => {
  const runner = createReportRunner(ctx, (err) => app.log.error({ err }, "report build failed"));
  // A build left running by a process that died is ended: nothing shows "building" forever.
  app.addHook("onReady", () => runner.sweepAbandoned());
  app.addHook("onClose", () => runner.close());

  app.get(
    "/api/reports/options",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary: "What a new report may cover: the area's kecamatan and kelurahan, and the years with data",
        response: { 200: reportOptionsSchema, ...errorResponses },
      },
    },
    async (request) => reportOptions(ctx, actorOf(request)),
  );

  app.post(
    "/api/reports",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary:
          "Start a report (annual: year; semester: year and 1 or 2; custom: from and to; region optional); answers at once, the build runs in the background",
        body: createReportInputSchema,
        response: { 202: createReportResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createReport(ctx, runner, authorOf(actorOf(request)), request.body);
      return reply.status(202).send(created);
    },
  );

  app.get(
    "/api/reports",
    {
      config: { access: "statistics.read" },
      schema: {
        tags,
        summary:
          "The task force's reports, newest first: all of them for the secretariat, final ones for others",
        querystring: listReportsQuerySchema,
        response: { 200: reportPageSchema, ...errorResponses },
      },
    },
    async (request) => listReports(ctx, runner, actorOf(request), request.query, request.locale),
  );

  app.get(
    "/api/reports/:id",
    {
      config: { access: "statistics.read" },
      schema: {
        tags,
        summary: "A report: its build progress, narrative, figures (the dashboard's snapshot) and abilities",
        params: reportParamsSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => getReport(ctx, runner, actorOf(request), request.params.id, request.locale),
  );

  app.patch(
    "/api/reports/:id/narrative",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary:
          "Save the narrative sections changed (and the title) of a draft; 409 when the version is not the latest",
        params: reportParamsSchema,
        body: saveNarrativeInputSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => saveNarrative(ctx, actorOf(request), request.params.id, request.body, request.locale),
  );

  app.post(
    "/api/reports/:id/refresh",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary: "Compute a draft's figures again in the background; sections nobody edited follow them",
        params: reportParamsSchema,
        body: reportVersionInputSchema,
        response: { 202: reportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const report = await refreshReport(
        ctx,
        runner,
        actorOf(request),
        request.params.id,
        request.body,
        request.locale,
      );
      return reply.status(202).send(report);
    },
  );

  app.post(
    "/api/reports/:id/finalise",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary: "Finalise a draft: figures, text and signatory are frozen, and leadership may read it",
        params: reportParamsSchema,
        body: reportVersionInputSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => finaliseReport(ctx, actorOf(request), request.params.id, request.body, request.locale),
  );

  app.delete(
    "/api/reports/:id",
    {
      config: { access: "report.manage" },
      schema: {
        tags,
        summary: "Delete a draft or a failed build (a final report stays)",
        params: reportParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteReport(ctx, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  const download = (format: ReportFormat, mimeType: string, what: string) =>
    app.get(
      `/api/reports/:id/${format}`,
      {
        config: { access: "statistics.read" },
        schema: {
          tags,
          summary: `${what} (Indonesian unless lang=en); audited`,
          params: reportParamsSchema,
          querystring: reportFileQuerySchema,
          response: { 200: fileResponse(what, [mimeType]), ...errorResponses },
        },
      },
      async (request, reply) => {
        const locale = request.query.lang ?? "id";
        const file = await downloadReport(ctx, actorOf(request), request.params.id, format, locale);
        return reply.headers(downloadHeaders(file.fileName, file.mimeType)).send(file.content);
      },
    );
  download(
    "pdf",
    "application/pdf",
    "The report as PDF: letterhead, narrative with its tables, signature; DRAF watermark until final",
  );
  download(
    "xlsx",
    XLSX_TYPE,
    "The report as XLSX: summary, narrative, and a sheet per section with its tables",
  );
};
