import { useMutation, useQuery } from "@tanstack/react-query";
import type {
  LegalProcessDto,
  RecordLegalProcessInput,
  RestitutionDto,
  RestitutionInput,
  UpdateLegalProcessInput,
} from "../../../shared/legal.ts";
import { api } from "../../app/api-client.ts";
import { caseKey, useInvalidateCases } from "./cases-api.ts";

export function useLegalProcesses(caseId: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), "legal"],
    queryFn: ({ signal }) =>
      api.get<{ items: LegalProcessDto[] }>(`/cases/${caseId}/legal`, undefined, signal),
  });
}

export function useSaveLegalProcess(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (
      change:
        | { legalId: null; input: RecordLegalProcessInput }
        | { legalId: string; input: UpdateLegalProcessInput },
    ) =>
      change.legalId
        ? api.patch<LegalProcessDto>(`/cases/${caseId}/legal/${change.legalId}`, change.input)
        : api.post<LegalProcessDto>(`/cases/${caseId}/legal`, change.input),
    onSuccess: invalidate,
  });
}

export function useSetRestitution(caseId: string) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({
      legalId,
      casePersonId,
      input,
    }: {
      legalId: string;
      casePersonId: string;
      input: RestitutionInput;
    }) => api.patch<RestitutionDto>(`/cases/${caseId}/legal/${legalId}/restitutions/${casePersonId}`, input),
    onSuccess: invalidate,
  });
}
