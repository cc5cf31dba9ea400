import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type {
  CloseEarlyWarningInput,
  EarlyWarningDto,
  EarlyWarningPlaces,
  EarlyWarningScope,
  EarlyWarningStatus,
  EarlyWarningSummary,
  EarlyWarningUrgency,
  EscalateEarlyWarningInput,
  FileEarlyWarningInput,
  VerifyEarlyWarningInput,
} from "../../../shared/early-warnings.ts";
import { api } from "../../app/api-client.ts";

export type WarningFilters = {
  status: EarlyWarningStatus | null;
  kind: string | null;
  urgency: EarlyWarningUrgency | null;
  regionCode: string | null;
  from: string;
  to: string;
};
export const noWarningFilters: WarningFilters = {
  status: null,
  kind: null,
  urgency: null,
  regionCode: null,
  from: "",
  to: "",
};

type Page = { items: EarlyWarningSummary[]; nextCursor: string | null };

const warningsKey = ["early-warnings"] as const;

export function useWarningList(scope: EarlyWarningScope, filters: WarningFilters) {
  return useInfiniteQuery({
    queryKey: [...warningsKey, "list", scope, filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page>("/early-warnings", { scope, ...filters, cursor: pageParam, limit: 30 }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useWarning(id: string | undefined) {
  return useQuery({
    queryKey: [...warningsKey, "one", id],
    queryFn: ({ signal }) => api.get<EarlyWarningDto>(`/early-warnings/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** The kelurahan a report may name; they change only when an operator loads new regions. */
export function useWarningPlaces() {
  return useQuery({
    queryKey: [...warningsKey, "places"],
    queryFn: ({ signal }) => api.get<EarlyWarningPlaces>("/early-warnings/places", undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export function useFileWarning() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FileEarlyWarningInput) => api.post<EarlyWarningDto>("/early-warnings", input),
    onSuccess: (saved) => {
      queryClient.setQueryData([...warningsKey, "one", saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: [...warningsKey, "list"] });
    },
  });
}

type Step =
  | { step: "verify"; input: VerifyEarlyWarningInput }
  | { step: "escalate"; input: EscalateEarlyWarningInput }
  | { step: "close"; input: CloseEarlyWarningInput };

/** A step of the flow; each answers the warning as it now stands. */
export function useWarningStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, input }: Step) =>
      api.post<EarlyWarningDto>(`/early-warnings/${id}/${step}`, input ?? {}),
    onSuccess: async (saved, { step }) => {
      queryClient.setQueryData([...warningsKey, "one", id], saved);
      await queryClient.invalidateQueries({ queryKey: [...warningsKey, "list"] });
      // Escalating to a complaint puts one in the intake queue.
      if (step === "escalate") await queryClient.invalidateQueries({ queryKey: ["complaints"] });
    },
  });
}

/**
 * The photo as an object URL, fetched only when asked for: every read is audited, so the page
 * does not open it on its own. The URL is released when the page leaves it.
 */
export function useWarningPhoto(id: string) {
  const [url, setUrl] = useState<string | null>(null);
  const load = useMutation({
    mutationFn: () => api.blob(`/early-warnings/${id}/photo`),
    onSuccess: (blob) => setUrl(URL.createObjectURL(blob)),
  });
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return { url, load: () => load.mutate(), loading: load.isPending, error: load.error };
}
