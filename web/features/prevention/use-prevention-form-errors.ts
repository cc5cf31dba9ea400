import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type FieldErrors, issueMessage } from "../../ui/form-errors.ts";
import { optionalLabel } from "../../ui/optional-label.ts";
import { useLeafFormErrors } from "../cases/use-leaf-form-errors.ts";

/**
 * Form errors placed on the input named by the last part of their path (counts.femaleAdults →
 * femaleAdults). The shared schemas name their rules ("prevention.end_before_start"); the
 * form says them in words of its own catalogue rather than a bare "invalid".
 */
export function usePreventionFormErrors() {
  const { t, i18n } = useTranslation();
  const form = useLeafFormErrors();

  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const result = schema.safeParse(values);
    if (result.success) {
      form.reset();
      return result.data;
    }
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const names = issue.path.filter((p): p is string => typeof p === "string");
      const field = names[names.length - 1] ?? "";
      if (errors[field] !== undefined) continue;
      errors[field] =
        issue.code === "custom" && /^(prevention|school)\./.test(issue.message)
          ? optionalLabel(i18n, `prevention.rules.${issue.message.replace(".", "_")}`, issueMessage(issue, t))
          : issueMessage(issue, t);
    }
    form.setErrors(errors);
    form.setFormError(null);
    return null;
  }

  return { ...form, validate };
}
