import { useTerms } from "../complaints/use-terms.ts";

/** The vocabularies a referral is described with, as labels in the UI language. */
export function useReferralLabels() {
  const sex = useTerms("sex");
  const ageGroup = useTerms("age_group");
  const service = useTerms("service_type");
  return {
    sex: sex.label,
    ageGroup: ageGroup.label,
    service: service.label,
    serviceOptions: service.options,
  };
}
