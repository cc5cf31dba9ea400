import type { i18n as I18n } from "i18next";

/**
 * A label for a code the server may add at any time (audit events, vocabulary kinds): the
 * translation when the catalogue has one, else the code itself, so nothing is ever blank.
 */
export function optionalLabel(i18n: I18n, key: string, fallback: string): string {
  // The key is built at run time, so it cannot be checked against the catalogue's types.
  return i18n.exists(key) ? String(i18n.t(key as never)) : fallback;
}
