import { useRef } from "react";

/**
 * After a refused submit, moves focus to the first field marked invalid (or else to the
 * form's alert): in a long dialog on a phone the message would otherwise sit out of sight.
 */
export function useFocusFirstError() {
  const ref = useRef<HTMLFormElement>(null);
  function focusFirstError() {
    // After React has rendered the errors.
    requestAnimationFrame(() => {
      const form = ref.current;
      if (!form) return;
      const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (field) {
        field.focus();
        return;
      }
      form.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: "center" });
    });
  }
  return { ref, focusFirstError };
}
