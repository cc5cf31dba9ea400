import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  contactInputSchema,
  contactParamsSchema,
  contactSchema,
  createEntryInputSchema,
  createMaterialInputSchema,
  entryParamsSchema,
  entrySchema,
  entrySummarySchema,
  entryVersionSchema,
  listEntriesQuerySchema,
  materialParamsSchema,
  materialSchema,
  mediaSchema,
  menuItemSchema,
  publishEntryInputSchema,
  returnEntryInputSchema,
  saveEntryInputSchema,
  saveMenuInputSchema,
  updateContactInputSchema,
  updateMaterialInputSchema,
  uploadImageInputSchema,
  versionParamsSchema,
} from "../../../shared/portal.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { createContact, deleteContact, listContacts, updateContact } from "./contacts.service.ts";
import {
  createEntry,
  getEntry,
  getVersion,
  listEntries,
  publishEntry,
  restoreVersion,
  returnEntry,
  saveEntry,
  submitEntry,
  withdrawEntry,
} from "./entries.service.ts";
import { checkMaterial, createMaterial, listMaterials, updateMaterial } from "./materials.service.ts";
import { uploadImage } from "./media.service.ts";
import { getMenu, saveMenu } from "./menu.service.ts";
import { baseUrlOf } from "./portal-http.ts";
import { qrPng, qrSvg, reportFormUrl } from "./qr.ts";

const tags = ["portal"];
// Room for JSON around a file: base64 is 4 characters for every 3 bytes.
const JSON_OVERHEAD_BYTES = 64 * 1024;

