import type { TFunction } from "i18next";
import { documentCategories } from "../../../shared/case-documents.ts";
import { type CaseStatus, caseStatuses } from "../../../shared/cases.ts";
import { type PersonRole, personRoles } from "../../../shared/people.ts";
import { type ServiceStatus, serviceStatuses } from "../../../shared/services.ts";
import type { TimelineEventDto } from "./cases-api.ts";
import type { useTerms } from "./vocabulary-terms.ts";

type Terms = ReturnType<typeof useTerms>;
type DocumentCategory = (typeof documentCategories)[number];

type SentenceContext = {
  t: TFunction;
  terms: Terms;
  organizationName: (id: unknown) => string;
  fieldLabel: (field: string) => string;
};

const str = (value: unknown): string => (typeof value === "string" ? value : "");
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];

function roleWord(t: TFunction, role: unknown): string {
  return personRoles.includes(role as PersonRole)
    ? t(`cases.timeline.roles.${role as PersonRole}`)
    : t("cases.timeline.roles.person");
}
function caseStatus(t: TFunction, status: unknown): string {
  return caseStatuses.includes(status as CaseStatus)
    ? t(`cases.status.${status as CaseStatus}`)
    : str(status);
}
function serviceStatus(t: TFunction, status: unknown): string {
  return serviceStatuses.includes(status as ServiceStatus)
    ? t(`cases.services.statuses.${status as ServiceStatus}`)
    : str(status);
}

/**
 * One timeline entry as a sentence ("Rina menambahkan korban ORG-7K3M-Q9XW"). `data` holds codes
 * and ids only, never identity; every code is turned into its label here.
 */
export function timelineSentence(event: TimelineEventDto, context: SentenceContext): string {
  const { t, terms, organizationName, fieldLabel } = context;
  const d = event.data;
  const actor = event.actorName ?? t("cases.timeline.system");
  const code = str(d.personCode) || str(d.code);
  const services = (codes: unknown) =>
    strings(codes)
      .map((c) => terms.label("service_type", c))
      .join(", ");
  // Entries written before these fields existed (or by an import) may lack the person or the
  // organisation: they get the shorter sentence rather than a sentence with a hole in it.
  const org = typeof d.toOrganizationId === "string" ? organizationName(d.toOrganizationId) : "";
  switch (event.kind) {
    case "case.opened":
      return t("cases.timeline.kinds.caseOpened", { actor, number: str(d.number) });
    case "case.imported":
      return t("cases.timeline.kinds.caseImported", {
        actor,
        number: str(d.number),
        row: String(d.row ?? ""),
      });
    case "case.updated":
      return t("cases.timeline.kinds.caseUpdated", {
        actor,
        fields: strings(d.fields).map(fieldLabel).join(", "),
      });
    case "case.status_changed":
      return t("cases.timeline.kinds.statusChanged", {
        from: caseStatus(t, d.from),
        to: caseStatus(t, d.to),
      });
    case "case.closure_requested":
      return t("cases.timeline.kinds.closureRequested", { actor });
    case "case.closure_rejected":
      return t("cases.timeline.kinds.closureRejected", { actor });
    case "case.closed":
      return t("cases.timeline.kinds.closed", { actor });
    case "case.reopened":
      return t("cases.timeline.kinds.reopened", { actor, status: caseStatus(t, d.to) });
    case "complaint.linked":
      return t("cases.timeline.kinds.complaintLinked", { code: str(d.trackingCode) });
    case "note":
      return t("cases.timeline.kinds.note", { actor });
    case "person.added":
      return t("cases.timeline.kinds.personAdded", { actor, role: roleWord(t, d.role), code });
    case "person.updated":
      if (strings(d.fields).includes("merged"))
        return t("cases.timeline.kinds.personMerged", { actor, merged: str(d.merged), code });
      return t("cases.timeline.kinds.personUpdated", { actor, code });
    case "person.removed":
      return t("cases.timeline.kinds.personRemoved", { actor, role: roleWord(t, d.role), code });
    case "consent.recorded":
      if (!code) return t("cases.timeline.kinds.consentShort", { actor });
      return d.givenBy === "guardian" && str(d.guardianCode)
        ? t("cases.timeline.kinds.consentByGuardian", { actor, code, guardian: str(d.guardianCode) })
        : t("cases.timeline.kinds.consentRecorded", { actor, code });
    case "consent.withdrawn":
      return t("cases.timeline.kinds.consentWithdrawn", { actor, code });
    case "assessment.recorded":
      if (!code) return t("cases.timeline.kinds.assessmentShort", { actor });
      return t("cases.timeline.kinds.assessment", {
        actor,
        code,
        risk: terms.label("risk_level", str(d.riskLevel)),
      });
    case "referral.sent":
      if (!code || !org) return t("cases.timeline.kinds.referralSentShort", { actor });
      return t(
        d.consentOverridden
          ? "cases.timeline.kinds.referralSentOverride"
          : "cases.timeline.kinds.referralSent",
        {
          actor,
          code,
          organization: org,
          services: services(d.serviceTypes),
        },
      );
    case "referral.accepted":
    case "referral.declined":
    case "referral.completed":
    case "referral.cancelled": {
      const keys = {
        "referral.accepted": [
          "cases.timeline.kinds.referralAccepted",
          "cases.timeline.kinds.referralAcceptedShort",
        ],
        "referral.declined": [
          "cases.timeline.kinds.referralDeclined",
          "cases.timeline.kinds.referralDeclinedShort",
        ],
        "referral.completed": [
          "cases.timeline.kinds.referralCompleted",
          "cases.timeline.kinds.referralCompletedShort",
        ],
        "referral.cancelled": [
          "cases.timeline.kinds.referralCancelled",
          "cases.timeline.kinds.referralCancelledShort",
        ],
      } as const;
      const [full, short] = keys[event.kind];
      return code && org ? t(full, { actor, code, organization: org }) : t(short, { actor });
    }
    case "service.recorded":
      if (!code || !str(d.serviceTypeCode)) return t("cases.timeline.kinds.serviceRecordedShort", { actor });
      return t("cases.timeline.kinds.serviceRecorded", {
        actor,
        code,
        service: terms.label("service_type", str(d.serviceTypeCode)),
        status: serviceStatus(t, d.status),
      });
    case "service.updated":
      if (!code) return t("cases.timeline.kinds.serviceUpdatedShort", { actor });
      return t("cases.timeline.kinds.serviceUpdated", { actor, code, status: serviceStatus(t, d.status) });
    case "legal.recorded":
      return t("cases.timeline.kinds.legalRecorded", {
        actor,
        stage: terms.label("legal_stage", str(d.stage)),
      });
    case "legal.stage_changed":
      return t("cases.timeline.kinds.legalStage", {
        from: terms.label("legal_stage", str(d.from)),
        to: terms.label("legal_stage", str(d.to)),
      });
    case "legal.updated":
      return t("cases.timeline.kinds.legalUpdated", { actor });
    case "restitution.updated":
      if (!code) return t("cases.timeline.kinds.restitutionShort", { actor });
      return t("cases.timeline.kinds.restitution", {
        actor,
        code,
        stage: terms.label("restitution_stage", str(d.stage)),
      });
    case "attachment.uploaded":
      return t("cases.timeline.kinds.attachment", { actor, category: categoryLabel(t, d.category) });
    default:
      return t("cases.timeline.kinds.other", { actor });
  }
}

function categoryLabel(t: TFunction, category: unknown): string {
  return documentCategories.includes(category as DocumentCategory)
    ? t(`cases.documents.categories.${category as DocumentCategory}`)
    : t("cases.documents.categories.other");
}
