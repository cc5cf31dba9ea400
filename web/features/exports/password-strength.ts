import { EXPORT_PASSWORD_MIN } from "../../../shared/exports.ts";

export type PasswordStrength = "weak" | "fair" | "strong";

/**
 * A rough guide while typing, not a guarantee: length counts most (an archive is attacked
 * offline, at leisure), then the mix of kinds of characters. Below the minimum is always weak.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length < EXPORT_PASSWORD_MIN) return "weak";
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  const distinct = new Set(password).size;
  if (distinct < 5) return "weak";
  if (password.length >= 16 || (password.length >= 12 && kinds >= 3)) return "strong";
  return kinds >= 2 ? "fair" : "weak";
}
