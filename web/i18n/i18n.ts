import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import casesEn from "./areas/cases.en.json";
import casesId from "./areas/cases.id.json";
import intakeEn from "./areas/intake.en.json";
import intakeId from "./areas/intake.id.json";
import coreEn from "./en.json";
import coreId from "./id.json";

// Each area of the UI keeps its texts in its own pair of files under areas/, as one top-level key.
const id = { ...coreId, cases: casesId, intake: intakeId };
const en = { ...coreEn, cases: casesEn, intake: intakeEn };

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
