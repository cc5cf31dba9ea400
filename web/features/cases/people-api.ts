import { useMutation, useQuery } from "@tanstack/react-query";
import type {
  AddCasePersonInput,
  CasePersonDto,
  DuplicateCandidate,
  DuplicateQuery,
  IdentityDto,
  UpdateCasePersonInput,
} from "../../../shared/people.ts";
import { api } from "../../app/api-client.ts";
import { caseKey, useInvalidateCases } from "./cases-api.ts";

export function useCasePeople(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "people"],
    queryFn: ({ signal }) =>
      api.get<{ items: CasePersonDto[] }>(`/cases/${caseId}/people`, undefined, signal),
  });
}

export function useAddPerson(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: AddCasePersonInput) => api.post<CasePersonDto>(`/cases/${caseId}/people`, input),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ casePersonId, input }: { casePersonId: string; input: UpdateCasePersonInput }) =>
      api.patch<CasePersonDto>(`/cases/${caseId}/people/${casePersonId}`, input),
    onSuccess: invalidate,
  });
}

export function useRemovePerson(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (casePersonId: string) => api.delete<void>(`/cases/${caseId}/people/${casePersonId}`),
    onSuccess: invalidate,
  });
}

/** A deliberate, audited reveal: a mutation, never cached, so leaving the page forgets it. */
export function useRevealIdentity(caseId: string) {
  return useMutation({
    mutationFn: (casePersonId: string) =>
      api.post<IdentityDto>(`/cases/${caseId}/people/${casePersonId}/reveal`, {}),
  });
}

/** Likely earlier records of the person being typed in; off until there is something to match. */
export function useDuplicateCandidates(query: DuplicateQuery | null) {
  return useQuery({
    queryKey: ["people", "duplicates", query],
    queryFn: () => api.post<{ items: DuplicateCandidate[] }>("/people/duplicates", query),
    enabled: query !== null,
    staleTime: 60_000,
    retry: false,
  });
}
