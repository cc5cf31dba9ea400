import type { RouteModule } from "../../http/zod-app.ts";
import { caseServicesRoutes } from "./case-services.routes.ts";
import { referralServicesRoutes } from "./referral-services.routes.ts";

/** The services module: recorded from the case, or by the organisation that accepted a referral. */
export const servicesRoutes: RouteModule = (app, ctx) => {
  caseServicesRoutes(app, ctx);
  referralServicesRoutes(app, ctx);
};
