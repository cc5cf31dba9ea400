import { useTranslation } from "react-i18next";
import { countryCodes, countryName } from "../../../shared/countries.ts";
import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import { useVocabularies } from "../vocabularies/vocabularies-api.ts";

export type Option = { value: string; label: string };

/**
 * Labels and choices of every vocabulary from one cached request: a case page shows a dozen
 * kinds at once, and a phone on a slow link should not ask a dozen times.
 */
export function useTerms() {
  const { i18n } = useTranslation();
  const vocabularies = useVocabularies();
  const english = i18n.language === "en";
  const kinds = new Map((vocabularies.data?.items ?? []).map((item) => [item.kind, item.terms]));

  /** The term's label in the UI language; nothing while loading, the code only if truly unknown. */
  function label(kind: VocabularyKind, code: string | null | undefined): string {
    if (!code) return "";
    if (!vocabularies.data) return "";
    const term = kinds.get(kind)?.find((item) => item.code === code);
    if (!term) return code;
    return english ? term.labelEn : term.labelId;
  }

  /** Active terms to choose from, in their configured order, plus any already chosen. */
  function options(kind: VocabularyKind, keep: readonly (string | null | undefined)[] = []): Option[] {
    return (kinds.get(kind) ?? [])
      .filter((term) => term.active || keep.includes(term.code))
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((term) => ({ value: term.code, label: english ? term.labelEn : term.labelId }));
  }

  /** Codes in the vocabulary's order (legal stages are listed in procedural order). */
  function order(kind: VocabularyKind): string[] {
    return [...(kinds.get(kind) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder).map((term) => term.code);
  }

  return { label, options, order, loading: vocabularies.isPending };
}

let countryCache: { language: string; options: Option[] } | null = null;

/** Every country, named in the UI language and sorted by that name. */
export function countryOptions(language: string): Option[] {
  if (countryCache?.language === language) return countryCache.options;
  const collator = new Intl.Collator(language);
  const options = countryCodes
    .filter((code) => code !== "ID")
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  countryCache = { language, options };
  return options;
}

/** A flag emoji from a two-letter country code; decorative, so always beside the name. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return "";
  return String.fromCodePoint(...[...code].map((char) => 0x1f1a5 + char.charCodeAt(0)));
}
