/// <reference types="vite/client" />

import type casesId from "./i18n/areas/cases.id.json";
import type coordinationId from "./i18n/areas/coordination.id.json";
import type dashboardId from "./i18n/areas/dashboard.id.json";
import type exportsId from "./i18n/areas/exports.id.json";
import type followUpId from "./i18n/areas/follow-up.id.json";
import type importsId from "./i18n/areas/imports.id.json";
import type intakeId from "./i18n/areas/intake.id.json";
import type knowledgeTestId from "./i18n/areas/knowledge-test.id.json";
import type portalId from "./i18n/areas/portal.id.json";
import type preventionId from "./i18n/areas/prevention.id.json";
import type reportsId from "./i18n/areas/reports.id.json";
import type warningsId from "./i18n/areas/warnings.id.json";
import type id from "./i18n/id.json";

// Module augmentation only works on interfaces, so this is the one place an interface is needed.
// Typing the resources makes tsc reject a t() key that id.json does not have.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof id & {
        coordination: typeof coordinationId;
        followUp: typeof followUpId;
        cases: typeof casesId;
        intake: typeof intakeId;
        imports: typeof importsId;
        exports: typeof exportsId;
        warnings: typeof warningsId;
        knowledgeTest: typeof knowledgeTestId;
        prevention: typeof preventionId;
        reports: typeof reportsId;
        portal: typeof portalId;
        dashboard: typeof dashboardId;
      };
    };
  }
}
