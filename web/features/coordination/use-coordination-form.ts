import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { isApiError } from "../../app/api-client.ts";
import { type FieldErrors, issueMessage } from "../../ui/form-errors.ts";
import { optionalLabel } from "../../ui/optional-label.ts";
import { useFocusFirstError } from "../cases/use-focus-first-error.ts";

/**
 * Form errors keyed by the whole path ("invitees.external.1.email", "agenda.0.title"), so a row
 * of a repeated group shows its own message; from the shared schema before sending and from
 * the server after. The schemas name their rules ("coordination.end_before_start"), which read
 * better in the form's own words than a bare "invalid".
 */
export function useCoordinationForm(
  // The refinement messages the form words itself, and the catalogue holding their wording
  // (another area reuses the hook with its own: the action items with "followUp.rules").
  rules: { pattern: RegExp; catalogue: string } = {
    pattern: /^(coordination|field)\./,
    catalogue: "coordination.rules",
  },
) {
  const { t, i18n } = useTranslation();
  const focus = useFocusFirstError();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function messageOf(issue: z.core.$ZodIssue): string {
    if (issue.code === "custom" && rules.pattern.test(issue.message)) {
      return optionalLabel(
        i18n,
        `${rules.catalogue}.${issue.message.replace(".", "_")}`,
        issueMessage(issue, t),
      );
    }
    return issueMessage(issue, t);
  }

  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    const next: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join(".");
      if (next[field] === undefined) next[field] = messageOf(issue);
    }
    setErrors(next);
    setFormError(null);
    focus.focusFirstError();
    return null;
  }

  function showApiError(error: unknown): void {
    if (isApiError(error, "validation_failed") && error.fieldErrors.length > 0) {
      setErrors(Object.fromEntries(error.fieldErrors.map((f) => [f.field, f.message])));
      setFormError(error.message);
      focus.focusFirstError();
      return;
    }
    setErrors({});
    setFormError(error instanceof Error ? error.message : t("errors.unexpected"));
  }

  function clear(field: string): void {
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  /** Messages of fields the form shows nowhere: they join the form-level alert. */
  function unplaced(shown: (field: string) => boolean): string[] {
    return Object.entries(errors)
      .filter(([field, message]) => message !== undefined && !shown(field))
      .map(([, message]) => message as string);
  }

  function reset(): void {
    setErrors({});
    setFormError(null);
  }

  return {
    errors,
    formError,
    validate,
    showApiError,
    clear,
    unplaced,
    reset,
    formRef: focus.ref,
    setFormError,
  };
}
