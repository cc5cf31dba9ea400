import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import casesEn from "./areas/cases.en.json";
import casesId from "./areas/cases.id.json";
import coordinationEn from "./areas/coordination.en.json";
import coordinationId from "./areas/coordination.id.json";
import dashboardEn from "./areas/dashboard.en.json";
import dashboardId from "./areas/dashboard.id.json";
import exportsEn from "./areas/exports.en.json";
import exportsId from "./areas/exports.id.json";
import followUpEn from "./areas/follow-up.en.json";
import followUpId from "./areas/follow-up.id.json";
import importsEn from "./areas/imports.en.json";
import importsId from "./areas/imports.id.json";
import intakeEn from "./areas/intake.en.json";
import intakeId from "./areas/intake.id.json";
import knowledgeTestEn from "./areas/knowledge-test.en.json";
import knowledgeTestId from "./areas/knowledge-test.id.json";
import portalEn from "./areas/portal.en.json";
import portalId from "./areas/portal.id.json";
import preventionEn from "./areas/prevention.en.json";
import preventionId from "./areas/prevention.id.json";
import reportsEn from "./areas/reports.en.json";
import reportsId from "./areas/reports.id.json";
import warningsEn from "./areas/warnings.en.json";
import warningsId from "./areas/warnings.id.json";
import coreEn from "./en.json";
import coreId from "./id.json";

// Each area of the UI keeps its texts in its own pair of files under areas/, as one top-level key.
const id = {
  ...coreId,
  coordination: coordinationId,
  followUp: followUpId,
  cases: casesId,
  intake: intakeId,
  warnings: warningsId,
  knowledgeTest: knowledgeTestId,
  prevention: preventionId,
  reports: reportsId,
  imports: importsId,
  exports: exportsId,
  portal: portalId,
  dashboard: dashboardId,
};
const en = {
  ...coreEn,
  coordination: coordinationEn,
  followUp: followUpEn,
  cases: casesEn,
  intake: intakeEn,
  warnings: warningsEn,
  knowledgeTest: knowledgeTestEn,
  prevention: preventionEn,
  reports: reportsEn,
  imports: importsEn,
  exports: exportsEn,
  portal: portalEn,
  dashboard: dashboardEn,
};

export const languages = ["id", "en"] as const;
export type Language = (typeof languages)[number];

/** The localStorage key that keeps the chosen language across reloads and sign-outs. */
export const languageStorageKey = "gugus.lang";

// Both catalogues must carry the same keys: these two lines fail to compile when one lags behind.
const enCatalogue: typeof id = en;
const idCatalogue: typeof en = id;

export function isLanguage(value: unknown): value is Language {
  return value === "id" || value === "en";
}

/** The language remembered on this device, if the user ever chose one. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : null;
  } catch {
    // Private browsing modes may refuse storage; the default language still works.
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembering is acceptable; the switch still applies for this visit.
  }
}

export const i18n = i18next.createInstance();

/** The UI language, which every API request names in Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "id";
}

i18n.use(initReactI18next).init({
  resources: { id: { translation: idCatalogue }, en: { translation: enCatalogue } },
  lng: storedLanguage() ?? "id",
  fallbackLng: "id",
  supportedLngs: languages,
  // Resources are bundled, so initialising synchronously avoids a first render without text.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Screen readers and the browser's spelling/hyphenation follow <html lang>.
document.documentElement.lang = currentLanguage();
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});
