import type { i18n as I18n } from "i18next";

/**
 * Audit event codes contain dots ("user.created"), which i18next reads as nesting, so their
 * labels live in one flat object fetched whole rather than through t().
 */
export function auditEventLabels(i18n: I18n): Record<string, string> {
  const labels =
    i18n.getResource(i18n.language, "translation", "audit.events") ??
    i18n.getResource("id", "translation", "audit.events");
  return (labels ?? {}) as Record<string, string>;
}

/** The translated label of a known event, or its code for one this UI does not know yet. */
export function auditEventLabel(i18n: I18n, event: string): string {
  return auditEventLabels(i18n)[event] ?? event;
}
