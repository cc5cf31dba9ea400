import type { RouteModule } from "../../http/zod-app.ts";
import { caseReferralsRoutes } from "./case-referrals.routes.ts";
import { consentsRoutes } from "./consents.routes.ts";
import { referralInboxRoutes } from "./referral-inbox.routes.ts";

/** The referrals module: consent, then the sending side (the case), then the receiving side. */
export const referralsRoutes: RouteModule = (app, ctx) => {
  consentsRoutes(app, ctx);
  caseReferralsRoutes(app, ctx);
  referralInboxRoutes(app, ctx);
};
