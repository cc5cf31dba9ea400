import type { i18n as I18n } from "i18next";
import { optionalLabel } from "../../ui/optional-label.ts";

/** "organization_type" → "Jenis organisasi" when known, else "organization type". */
export function kindLabel(i18n: I18n, kind: string): string {
  return optionalLabel(i18n, `vocabularies.kinds.${kind}`, kind.replaceAll("_", " "));
}
