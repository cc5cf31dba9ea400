import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../../app-context.ts";
import type { PortalLang } from "./portal-texts.ts";

/** The reader's language: English only when the address asks for it, so every URL has one language. */
export function langOf(request: FastifyRequest): PortalLang {
  return (request.query as Record<string, unknown> | undefined)?.lang === "en" ? "en" : "id";
}

export function queryOf(request: FastifyRequest, name: string): string | null {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : null;
}

/** The site's address as the public reaches it: the configured one, else this request's host. */
export function baseUrlOf(ctx: AppContext, request: FastifyRequest): string {
  const configured = ctx.config.publicUrl?.replace(/\/+$/, "");
  return configured || `${request.protocol}://${request.host}`;
}

/**
 * Sends a page or document. Pages are compressed (a phone on a slow link downloads a fifth) and
 * carry an ETag, so a reload that finds nothing changed costs a few hundred bytes. They are
 * revalidated every time: a publication must show at once, and a schedule at its minute.
 */
export function sendText(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  options: { type: string; status?: number; cache?: string },
) {
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  reply
    .status(options.status ?? 200)
    .header("content-type", options.type)
    .header("cache-control", options.cache ?? "public, max-age=0, must-revalidate")
    .header("etag", etag)
    .header("vary", "accept-encoding");
  if ((options.status ?? 200) === 200 && request.headers["if-none-match"] === etag) {
    return reply.status(304).send();
  }
  const accepts = String(request.headers["accept-encoding"] ?? "");
  if (body.length > 1024 && /\bgzip\b/.test(accepts)) {
    return reply.header("content-encoding", "gzip").send(gzipSync(body));
  }
  return reply.send(body);
}

export const HTML = "text/html; charset=utf-8";

/** Files that never change under their address (a new upload gets a new one). */
export const FOREVER = "public, max-age=31536000, immutable";

/**
 * Content-Disposition for a download. The name travels twice: as plain ASCII for old clients,
 * and UTF-8 encoded (RFC 6266 / 8187) for the rest.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
