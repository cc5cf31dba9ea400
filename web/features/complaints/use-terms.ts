import { useTranslation } from "react-i18next";
import { termLabel, useVocabulary } from "../vocabularies/vocabularies-api.ts";

/**
 * One vocabulary's labels in the UI language and its active terms as choices. While the list
 * loads a label is an ellipsis, never the raw code.
 */
export function useTerms(kind: string, enabled = true) {
  const { i18n } = useTranslation();
  const query = useVocabulary(kind, enabled);
  const terms = query.data?.items ?? [];

  function label(code: string): string {
    if (!query.data) return "…";
    return termLabel(
      terms.find((term) => term.code === code),
      code,
      i18n.language,
    );
  }

  const options = terms
    .filter((term) => term.active)
    .map((term) => ({ value: term.code, label: termLabel(term, term.code, i18n.language) }));

  return { label, options, isPending: query.isPending, error: query.error };
}
