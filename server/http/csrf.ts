import type { FastifyRequest } from "fastify";
import { AppError } from "../lib/errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Security: the CSRF defence for cookie sessions (see docs/decisions/0003-csrf.md). A state-
 * changing request must be JSON (or multipart for uploads): a cross-site form cannot send that
 * without a CORS preflight, which this server never grants. Where the browser says where the
 * request came from (Sec-Fetch-Site, Origin), a foreign origin is refused outright.
 */
export function checkCsrf(request: FastifyRequest, publicUrl: string | null): void {
  if (safeMethods.has(request.method)) return;
  const site = request.headers["sec-fetch-site"];
  if (site === "cross-site") throw new AppError("csrf_rejected", "error.csrf_rejected");
  const origin = request.headers.origin;
  if (origin && origin !== "null") {
    const allowed = new Set([`http://${request.host}`, `https://${request.host}`]);
    if (publicUrl) allowed.add(new URL(publicUrl).origin);
    if (!allowed.has(origin)) throw new AppError("csrf_rejected", "error.csrf_rejected");
  } else if (origin === "null") {
    throw new AppError("csrf_rejected", "error.csrf_rejected");
  }
  // Even without a body: a cross-site form can POST an empty text/plain or urlencoded body.
  const type = request.headers["content-type"] ?? "";
  if (!/^(application\/json|multipart\/form-data)\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "error.unsupported_media_type");
  }
}
