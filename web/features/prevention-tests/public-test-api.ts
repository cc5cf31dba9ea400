import { useMutation, useQuery } from "@tanstack/react-query";
import type {
  PublicTestDto,
  SubmitTestAnswersInput,
  TestReceiptDto,
} from "../../../shared/prevention-tests.ts";
import { api } from "../../app/api-client.ts";

// The participants' page imports only this file, so its bundle stays small on a cheap phone.

export function usePublicTest(token: string) {
  return useQuery({
    queryKey: ["public-test", token],
    queryFn: ({ signal }) =>
      api.get<PublicTestDto>(`/public/tests/${encodeURIComponent(token)}`, undefined, signal),
    // A hall full of phones shares one address and its rate limit: ask again only when told to.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useSubmitAnswers(token: string) {
  return useMutation({
    mutationFn: (input: SubmitTestAnswersInput) =>
      api.post<TestReceiptDto>(`/public/tests/${encodeURIComponent(token)}/answers`, input),
  });
}
