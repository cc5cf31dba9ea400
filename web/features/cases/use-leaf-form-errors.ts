import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { isApiError } from "../../app/api-client.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { type FieldErrors, issueMessage } from "../../ui/form-errors.ts";
import { optionalLabel } from "../../ui/optional-label.ts";

/** "identity.nik" → "nik", "disabilityCodes.0" → "disabilityCodes": the input that shows it. */
function leafOf(path: readonly PropertyKey[]): string {
  const names = path.filter((part): part is string => typeof part === "string");
  return names[names.length - 1] ?? "";
}

/**
 * Form errors for a form whose body nests (a person's identity and demographics): each
 * message goes to the input named by the last part of its path, from the shared schema
 * before sending and from the server after.
 */
export function useLeafFormErrors() {
  const { t, i18n } = useTranslation();
  const form = useFormErrors();

  // The shared schemas name their own rules ("field.nik_digits"); those read better than "invalid".
  function messageOf(issue: z.core.$ZodIssue, field: string): string {
    if (field === "nik" && issue.code !== "invalid_type") return t("cases.fieldMessages.nik_digits");
    if (issue.code === "custom" && issue.message.startsWith("field.")) {
      const key = `cases.fieldMessages.${issue.message.slice("field.".length)}`;
      return optionalLabel(i18n, key, issueMessage(issue, t));
    }
    return issueMessage(issue, t);
  }

  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const result = schema.safeParse(values);
    if (result.success) {
      form.reset();
      return result.data;
    }
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = leafOf(issue.path);
      if (errors[field] === undefined) errors[field] = messageOf(issue, field);
    }
    form.setErrors(errors);
    form.setFormError(null);
    return null;
  }

  function showApiError(error: unknown): void {
    if (isApiError(error, "validation_failed") && error.fieldErrors.length > 0) {
      const errors: FieldErrors = {};
      for (const item of error.fieldErrors) {
        const field = leafOf(item.field.split("."));
        if (errors[field] === undefined) errors[field] = item.message;
      }
      form.setErrors(errors);
      form.setFormError(error.message);
      return;
    }
    form.showApiError(error);
  }

  return { ...form, validate, showApiError };
}
