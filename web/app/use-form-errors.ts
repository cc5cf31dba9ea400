import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "../ui/form-errors.ts";
import { isApiError } from "./api-client.ts";

/**
 * A form's error state: the shared schema's issues before sending, then the server's answer.
 * Field errors sit next to their inputs; anything else becomes the form-level message.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  /** Parses the values; on failure shows the problems and returns null. */
  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    setErrors(zodFieldErrors(result.error, t, values));
    setFormError(null);
    return null;
  }

  function showApiError(error: unknown): void {
    if (isApiError(error, "validation_failed") && error.fieldErrors.length > 0) {
      setErrors(serverFieldErrors(error.fieldErrors));
      setFormError(error.message);
      return;
    }
    setErrors({});
    setFormError(error instanceof Error ? error.message : t("errors.unexpected"));
  }

  function clearField(field: string): void {
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  function reset(): void {
    setErrors({});
    setFormError(null);
  }

  return { errors, formError, validate, showApiError, clearField, reset, setErrors, setFormError };
}
