import type { Permission } from "../../shared/permissions.ts";

/**
 * What a route declares about who may call it: one permission from the closed list, or `public`.
 * `app.ts` refuses to start with a route that declares neither.
 */
export type Access = Permission | "public";

/** Every /api route as registered, for the tests that walk them all. */
export type RegisteredRoute = { method: string; url: string; access: Access; documented: boolean };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
  }
}

// Routes that plugins register themselves (the API document's viewer and the web app's files)
// are public by nature; they are named here so no other route can slip through unnamed.
const pluginPublicPrefixes = ["/api/docs"];

export function isPluginPublicRoute(url: string): boolean {
  return pluginPublicPrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}
