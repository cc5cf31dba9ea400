import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  createVocabularyTermInputSchema,
  updateVocabularyTermInputSchema,
  VocabularyTermDto,
} from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";

export type VocabularyKindDto = { kind: string; terms: VocabularyTermDto[] };
export type CreateTermInput = z.output<typeof createVocabularyTermInputSchema>;
export type UpdateTermInput = z.output<typeof updateVocabularyTermInputSchema>;

const vocabulariesKey = ["vocabularies"] as const;
const vocabularyKey = (kind: string) => ["vocabularies", kind] as const;

export function useVocabularies() {
  return useQuery({
    queryKey: vocabulariesKey,
    queryFn: ({ signal }) => api.get<{ items: VocabularyKindDto[] }>("/vocabularies", undefined, signal),
    staleTime: 10 * 60_000,
  });
}

/** One kind's terms, e.g. `organization_type` for the organisation form. */
export function useVocabulary(kind: string, enabled = true) {
  return useQuery({
    queryKey: vocabularyKey(kind),
    queryFn: ({ signal }) =>
      api.get<{ items: VocabularyTermDto[] }>(`/vocabularies/${encodeURIComponent(kind)}`, undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** A term's label in the UI language; falls back to the code for a term not (yet) loaded. */
export function termLabel(term: VocabularyTermDto | undefined, code: string, language: string): string {
  if (!term) return code;
  return language === "en" ? term.labelEn : term.labelId;
}

export function useCreateTerm(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTermInput) =>
      api.post<VocabularyTermDto>(`/vocabularies/${encodeURIComponent(kind)}/terms`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vocabulariesKey }),
  });
}

export function useUpdateTerm(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: UpdateTermInput }) =>
      api.patch<VocabularyTermDto>(
        `/vocabularies/${encodeURIComponent(kind)}/terms/${encodeURIComponent(code)}`,
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vocabulariesKey }),
  });
}
