import { notifications } from "@mantine/notifications";
import { i18n } from "../i18n/i18n.ts";

// Toasts render outside any component, so they take the close label from the i18n instance;
// without it the close button would have no accessible name.
function closeButtonProps() {
  return { "aria-label": i18n.t("common.close") };
}

/** A short confirmation that something was saved. */
export function notifySuccess(message: string): void {
  notifications.show({ color: "teal", message, closeButtonProps: closeButtonProps() });
}

/** A failure that has no form to show it in (a toggle, a background save). */
export function notifyError(title: string, message: string): void {
  notifications.show({ color: "red", title, message, closeButtonProps: closeButtonProps() });
}
