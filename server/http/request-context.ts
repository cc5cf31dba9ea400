import type { FastifyInstance, FastifyRequest } from "fastify";
import { secondFactorPermissions } from "../../shared/permissions.ts";
import type { AppContext } from "../app-context.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { UserActor } from "../auth/actor.ts";
import { API_TOKEN_PREFIX, resolveApiToken } from "../auth/api-tokens.ts";
import { permissionsOfRole } from "../auth/roles.ts";
import { resolveSession, SESSION_COOKIE } from "../auth/sessions.ts";
import { AppError } from "../lib/errors.ts";
import { type Locale, pickLocale } from "../lib/messages.ts";
import { checkCsrf } from "./csrf.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: UserActor | null;
    locale: Locale;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith("Bearer ")) return null;
  const token = header.slice(7).trim();
  return token.startsWith(API_TOKEN_PREFIX) ? token : "";
}

/**
 * Before any body is read: who is calling, in which language, and may they call this route at
 * all. Runs first so a caller without a session gets 401 whatever the input, and a caller without
 * the route's permission gets 403 (and an audit record) before their input is looked at.
 */
export function registerRequestContext(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("locale", "id");

  app.addHook("onRequest", async (request) => {
    request.locale = pickLocale(request.headers["accept-language"]);
    const access = request.routeOptions.config.access;
    if (!access || !request.url.startsWith("/api/")) return;

    const bearer = bearerToken(request);
    if (bearer === null) checkCsrf(request, ctx.config.publicUrl);
    // Public routes never read the caller: no session lookup for a health check or a sign-in.
    if (access === "public") return;
    const cookie = request.cookies[SESSION_COOKIE];
    // A request that presents a bearer token is judged by it alone: an unknown or malformed token
    // is no one, never a fall-back to a cookie the browser happened to send along.
    if (bearer !== null) request.actor = bearer ? await resolveApiToken(ctx, bearer, request.ip) : null;
    else if (cookie) request.actor = await resolveSession(ctx, cookie, request.ip);

    if (!request.actor) throw new AppError("unauthenticated", "error.unauthenticated");
    if (!request.actor.permissions.has(access)) {
      await recordAudit(ctx.db, request.actor, {
        event: "access.denied",
        data: { permission: access, method: request.method, route: request.routeOptions.url },
      });
      // The role holds the permission but this session lacks the second factor: say so, so the
      // person knows that enabling two-step verification (not another role) is the way in.
      const heldByRole = permissionsOfRole(request.actor.role).includes(access);
      throw new AppError(
        "forbidden",
        heldByRole && secondFactorPermissions.includes(access)
          ? "error.second_factor_needed_for_permission"
          : "error.forbidden",
      );
    }
  });
}

/** The signed-in actor of a route that declared a permission (the hook guarantees there is one). */
export function actorOf(request: FastifyRequest): UserActor {
  if (!request.actor) throw new AppError("unauthenticated", "error.unauthenticated");
  return request.actor;
}
