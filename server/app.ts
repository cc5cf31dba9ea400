import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "./app-context.ts";
import { isPluginPublicRoute, type RegisteredRoute } from "./http/access.ts";
import { registerErrorHandler } from "./http/error-handler.ts";
import { registerRequestContext } from "./http/request-context.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { validatorCompiler } from "./http/validation.ts";
import type { RouteModule } from "./http/zod-app.ts";
import { AppError } from "./lib/errors.ts";
import { registerMailSender } from "./lib/mail/sender.ts";
import { actionItemsRoutes } from "./modules/action-items/action-items.routes.ts";
import { assessmentsRoutes } from "./modules/assessments/assessments.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { tokensRoutes } from "./modules/auth/tokens.routes.ts";
import { closureRoutes } from "./modules/case-closure/closure.routes.ts";
import { caseDocumentsRoutes } from "./modules/case-documents/case-documents.routes.ts";
import { casesRoutes } from "./modules/cases/cases.routes.ts";
import { complaintsRoutes } from "./modules/complaints/complaints.routes.ts";
import { publicComplaintsRoutes } from "./modules/complaints/public-complaints.routes.ts";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes.ts";
import { earlyWarningsRoutes } from "./modules/early-warnings/early-warnings.routes.ts";
import { exportsRoutes } from "./modules/exports/exports.routes.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { importsRoutes } from "./modules/imports/imports.routes.ts";
import { legalRoutes } from "./modules/legal/legal.routes.ts";
import { meetingsRoutes } from "./modules/meetings/meetings.routes.ts";
import { organizationsRoutes } from "./modules/organizations/organizations.routes.ts";
import { peopleRoutes } from "./modules/people/people.routes.ts";
import { periodicReportsRoutes } from "./modules/periodic-reports/periodic-reports.routes.ts";
import { portalRoutes } from "./modules/portal/portal.routes.ts";
import { portalPublicRoutes } from "./modules/portal/public.routes.ts";
import { preventionRoutes } from "./modules/prevention/prevention.routes.ts";
import { preventionReportsRoutes } from "./modules/prevention-reports/prevention-reports.routes.ts";
import { knowledgeTestsRoutes } from "./modules/prevention-tests/knowledge-tests.routes.ts";
import { publicTestsRoutes } from "./modules/prevention-tests/public-tests.routes.ts";
import { referralsRoutes } from "./modules/referrals/referrals.routes.ts";
import { regionsRoutes } from "./modules/regions/regions.routes.ts";
import { notificationsRoutes } from "./modules/reminders/notifications.routes.ts";
import { registerReminderScheduler } from "./modules/reminders/reminder-scheduler.ts";
import { servicesRoutes } from "./modules/services/services.routes.ts";
import { setupRoutes } from "./modules/setup/setup.routes.ts";
import { statisticsRoutes } from "./modules/statistics/statistics.routes.ts";
import { taskForceStructureRoutes } from "./modules/task-force-structure/structure.routes.ts";
import { taskForcesRoutes } from "./modules/task-forces/task-forces.routes.ts";
import { usersRoutes } from "./modules/users/users.routes.ts";
import { vocabulariesRoutes } from "./modules/vocabularies/vocabularies.routes.ts";
import { workPlansRoutes } from "./modules/work-plans/work-plans.routes.ts";

/** Every module's routes. A new module joins the API by adding its line here. */
const modules: RouteModule[] = [
  healthRoutes,
  setupRoutes,
  authRoutes,
  tokensRoutes,
  usersRoutes,
  organizationsRoutes,
  regionsRoutes,
  vocabulariesRoutes,
  taskForcesRoutes,
  auditRoutes,
  casesRoutes,
  assessmentsRoutes,
  referralsRoutes,
  servicesRoutes,
  closureRoutes,
  legalRoutes,
  caseDocumentsRoutes,
  complaintsRoutes,
  publicComplaintsRoutes,
  earlyWarningsRoutes,
  peopleRoutes,
  portalRoutes,
  // The public portal's pages at the site root: before the web app's catch-all below.
  portalPublicRoutes,
  statisticsRoutes,
  dashboardRoutes,
  importsRoutes,
  periodicReportsRoutes,
  exportsRoutes,
  preventionRoutes,
  knowledgeTestsRoutes,
  publicTestsRoutes,
  preventionReportsRoutes,
  taskForceStructureRoutes,
  meetingsRoutes,
  actionItemsRoutes,
  workPlansRoutes,
  notificationsRoutes,
];

const webDist = fileURLToPath(new URL("../web/dist/", import.meta.url));

export type BuildAppOptions = { logger?: boolean | object; serveWeb?: boolean };

/** Builds the whole HTTP application around an opened database; main.ts and tests both use it. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // One log line per request costs a fifth of the throughput; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Security: refuse to start with a route that declares no permission. Fails at start-up.
  const registered: RegisteredRoute[] = [];
  app.decorate("registeredRoutes", registered);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api")) return;
    if (isPluginPublicRoute(route.url)) {
      route.config = { ...(route.config ?? {}), access: "public" };
    } else if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no permission (config.access).`);
    }
    for (const method of [route.method].flat()) {
      registered.push({
        method,
        url: route.url,
        access: route.config!.access!,
        documented: !route.schema?.hide && !isPluginPublicRoute(route.url),
      });
    }
  });

  // An empty JSON body reads as "no body", so body-less actions can still say they are JSON.
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(
        new AppError("validation_failed", "error.malformed_json", {
          fields: [{ field: "body", key: "field.invalid" }],
        }),
        undefined,
      );
    }
  });

  await app.register(fastifyCookie);
  registerSecurityHeaders(app);
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Gugus API",
        version: ctx.version,
        description:
          "API Gugus: sistem informasi Gugus Tugas PP-TPPO. Errors: {error:{code,message,details}}. Sign in with POST /api/auth/login (cookie) or use a personal API token (Authorization: Bearer).",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "gugus_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerRequestContext(app, ctx);
  registerErrorHandler(app, ctx);

  for (const register of modules) register(app, ctx);
  // Queued mail (invitations, reminders) goes out while the server runs; none without SMTP.
  registerMailSender(app, ctx);
  // Action-item reminders are computed from the database every few minutes (none when 0).
  registerReminderScheduler(app, ctx);

  const serveWeb = options.serveWeb ?? true;
  if (serveWeb && existsSync(webDist)) {
    // index: false — the site root is the public portal's home page, not the web app's index.html.
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith("/api/") || request.url === "/api" || !serveWeb || !existsSync(webDist)) {
      throw new AppError("not_found", "error.route_not_found", {
        params: { method: request.method, url: request.url.split("?")[0] ?? "" },
      });
    }
    // The web app routes in the browser: every other path gets its page.
    return reply.type("text/html").sendFile("index.html");
  });

  return app;
}