/** The secretariat's editing of the public portal: content, images, materials, menu, directory. */
export const portalRoutes: RouteModule = (app, ctx) => {
  const uploadLimit = Math.ceil((ctx.config.attachmentMaxBytes * 4) / 3) + JSON_OVERHEAD_BYTES;
  const entryResponse = { 200: entrySchema, ...errorResponses };

  app.get(
    "/api/portal/entries",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Pages or news posts of the caller's task force, with their publication state",
        querystring: listEntriesQuerySchema,
        response: { 200: z.object({ items: z.array(entrySummarySchema) }), ...errorResponses },
      },
    },
    async (request) => listEntries(ctx, actorOf(request), request.query.kind),
  );

  app.post(
    "/api/portal/entries",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Start a page or news post (version 1, a draft)",
        body: createEntryInputSchema,
        response: { 201: entrySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createEntry(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/portal/entries/:entryId",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "An entry with its newest version's text, its history and what the caller may do",
        params: entryParamsSchema,
        response: entryResponse,
      },
    },
    async (request) => getEntry(ctx, actorOf(request), request.params.entryId),
  );

  app.post(
    "/api/portal/entries/:entryId/versions",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary:
          "Save the text as a new version (a draft); refused with 409 when someone saved since baseVersion",
        params: entryParamsSchema,
        body: saveEntryInputSchema,
        response: entryResponse,
      },
    },
    async (request) => saveEntry(ctx, actorOf(request), request.params.entryId, request.body),
  );

  app.get(
    "/api/portal/entries/:entryId/versions/:number",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "The full text of one version",
        params: versionParamsSchema,
        response: { 200: entryVersionSchema, ...errorResponses },
      },
    },
    async (request) => getVersion(ctx, actorOf(request), request.params.entryId, request.params.number),
  );

  app.post(
    "/api/portal/entries/:entryId/versions/:number/restore",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Bring an old version back as the newest draft",
        params: versionParamsSchema,
        response: entryResponse,
      },
    },
    async (request) => restoreVersion(ctx, actorOf(request), request.params.entryId, request.params.number),
  );

  app.post(
    "/api/portal/entries/:entryId/submit",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Send the draft for review",
        params: entryParamsSchema,
        response: entryResponse,
      },
    },
    async (request) => submitEntry(ctx, actorOf(request), request.params.entryId),
  );

  app.post(
    "/api/portal/entries/:entryId/return",
    {
      config: { access: "portal.publish" },
      schema: {
        tags,
        summary: "Send content under review back to draft, with a note for its writer",
        params: entryParamsSchema,
        body: returnEntryInputSchema,
        response: entryResponse,
      },
    },
    async (request) => returnEntry(ctx, actorOf(request), request.params.entryId, request.body),
  );

  app.post(
    "/api/portal/entries/:entryId/publish",
    {
      config: { access: "portal.publish" },
      schema: {
        tags,
        summary: "Publish the newest version now, or from publishAt (scheduled)",
        params: entryParamsSchema,
        body: publishEntryInputSchema,
        response: entryResponse,
      },
    },
    async (request) => publishEntry(ctx, actorOf(request), request.params.entryId, request.body),
  );

  app.post(
    "/api/portal/entries/:entryId/withdraw",
    {
      config: { access: "portal.publish" },
      schema: {
        tags,
        summary: "Take the entry off the public site",
        params: entryParamsSchema,
        response: entryResponse,
      },
    },
    async (request) => withdrawEntry(ctx, actorOf(request), request.params.entryId),
  );

  app.post(
    "/api/portal/images",
    {
      config: { access: "portal.manage" },
      bodyLimit: uploadLimit,
      schema: {
        tags,
        summary: "Upload an image (JPEG, PNG or WebP, base64 in JSON); stored resized, without metadata",
        body: uploadImageInputSchema,
        response: { 201: mediaSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadImage(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/portal/materials",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Campaign materials, hidden ones too, with the address their QR code opens",
        response: { 200: z.object({ items: z.array(materialSchema) }), ...errorResponses },
      },
    },
    async (request) => listMaterials(ctx, actorOf(request), baseUrlOf(ctx, request)),
  );

  app.post(
    "/api/portal/materials",
    {
      config: { access: "portal.manage" },
      bodyLimit: uploadLimit,
      schema: {
        tags,
        summary: "Upload a poster or leaflet (PDF, PNG or JPEG, base64 in JSON); hidden until shown",
        body: createMaterialInputSchema,
        response: { 201: materialSchema, 413: apiErrorSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createMaterial(ctx, actorOf(request), request.body, baseUrlOf(ctx, request))),
  );

  app.patch(
    "/api/portal/materials/:materialId",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Change a material's words or order; showing or hiding it needs portal.publish",
        params: materialParamsSchema,
        body: updateMaterialInputSchema,
        response: { 200: materialSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMaterial(ctx, actorOf(request), request.params.materialId, request.body, baseUrlOf(ctx, request)),
  );

  for (const format of ["svg", "png"] as const) {
    app.get(
      `/api/portal/materials/:materialId/qr.${format}`,
      {
        config: { access: "portal.manage" },
        schema: {
          tags,
          summary: `The material's QR code (${format.toUpperCase()}), opening the public complaint form`,
          params: materialParamsSchema,
          response: {
            200: z.custom<Buffer | string>().meta({ type: "string", format: "binary" }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        await checkMaterial(ctx, actorOf(request), request.params.materialId);
        const url = reportFormUrl(baseUrlOf(ctx, request));
        if (format === "svg") return reply.type("image/svg+xml").send(await qrSvg(url));
        return reply
          .type("image/png")
          .header("content-disposition", 'attachment; filename="qr-lapor.png"')
          .send(await qrPng(url));
      },
    );
  }

  app.get(
    "/api/portal/menu",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "The portal's menu in order, hidden items included",
        response: { 200: z.object({ items: z.array(menuItemSchema) }), ...errorResponses },
      },
    },
    async (request) => getMenu(ctx, actorOf(request)),
  );

  app.patch(
    "/api/portal/menu",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Replace the whole menu with this list, in this order",
        body: saveMenuInputSchema,
        response: { 200: z.object({ items: z.array(menuItemSchema) }), ...errorResponses },
      },
    },
    async (request) => saveMenu(ctx, actorOf(request), request.body),
  );

  app.get(
    "/api/portal/contacts",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Hotlines and complaint posts, with what each still lacks",
        response: { 200: z.object({ items: z.array(contactSchema) }), ...errorResponses },
      },
    },
    async (request) => listContacts(ctx, actorOf(request)),
  );

  app.post(
    "/api/portal/contacts",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Add a hotline or complaint post",
        body: contactInputSchema,
        response: { 201: contactSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createContact(ctx, actorOf(request), request.body)),
  );

  app.patch(
    "/api/portal/contacts/:contactId",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Change a hotline or complaint post",
        params: contactParamsSchema,
        body: updateContactInputSchema,
        response: { 200: contactSchema, ...errorResponses },
      },
    },
    async (request) => updateContact(ctx, actorOf(request), request.params.contactId, request.body),
  );

  app.delete(
    "/api/portal/contacts/:contactId",
    {
      config: { access: "portal.manage" },
      schema: {
        tags,
        summary: "Remove a hotline or complaint post",
        params: contactParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteContact(ctx, actorOf(request), request.params.contactId);
      return reply.status(204).send(null);
    },
  );
};
