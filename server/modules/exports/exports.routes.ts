import { z } from "zod";
import { exportHeaders, exportRequestSchema } from "../../../shared/exports.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { downloadHeaders } from "../../lib/encrypted-files/download-headers.ts";
import { mimeTypes } from "./export-file.ts";
import { exportCaseData } from "./exports.service.ts";

// A download is raw bytes: Fastify sends a stream as it is, past the JSON serialiser.
const fileBytes = z.custom<unknown>(() => true).meta({ type: "string", format: "binary" });

export const exportsRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/exports",
    {
      config: { access: "data.exchange" },
      schema: {
        tags: ["exports"],
        summary:
          "Export the task force's victims of a period (and region) as HTCDS 2.0, a SIMFONI-style table or the CTDC k-anonymised layout; CSV or XLSX, in an AES-256 ZIP when a password is given. Identity needs identity.reveal (a session verified with two-step authentication). Audited.",
        // A POST, not a GET: the password must never travel in an address that logs keep.
        body: exportRequestSchema,
        response: {
          200: {
            description:
              "The file (rows written in x-gugus-export-rows, withheld in x-gugus-export-withheld)",
            content: Object.fromEntries(
              [mimeTypes.csv, mimeTypes.xlsx, mimeTypes.zip].map((type) => [type, { schema: fileBytes }]),
            ),
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const file = await exportCaseData(ctx, actorOf(request), request.body, {
        method: request.method,
        url: request.routeOptions.url ?? "/api/exports",
      });
      return reply
        .headers({
          ...downloadHeaders(file.fileName, file.mimeType),
          [exportHeaders.rows]: String(file.rows),
          [exportHeaders.withheld]: String(file.withheld),
        })
        .send(file.stream);
    },
  );
};
