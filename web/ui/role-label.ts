import type { TFunction } from "i18next";
import { type Role, roles } from "../../shared/roles.ts";

export function roleLabel(role: Role, t: TFunction): string {
  return t(`roles.${role}`);
}

/** Role choices for a Select, in the order of the role table. */
export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return roles.map((role) => ({ value: role, label: roleLabel(role, t) }));
}
