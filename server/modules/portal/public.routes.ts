import type { FastifyReply, FastifyRequest } from "fastify";
import { type FixedPageSlug, isFixedPageSlug, pageAddresses, SLUG_PATTERN } from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { renderActivities } from "./pages-activities.ts";
import { renderEntry, renderHome, renderNewsList, renderNotFound } from "./pages-content.ts";
import { renderMaterials } from "./pages-materials.ts";
import { loadStatistics, renderStatistics, renderStatisticsUnavailable } from "./pages-statistics.ts";
import { attachment, baseUrlOf, FOREVER, HTML, langOf, queryOf, sendText } from "./portal-http.ts";
import {
  findImage,
  findMaterialFile,
  type LiveEntry,
  liveEntries,
  liveMaterials,
} from "./public.repository.ts";
import { imagesOf, loadSite, type PortalSite } from "./public.service.ts";
import { activitiesPage, homePage, newsPage, robotsTxt, sitemapXml } from "./public-pages.service.ts";
import { qrPng, qrSvg, reportFormUrl } from "./qr.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TEN_MINUTES = 10 * 60_000;

// Pages are not part of the JSON API: hidden from its document; outside /api, declared public.
const page = { config: { access: "public" as const }, schema: { hide: true } };

type Handler = (site: PortalSite, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * The public portal: server-rendered pages at the site root, readable without JavaScript.
 * Security: everything here is public by design, reads only the portal's own tables, the
 * prevention activities (no attendees) and the statistics engine's suppressed figures.
 */
export const portalPublicRoutes: RouteModule = (app, ctx) => {
  const withSite =
    (path: (request: FastifyRequest) => string, handler: Handler) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const site = await loadSite(ctx, {
        lang: langOf(request),
        path: path(request),
        baseUrl: baseUrlOf(ctx, request),
      });
      if (!site) return reply.callNotFound();
      return handler(site, request, reply);
    };
  const fixed = (request: FastifyRequest) => request.url.split("?")[0]!;
  const notFound = (site: PortalSite, request: FastifyRequest, reply: FastifyReply) =>
    sendText(request, reply, renderNotFound(site.view), { type: HTML, status: 404 });

  app.get(
    "/",
    page,
    withSite(fixed, async (site, request, reply) =>
      sendText(request, reply, renderHome(site.view, await homePage(ctx, site)), { type: HTML }),
    ),
  );

  const showPage = async (site: PortalSite, slug: string, request: FastifyRequest, reply: FastifyReply) => {
    const [entry] = await liveEntries(ctx.db, site.taskForce.id, ctx.now(), { kind: "page", slug });
    if (!entry) return notFound(site, request, reply);
    const images = await pageImages(ctx, site, entry);
    return sendText(request, reply, renderEntry(site.view, entry, images), { type: HTML });
  };

  for (const [slug, address] of Object.entries(pageAddresses) as [FixedPageSlug, string][]) {
    if (address === "/") continue;
    app.get(
      address,
      page,
      withSite(fixed, (site, request, reply) => showPage(site, slug, request, reply)),
    );
  }

  app.get(
    "/halaman/:slug",
    page,
    withSite(fixed, async (site, request, reply) => {
      const { slug } = request.params as { slug: string };
      // A page with its own short address lives there only: one URL per page for search engines.
      if (isFixedPageSlug(slug)) {
        const query = site.view.lang === "en" ? "?lang=en" : "";
        return reply.redirect(`${pageAddresses[slug]}${query}`, 301);
      }
      if (!SLUG_PATTERN.test(slug)) return notFound(site, request, reply);
      return showPage(site, slug, request, reply);
    }),
  );

  app.get(
    "/berita",
    page,
    withSite(fixed, async (site, request, reply) => {
      const requested = Number.parseInt(queryOf(request, "halaman") ?? "1", 10);
      const pageNumber = Number.isFinite(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
      const { entries, hasNext } = await newsPage(ctx, site, pageNumber);
      return sendText(request, reply, renderNewsList(site.view, entries, { page: pageNumber, hasNext }), {
        type: HTML,
      });
    }),
  );

  app.get(
    "/berita/:slug",
    page,
    withSite(fixed, async (site, request, reply) => {
      const { slug } = request.params as { slug: string };
      if (!SLUG_PATTERN.test(slug)) return notFound(site, request, reply);
      const [entry] = await liveEntries(ctx.db, site.taskForce.id, ctx.now(), { kind: "news", slug });
      if (!entry) return notFound(site, request, reply);
      const images = await pageImages(ctx, site, entry);
      return sendText(request, reply, renderEntry(site.view, entry, images), { type: HTML });
    }),
  );

  app.get(
    "/statistik",
    {
      ...page,
      // Six counts per page: the same limit as the statistics API's, so neither is a way around the other.
      config: {
        ...page.config,
        rateLimit: { max: ctx.config.publicStatsLimitPer10Min, timeWindow: TEN_MINUTES },
      },
    },
    withSite(fixed, async (site, request, reply) => {
      try {
        const data = await loadStatistics(ctx, site.taskForce.code, site.view.lang);
        return sendText(request, reply, renderStatistics(site.view, data), { type: HTML });
      } catch (err) {
        request.log.error({ err }, "public statistics page failed");
        return sendText(request, reply, renderStatisticsUnavailable(site.view), { type: HTML, status: 503 });
      }
    }),
  );

  app.get(
    "/kegiatan",
    page,
    withSite(fixed, async (site, request, reply) => {
      const data = await activitiesPage(ctx, site, {
        kelurahan: queryOf(request, "kelurahan"),
        before: queryOf(request, "sebelum"),
      });
      return sendText(request, reply, renderActivities(site.view, data), { type: HTML });
    }),
  );

  app.get(
    "/materi",
    page,
    withSite(fixed, async (site, request, reply) => {
      const materials = await liveMaterials(ctx.db, site.taskForce.id);
      const body = renderMaterials(site.view, materials, reportFormUrl(site.view.baseUrl));
      return sendText(request, reply, body, { type: HTML });
    }),
  );

  app.get(
    "/materi/:materialId/unduh",
    page,
    withSite(fixed, async (site, request, reply) => {
      const { materialId } = request.params as { materialId: string };
      const file = UUID.test(materialId)
        ? await findMaterialFile(ctx.db, site.taskForce.id, materialId)
        : null;
      if (!file) return notFound(site, request, reply);
      return reply
        .header("content-type", file.mimeType)
        .header("content-disposition", attachment(file.fileName))
        .header("cache-control", "public, max-age=3600")
        .send(file.content);
    }),
  );

  for (const format of ["svg", "png"] as const) {
    app.get(
      `/materi/:materialId/qr.${format}`,
      page,
      withSite(fixed, async (site, request, reply) => {
        const { materialId } = request.params as { materialId: string };
        const file = UUID.test(materialId)
          ? await findMaterialFile(ctx.db, site.taskForce.id, materialId)
          : null;
        if (!file) return notFound(site, request, reply);
        const url = reportFormUrl(site.view.baseUrl);
        if (format === "svg") {
          return sendText(request, reply, await qrSvg(url), {
            type: "image/svg+xml",
            cache: "public, max-age=3600",
          });
        }
        return reply
          .header("content-type", "image/png")
          .header("content-disposition", attachment("qr-lapor.png"))
          .header("cache-control", "public, max-age=3600")
          .send(await qrPng(url));
      }),
    );
  }

  app.get(
    "/media/:mediaId",
    page,
    withSite(fixed, async (site, request, reply) => {
      const { mediaId } = request.params as { mediaId: string };
      const small = queryOf(request, "ukuran") === "kecil";
      const image = UUID.test(mediaId) ? await findImage(ctx.db, site.taskForce.id, mediaId, small) : null;
      if (!image) return notFound(site, request, reply);
      return reply
        .header("content-type", image.mimeType)
        .header("cache-control", FOREVER)
        .send(Buffer.from(image.content));
    }),
  );

  app.get(
    "/robots.txt",
    page,
    withSite(fixed, async (site, request, reply) =>
      sendText(request, reply, robotsTxt(site), { type: "text/plain; charset=utf-8" }),
    ),
  );

  app.get(
    "/sitemap.xml",
    page,
    withSite(fixed, async (site, request, reply) =>
      sendText(request, reply, await sitemapXml(ctx, site), { type: "application/xml; charset=utf-8" }),
    ),
  );
};

function pageImages(ctx: AppContext, site: PortalSite, entry: LiveEntry) {
  return imagesOf(ctx.db, site.taskForce.id, [entry.bodyId, entry.bodyEn], entry.coverMediaId);
}
