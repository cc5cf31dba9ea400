import { useMutation, useQuery } from "@tanstack/react-query";
import type { AssessmentDto, RecordAssessmentInput } from "../../../shared/assessments.ts";
import type { ConsentDto, RecordConsentInput } from "../../../shared/consents.ts";
import type { CaseReferralDto, SendReferralInput } from "../../../shared/referrals.ts";
import type {
  FirstAidDeadline,
  RecordServiceInput,
  ServiceDto,
  UpdateServiceInput,
} from "../../../shared/services.ts";
import { api } from "../../app/api-client.ts";
import { caseKey, useInvalidateCases } from "./cases-api.ts";

// The care of a case's victims: consent, assessments, referrals and services.

export function useConsents(caseId: string, casePersonId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "consents", casePersonId],
    queryFn: ({ signal }) =>
      api.get<{ items: ConsentDto[] }>(`/cases/${caseId}/people/${casePersonId}/consents`, undefined, signal),
    enabled: casePersonId !== "",
  });
}

export function useRecordConsent(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ casePersonId, input }: { casePersonId: string; input: RecordConsentInput }) =>
      api.post<ConsentDto>(`/cases/${caseId}/people/${casePersonId}/consents`, input),
    onSuccess: invalidate,
  });
}

export function useWithdrawConsent(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ casePersonId, consentId }: { casePersonId: string; consentId: string }) =>
      api.post<ConsentDto>(`/cases/${caseId}/people/${casePersonId}/consents/${consentId}/withdraw`, {}),
    onSuccess: invalidate,
  });
}

export function useAssessments(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "assessments"],
    queryFn: ({ signal }) =>
      api.get<{ items: AssessmentDto[] }>(`/cases/${caseId}/assessments`, undefined, signal),
  });
}

export function useRecordAssessment(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: RecordAssessmentInput) =>
      api.post<AssessmentDto>(`/cases/${caseId}/assessments`, input),
    onSuccess: invalidate,
  });
}

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "referrals"],
    queryFn: ({ signal }) =>
      api.get<{ items: CaseReferralDto[] }>(`/cases/${caseId}/referrals`, undefined, signal),
  });
}

export function useSendReferral(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: SendReferralInput) => api.post<CaseReferralDto>(`/cases/${caseId}/referrals`, input),
    onSuccess: invalidate,
  });
}

export function useCancelReferral() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (referralId: string) => api.post<CaseReferralDto>(`/referrals/${referralId}/cancel`, {}),
    onSuccess: invalidate,
  });
}

export function useCaseServices(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "services"],
    queryFn: ({ signal }) =>
      api.get<{ items: ServiceDto[]; firstAid: FirstAidDeadline[] }>(
        `/cases/${caseId}/services`,
        undefined,
        signal,
      ),
  });
}

export function useSaveService(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (
      change:
        | { serviceId: null; input: RecordServiceInput }
        | { serviceId: string; input: UpdateServiceInput },
    ) =>
      change.serviceId
        ? api.patch<ServiceDto>(`/cases/${caseId}/services/${change.serviceId}`, change.input)
        : api.post<ServiceDto>(`/cases/${caseId}/services`, change.input),
    onSuccess: invalidate,
  });
}
