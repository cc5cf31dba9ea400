/// <reference types="vite/client" />

import type casesId from "./i18n/areas/cases.id.json";
import type intakeId from "./i18n/areas/intake.id.json";
import type id from "./i18n/id.json";

// Module augmentation only works on interfaces, so this is the one place an interface is needed.
// Typing the resources makes tsc reject a t() key that id.json does not have.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof id & { cases: typeof casesId; intake: typeof intakeId } };
  }
}
