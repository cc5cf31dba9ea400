import type { TriageInput } from "../../../shared/complaints.ts";
import type { FieldErrors } from "../../ui/form-errors.ts";
import type { PlaceValue } from "./place-fields.tsx";

/** The four decisions, in the order a reviewer weighs them. */
export const triageOutcomeChoices: readonly TriageInput["outcome"][] = [
  "open_case",
  "attach_to_case",
  "referred_elsewhere",
  "not_tppo",
];

/** Everything the triage form can hold; only the chosen outcome's part is sent. */
export type TriageValues = {
  reason: string;
  targetKind: "member" | "other";
  organizationId: string | null;
  agencyName: string;
  title: string;
  identifiedOn: string;
  place: PlaceValue;
  exploitationForms: string[];
  riskLevel: string | null;
  leadOrganizationId: string | null;
  caseId: string | null;
};

export type TriageFieldsProps = {
  values: TriageValues;
  errors: FieldErrors;
  onChange: <K extends keyof TriageValues>(field: K, value: TriageValues[K]) => void;
};
