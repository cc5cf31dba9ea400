import fastifyMultipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  importPageSchema,
  importParamsSchema,
  importSchema,
  listImportsQuerySchema,
  startImportFieldsSchema,
  startImportResponseSchema,
  templateQuerySchema,
} from "../../../shared/imports.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders } from "../../lib/encrypted-files/download-headers.ts";
import { AppError } from "../../lib/errors.ts";
import { createImportRunner } from "./import-runner.ts";
import { downloadTemplate, getImport, importErrorsCsv, listImports, startImport } from "./imports.service.ts";

const tags = ["imports"];

const fileBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, { message: "import.file_required" })
  .meta({ type: "string", format: "binary" });

/** The multipart body as the route reads it: the file's bytes and the text fields. */
const startImportBodySchema = z.strictObject({ file: fileBytes, ...startImportFieldsSchema });

// A download is raw bytes: Fastify sends a Buffer as it is, past the JSON serialiser.
const downloadBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: "string", format: "binary" });
const download = (description: string, ...types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: downloadBytes }])),
});

/** Multipart failures of the caller's making, as the errors that explain them. */
function multipartError(err: unknown, maximumMb: number): AppError {
  const code = (err as { code?: string }).code ?? "";
  if (["FST_REQ_FILE_TOO_LARGE", "FST_FILES_LIMIT", "FST_PARTS_LIMIT", "FST_FIELDS_LIMIT"].includes(code))
    return new AppError("payload_too_large", "error.import_file_too_large", {
      params: { maximum: maximumMb },
      fields: [{ field: "file", key: "import.file_too_large", params: { maximum: maximumMb } }],
    });
  return new AppError("validation_failed", "error.import_not_multipart", {
    fields: [{ field: "file", key: "import.file_required" }],
  });
}

export const importsRoutes: RouteModule = (app, ctx) => {
  const runner = createImportRunner(ctx, (err) => app.log.error({ err }, "import failed"));
  // A job left queued or running by a process that died is marked failed: nothing waits forever.
  app.addHook("onReady", () => runner.sweepAbandoned());
  app.addHook("onClose", () => runner.close());
  const maximumMb = Math.round(ctx.config.importMaxBytes / 1024 / 1024);
  const uploadNames = new WeakMap<FastifyRequest, string>();

  // The upload is the API's one multipart route: the parser lives in this scope only.
  app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    await scoped.register(fastifyMultipart);
    // The parts are read here, before validation, so the body schema checks the whole form.
    scoped.addHook("preValidation", async (request) => {
      if (!request.isMultipart()) throw new AppError("unsupported_media_type", "error.import_not_multipart");
      const body: Record<string, unknown> = {};
      try {
        for await (const part of request.parts({
          limits: { fileSize: ctx.config.importMaxBytes, files: 1, fields: 10, parts: 11 },
        })) {
          if (part.type === "file") {
            body[part.fieldname] = await part.toBuffer();
            uploadNames.set(request, part.filename);
          } else body[part.fieldname] = part.value;
        }
      } catch (err) {
        throw multipartError(err, maximumMb);
      }
      request.body = body;
    });

    scoped.post(
      "/api/imports",
      {
        config: { access: "data.exchange" },
        schema: {
          tags,
          summary:
            "Start an import of victims from a file (multipart: file, format, dryRun, allOrNothing); answers at once, the job runs in the background",
          consumes: ["multipart/form-data"],
          body: startImportBodySchema,
          response: {
            202: startImportResponseSchema,
            413: apiErrorSchema,
            415: apiErrorSchema,
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { file, format, dryRun, allOrNothing } = request.body;
        const started = await startImport(ctx, runner, actorOf(request), {
          bytes: file,
          fileName: uploadNames.get(request) ?? "berkas",
          format,
          dryRun: dryRun === "true",
          allOrNothing: allOrNothing === "true",
        });
        return reply.status(202).send(started);
      },
    );
  });

  app.get(
    "/api/imports",
    {
      config: { access: "data.exchange" },
      schema: {
        tags,
        summary: "The task force's imports, newest first",
        querystring: listImportsQuerySchema,
        response: { 200: importPageSchema, ...errorResponses },
      },
    },
    async (request) => listImports(ctx, runner, actorOf(request), request.query, request.locale),
  );

  app.get(
    "/api/imports/template",
    {
      config: { access: "data.exchange" },
      schema: {
        tags,
        summary:
          "The import template (XLSX with instructions and code lists, or CSV with # instruction rows)",
        querystring: templateQuerySchema,
        response: {
          200: download(
            "The template file",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/csv",
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const file = await downloadTemplate(ctx, request.query.type);
      return reply.headers(downloadHeaders(file.fileName, file.mimeType)).send(file.bytes);
    },
  );

  app.get(
    "/api/imports/:id",
    {
      config: { access: "data.exchange" },
      schema: {
        tags,
        summary: "An import's status, progress, counts, what it created (or would) and its rejected rows",
        params: importParamsSchema,
        response: { 200: importSchema, ...errorResponses },
      },
    },
    async (request) => getImport(ctx, runner, actorOf(request), request.params.id, request.locale),
  );

  app.get(
    "/api/imports/:id/errors",
    {
      config: { access: "data.exchange" },
      schema: {
        tags,
        summary: "Every rejected row of an import as CSV: row, column, problem",
        params: importParamsSchema,
        response: { 200: download("CSV, one problem per line", "text/csv"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await importErrorsCsv(ctx, actorOf(request), request.params.id, request.locale);
      return reply.headers(downloadHeaders(file.fileName, "text/csv; charset=utf-8")).send(file.bytes);
    },
  );
};
