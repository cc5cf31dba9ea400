import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  changePasswordInputSchema,
  loginInputSchema,
  meResponseSchema,
  totpDisableInputSchema,
  totpEnableInputSchema,
  totpEnableResponseSchema,
  totpSetupResponseSchema,
  updatePreferencesInputSchema,
} from "../../../shared/auth.ts";
import { emptyBodySchema } from "../../../shared/ids.ts";
import type { AppContext } from "../../app-context.ts";
import { resolveSession } from "../../auth/sessions.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { AppError } from "../../lib/errors.ts";
import { presentMe } from "./auth.presenter.ts";
import { changePassword, login, logout, type RequestOrigin, updatePreferences } from "./auth.service.ts";
import { disableTotp, enableTotp, startTotpSetup } from "./second-factor.service.ts";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.ts";

const tags = ["auth"];
const errors = { 401: apiErrorSchema, 422: apiErrorSchema, 429: apiErrorSchema };

function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip, userAgent: request.headers["user-agent"] ?? null, locale: request.locale };
}

async function meOfNewSession(ctx: AppContext, request: FastifyRequest, token: string) {
  const actor = await resolveSession(ctx, token, request.ip);
  if (!actor) throw new AppError("internal", "error.internal");
  return presentMe(ctx, actor);
}

export const authRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/auth/login",
    {
      config: {
        access: "public",
        // Security: per-IP throttle; the per-account lock lives in the service.
        rateLimit: { max: ctx.config.loginIpLimitPer15Min, timeWindow: 15 * 60_000 },
      },
      schema: {
        tags,
        summary: "Sign in with email and password (and the 6-digit code or a recovery code when 2FA is on)",
        body: loginInputSchema,
        response: { 200: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await login(ctx, request.body, originOf(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return meOfNewSession(ctx, request, session.token);
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Sign out: ends this session",
        body: emptyBodySchema,
        response: { 204: z.null(), 401: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await logout(ctx, actorOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "The signed-in user and their permissions",
        response: { 200: meResponseSchema, 401: apiErrorSchema },
      },
    },
    async (request) => presentMe(ctx, actorOf(request)),
  );

  app.patch(
    "/api/auth/me/preferences",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Save the user's language",
        body: updatePreferencesInputSchema,
        response: { 200: meResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updatePreferences(ctx, actor, request.body);
      return presentMe(ctx, { ...actor, locale: request.body.locale });
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Change the password; every other session of the user ends",
        body: changePasswordInputSchema,
        response: { 200: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await changePassword(ctx, actorOf(request), request.body, originOf(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return meOfNewSession(ctx, request, session.token);
    },
  );

  app.post(
    "/api/auth/2fa/setup",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Start TOTP two-factor enrolment",
        body: emptyBodySchema,
        response: { 200: totpSetupResponseSchema, 401: apiErrorSchema },
      },
    },
    async (request) => startTotpSetup(ctx, actorOf(request)),
  );

  app.post(
    "/api/auth/2fa/enable",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Confirm TOTP with a code; returns one-time recovery codes",
        body: totpEnableInputSchema,
        response: { 200: totpEnableResponseSchema, ...errors },
      },
    },
    async (request) => enableTotp(ctx, actorOf(request), request.body.code),
  );

  app.post(
    "/api/auth/2fa/disable",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Turn TOTP off (password required)",
        body: totpDisableInputSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await disableTotp(ctx, actorOf(request), request.body.password);
      return reply.status(204).send(null);
    },
  );
};
