import type { RouteModule } from "../../http/zod-app.ts";
import { activitiesRoutes } from "./activities.routes.ts";
import { coverageRoutes } from "./coverage.routes.ts";
import { schoolsRoutes } from "./schools.routes.ts";

/** The prevention area: activities, schools, population figures and coverage. */
export const preventionRoutes: RouteModule = (app, ctx) => {
  activitiesRoutes(app, ctx);
  schoolsRoutes(app, ctx);
  coverageRoutes(app, ctx);
};
